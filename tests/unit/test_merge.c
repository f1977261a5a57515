#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "merge.h"
#include "report.h"

static cf_catalogue *cat;

static void setup(void) {
    cat = builtin_catalogue();
}

static void teardown(void) {
    cf_catalogue_free(cat);
}

TestSuite(merge, .init = setup, .fini = teardown);

#define ONE                                                                                        \
    "{\"lines\":5,\"selected_lines\":4,\"lines_with_codes\":3,\"codes_total\":4,\"long_lines\":1," \
    "\"pattern_limit_hits\":0,\"untimed_codes\":1,\"bucket_seconds\":3600,"                        \
    "\"first_time\":\"2025-09-02T10:15:00.000Z\",\"last_time\":\"2025-09-02T11:05:00.000Z\","      \
    "\"categories\":{\"success\":0,\"validation\":1,\"client\":0,\"server\":2,\"unknown\":1},"     \
    "\"peaks\":{\"validation\":{\"start\":\"2025-09-02T10:00:00.000Z\",\"count\":1},"              \
    "\"client\":null,\"server\":{\"start\":\"2025-09-02T10:00:00.000Z\",\"count\":1},"             \
    "\"unknown\":null},"                                                                           \
    "\"timeline\":[{\"start\":\"2025-09-02T10:00:00.000Z\",\"success\":0,\"validation\":1,"        \
    "\"client\":0,\"server\":1,\"unknown\":0},{\"start\":\"2025-09-02T11:00:00.000Z\","            \
    "\"success\":0,\"validation\":0,\"client\":0,\"server\":1,\"unknown\":0}],"                    \
    "\"codes\":[{\"code\":\"500000\",\"category\":\"server\",\"message\":\"Internal server "       \
    "error\",\"count\":2,\"first_seen\":\"2025-09-02T10:15:00.000Z\",\"last_seen\":"               \
    "\"2025-09-02T11:05:00.000Z\"},{\"code\":\"010005\",\"category\":\"validation\","              \
    "\"message\":\"{0} is required\",\"count\":1,\"first_seen\":\"2025-09-02T10:15:00.000Z\","     \
    "\"last_seen\":\"2025-09-02T10:15:00.000Z\"},{\"code\":\"123456\",\"category\":"               \
    "\"unknown\",\"message\":null,\"count\":1,\"first_seen\":null,\"last_seen\":null}]}"

Test(merge, adds_up_exactly_and_writes_the_same_form) {
    cf_summary *s = cf_summary_new();
    cf_error err;
    const char *text = ONE "\n" ONE "\n\n";
    cr_assert_eq(cf_merge_summaries(s, cat, text, strlen(text), "m.json", NULL, &err), 2, "%s",
                 err.text);
    cr_assert_eq(cf_summary_lines(s), 10);
    cr_assert_eq(cf_summary_selected(s), 8);
    cr_assert_eq(cf_summary_long_lines(s), 2);
    cr_assert_eq(cf_summary_code(s, "500000"), 4);
    cr_assert_eq(cf_summary_category(s, CF_CAT_UNKNOWN), 2);
    cr_assert_eq(cf_summary_untimed(s), 2);
    cf_bucket *b;
    size_t nb = cf_summary_timeline(s, &b);
    cr_assert_eq(nb, 2);
    cr_assert_eq(b[1].counts[CF_CAT_SERVER], 2, "buckets add up");
    free(b);
    cf_summary *one = cf_summary_new();
    cr_assert_eq(cf_merge_summaries(one, cat, ONE, strlen(ONE), "one.json", NULL, &err), 1);
    membuf m;
    cf_out *o = membuf_out(&m);
    cf_report_write(one, CF_REPORT_JSON, 0, o);
    cr_assert_str_eq(membuf_take(&m, o), ONE "\n", "a summary read and written is unchanged");
    free(m.data);
    cf_summary_free(one);
    cf_summary_free(s);
}

Test(merge, summaries_without_the_newer_totals) {
    cf_summary *s = cf_summary_new();
    cf_error err;
    const char *old = "{\"lines\":2,\"selected_lines\":2,\"lines_with_codes\":0,\"codes_total\":0,"
                      "\"categories\":{\"success\":0,\"validation\":0,\"client\":0,\"server\":0,"
                      "\"unknown\":0},\"codes\":[]}";
    cr_assert_eq(cf_merge_summaries(s, cat, old, strlen(old), "old.json", NULL, &err), 1, "%s",
                 err.text);
    cr_assert_eq(cf_summary_lines(s), 2);
    cf_summary_free(s);
}

Test(merge, buckets_add_up_into_wider_ones_only) {
    cf_summary *s = cf_summary_new();
    cf_error err;
    cf_summary_set_bucket(s, 60000); /* one-hour buckets cannot be split into minutes */
    cr_assert_eq(cf_merge_summaries(s, cat, ONE, strlen(ONE), "m.json", NULL, &err), -1);
    cr_assert_str_eq(err.text, "m.json:1:1: summary: buckets of 3600s do not add up into buckets "
                               "of 60s: merge with --bucket=3600s (or a multiple of it)");
    cf_summary_free(s);
    s = cf_summary_new();
    cf_summary_set_bucket(s, 5400000); /* 90 minutes: the advice is a width both divide */
    cr_assert_eq(cf_merge_summaries(s, cat, ONE, strlen(ONE), "m.json", NULL, &err), -1);
    cr_assert_str_eq(err.text, "m.json:1:1: summary: buckets of 3600s do not add up into buckets "
                               "of 5400s: merge with --bucket=10800s (or a multiple of it)");
    cf_summary_free(s);
    s = cf_summary_new();
    cf_summary_set_bucket(s, 86400000); /* hours add up into a day, exactly */
    cr_assert_eq(cf_merge_summaries(s, cat, ONE, strlen(ONE), "m.json", NULL, &err), 1, "%s",
                 err.text);
    cf_bucket *b;
    size_t nb = cf_summary_timeline(s, &b);
    cr_assert_eq(nb, 1);
    cr_assert_eq(b[0].start, 1756771200000LL); /* 2025-09-02T00:00:00Z */
    cr_assert_eq(b[0].counts[CF_CAT_SERVER], 2);
    cr_assert_eq(b[0].counts[CF_CAT_VALIDATION], 1);
    free(b);
    cf_summary_free(s);
}

static void expect_error(const char *text, const char *want) {
    cf_summary *s = cf_summary_new();
    cf_error err = {{0}};
    cr_assert_eq(cf_merge_summaries(s, cat, text, strlen(text), "m.json", NULL, &err), -1, "%s",
                 text);
    cr_assert_str_eq(err.text, want);
    cf_summary_free(s);
}

Test(merge, errors_name_the_summary) {
    expect_error("{\"lines\":", "m.json:1:9: not valid JSON");
    expect_error("[]", "m.json:1:1: not a codefilter JSON summary");
    expect_error(ONE "\n{\"lines\":-1}",
                 "m.json:2:1: summary: \"lines\" must be a non-negative integer");
    expect_error("{\"lines\":1.5}",
                 "m.json:1:1: summary: \"lines\" must be a non-negative integer");
    expect_error("{\"lines\":1,\"selected_lines\":1,\"lines_with_codes\":0,\"codes_total\":0}",
                 "m.json:1:1: summary: \"categories\" must be an object");
    expect_error("{\"lines\":1,\"selected_lines\":1,\"lines_with_codes\":1,\"codes_total\":1,"
                 "\"categories\":{\"success\":1,\"validation\":0,\"client\":0,\"server\":0,"
                 "\"unknown\":0},\"codes\":[{\"code\":\"00000\",\"count\":1}]}",
                 "m.json:1:1: summary: \"code\" must be a string of six digits");
    expect_error("{\"lines\":1,\"selected_lines\":1,\"lines_with_codes\":1,\"codes_total\":2,"
                 "\"categories\":{\"success\":1,\"validation\":0,\"client\":0,\"server\":0,"
                 "\"unknown\":0},\"codes\":[{\"code\":\"000000\",\"count\":1}]}",
                 "m.json:1:1: summary: the counts of categories and codes do not add up to "
                 "\"codes_total\"");
}

/* Without --bucket, summaries of different widths merge into the least common multiple, in any
 * order, with the same timeline. */
static size_t merged_timeline(const char *first, const char *second, cf_bucket **b, int64_t *w) {
    cf_summary *s = cf_summary_new();
    cf_error err;
    int adopt = 1;
    cr_assert_eq(cf_merge_summaries(s, cat, first, strlen(first), "1.json", &adopt, &err), 1, "%s",
                 err.text);
    cr_assert_eq(cf_merge_summaries(s, cat, second, strlen(second), "2.json", &adopt, &err), 1,
                 "%s", err.text);
    *w = cf_summary_bucket(s);
    size_t nb = cf_summary_timeline(s, b);
    cf_summary_free(s);
    return nb;
}

Test(merge, widths_widen_to_their_least_common_multiple) {
    static const char key[] = "\"bucket_seconds\":3600";
    char minutes[sizeof ONE];
    memcpy(minutes, ONE, sizeof ONE);
    char *at = strstr(minutes, key); /* the same buckets, as 20-minute ones */
    cr_assert_not_null(at);
    memcpy(at + sizeof key - 5, "1200", 4);
    cf_bucket *b1, *b2;
    int64_t w1, w2;
    size_t n1 = merged_timeline(minutes, ONE, &b1, &w1),
           n2 = merged_timeline(ONE, minutes, &b2, &w2);
    cr_assert_eq(w1, 3600000);
    cr_assert_eq(w2, 3600000);
    cr_assert_eq(n1, 2);
    cr_assert_eq(n2, 2);
    cr_assert_eq(memcmp(b1, b2, n1 * sizeof *b1), 0);
    cr_assert_eq(b1[0].counts[CF_CAT_SERVER], 2);
    cr_assert_eq(b1[1].counts[CF_CAT_SERVER], 2);
    free(b1);
    free(b2);
}
