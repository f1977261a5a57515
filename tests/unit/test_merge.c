#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <stdlib.h>
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

/* Feeds text to a merger in pieces of size bytes, as one input called m.json. Returns the number
 * of summaries added, or -1 with err set. */
static long merge_in_pieces(cf_summary *s, const char *text, size_t size, cf_error *err) {
    cf_merger *m = cf_merger_new(s, cat, NULL, NULL);
    size_t len = strlen(text);
    long added = 0;
    cr_assert_not_null(m);
    cf_merger_start(m, "m.json");
    for (size_t at = 0; at < len && added >= 0; at += size) {
        long n = cf_merger_feed(m, text + at, len - at < size ? len - at : size, err);
        added = n < 0 ? -1 : added + n;
    }
    if (added >= 0 && cf_merger_end(m, err) != 0)
        added = -1;
    cf_merger_free(m);
    return added;
}

/* The sizes of pieces every streaming test reads its input in: one byte at a time and up. */
static const size_t piece_sizes[] = {1, 2, 3, 7, 64, 4096};

/* Expects text to be refused with the message want, whole and in pieces of every size. */
static void expect_error(const char *text, const char *want) {
    cf_summary *s = cf_summary_new();
    cf_error err = {{0}};
    cr_assert_eq(cf_merge_summaries(s, cat, text, strlen(text), "m.json", NULL, &err), -1, "%s",
                 text);
    cr_assert_str_eq(err.text, want);
    cf_summary_free(s);
    for (size_t i = 0; i < sizeof piece_sizes / sizeof *piece_sizes; i++) {
        s = cf_summary_new();
        err.text[0] = '\0';
        cr_assert_eq(merge_in_pieces(s, text, piece_sizes[i], &err), -1, "%s", text);
        cr_assert_str_eq(err.text, want, "in pieces of %zu bytes", piece_sizes[i]);
        cf_summary_free(s);
    }
}

/* ONE with the first from in it replaced by to (in a buffer of this function's). */
static const char *one_with(const char *from, const char *to) {
    static char buf[sizeof ONE + 64];
    const char *at = strstr(ONE, from);
    cr_assert_not_null(at, "%s", from);
    snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - ONE), ONE, to, at + strlen(from));
    return buf;
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

Test(merge, counts_that_do_not_add_up) {
    expect_error(one_with("\"lines\":5", "\"lines\":3"),
                 "m.json:1:1: summary: \"selected_lines\" is more than \"lines\"");
    expect_error(one_with("\"lines_with_codes\":3", "\"lines_with_codes\":5"),
                 "m.json:1:1: summary: \"lines_with_codes\" is more than \"selected_lines\"");
    expect_error(one_with("\"selected_lines\":4,\"lines_with_codes\":3",
                          "\"selected_lines\":5,\"lines_with_codes\":5"),
                 "m.json:1:1: summary: \"lines_with_codes\" is more than \"codes_total\" (a line "
                 "with codes has one at least)");
    expect_error(
        one_with("\"lines_with_codes\":3", "\"lines_with_codes\":0"),
        "m.json:1:1: summary: \"codes_total\" is more than 0 but \"lines_with_codes\" is 0");
    expect_error(one_with("\"untimed_codes\":1", "\"untimed_codes\":0"),
                 "m.json:1:1: summary: the timeline and \"untimed_codes\" do not add up to "
                 "\"codes_total\"");
    /* The same totals, one of them in another category. */
    expect_error(one_with("\"validation\":1,\"client\":0,\"server\":1",
                          "\"validation\":0,\"client\":1,\"server\":1"),
                 "m.json:1:1: summary: the timeline has more client codes than \"categories\"");
    expect_error(one_with("\"category\":\"validation\"", "\"category\":\"client\""),
                 "m.json:1:1: summary: the counts of the validation codes do not add up to "
                 "\"categories\"");
    expect_error(one_with("\"category\":\"validation\"", "\"category\":\"valid\""),
                 "m.json:1:1: summary: \"category\" must be success, validation, client, server or "
                 "unknown");
    expect_error("\n\n  " ONE "\n  {\"lines\":1.5}",
                 "m.json:4:3: summary: \"lines\" must be a non-negative integer");
}

/* Five summaries of ONE in the forms a stream may bring: one a line, pretty-printed over many
 * lines (tabs and all), two back to back, one with a member whose string holds brackets, quotes
 * and escapes (not to be taken for the JSON's own), and one after a UTF-8 byte order mark. */
static char *many_forms(void) {
    cJSON *o = cJSON_Parse(ONE);
    char *pretty = cJSON_Print(o);
    const char *tricky = "{\"note\":\"a \\\"}]\\\\\\\" {[\\\\\",";
    size_t n = 3 * sizeof ONE + 2 * strlen(pretty) + strlen(tricky) + 16;
    char *text = malloc(n);
    snprintf(text, n, "%s\n%s%s  \r\n%s%s\n\xEF\xBB\xBF%s", ONE, pretty, ONE, tricky, &ONE[1],
             pretty);
    cJSON_free(pretty);
    cJSON_Delete(o);
    return text;
}

static char *json_of(const cf_summary *s) {
    membuf m;
    cf_out *o = membuf_out(&m);
    cf_report_write(s, CF_REPORT_JSON, 0, o);
    membuf_take(&m, o);
    return m.data;
}

Test(merge, pieces_of_any_size_add_up_the_same) {
    char *text = many_forms();
    cf_summary *whole = cf_summary_new();
    cf_error err;
    cr_assert_eq(cf_merge_summaries(whole, cat, text, strlen(text), "m.json", NULL, &err), 5, "%s",
                 err.text);
    cr_assert_eq(cf_summary_lines(whole), 25);
    char *want = json_of(whole);
    for (size_t i = 0; i < sizeof piece_sizes / sizeof *piece_sizes; i++) {
        cf_summary *s = cf_summary_new();
        cr_assert_eq(merge_in_pieces(s, text, piece_sizes[i], &err), 5, "%s", err.text);
        char *got = json_of(s);
        cr_assert_str_eq(got, want, "in pieces of %zu bytes", piece_sizes[i]);
        free(got);
        cf_summary_free(s);
    }
    free(want);
    cf_summary_free(whole);
    free(text);
}

Test(merge, a_summary_waits_for_the_rest_of_it) {
    cf_summary *s = cf_summary_new();
    cf_merger *m = cf_merger_new(s, cat, NULL, NULL);
    cf_error err;
    size_t half = strlen(ONE) / 2;
    cf_merger_start(m, "m.json");
    cr_assert_eq(cf_merger_feed(m, ONE, half, &err), 0);
    cr_assert_eq(cf_summary_lines(s), 0);
    cr_assert_eq(cf_merger_feed(m, &ONE[half], strlen(ONE) - half, &err), 1, "%s", err.text);
    cr_assert_eq(cf_summary_lines(s), 5, "added at its last byte, before any newline");
    cr_assert_eq(cf_merger_feed(m, "\n" ONE, half + 1, &err), 0);
    cr_assert_eq(cf_merger_end(m, &err), -1, "cut off");
    cr_assert(strncmp(err.text, "m.json:2:", 9) == 0 && strstr(err.text, ": not valid JSON"), "%s",
              err.text);
    cf_merger_start(m, "n.json"); /* a new input: counted from its own start */
    cr_assert_eq(cf_merger_feed(m, " x", 2, &err), 0);
    cr_assert_eq(cf_merger_end(m, &err), -1);
    cr_assert_str_eq(err.text, "n.json:1:2: not valid JSON");
    cr_assert_eq(cf_summary_lines(s), 5);
    cf_merger_free(m);
    cf_summary_free(s);
}

Test(merge, places_count_across_pieces) {
    static const char noted[] = "{\"note\":\"caf\xC3\xA9\",", bad[] = "{\"lines\":-1}";
    char text[2 * sizeof ONE + 64], want[200];
    /* Line 1: a summary with a two-byte character in it, then a bad one after two spaces. The
     * column counts characters from 1: the bytes before the bad one, less the second of the é,
     * plus one. */
    size_t before =
        (size_t)snprintf(text, sizeof text, "%s%s  %s", noted, &ONE[1], bad) - strlen(bad);
    snprintf(want, sizeof want, "m.json:1:%zu: summary: \"lines\" must be a non-negative integer",
             before - 1 + 1);
    expect_error(text, want);
    /* Line 3, after a summary over two lines: cut off. */
    snprintf(text, sizeof text, "%.*s\n%s\n\t{\"lines\":", 11, ONE, &ONE[11]);
    expect_error(text, "m.json:3:10: not valid JSON");
}

/* ONE with a window and the counts of its files spliced in before its last '}'. */
static char *with(const char *members) {
    size_t n = strlen(ONE), m = strlen(members);
    char *s = malloc(n + m + 1);
    memcpy(s, ONE, n - 1);
    memcpy(s + n - 1, members, m);
    s[n - 1 + m] = '}';
    s[n + m] = '\0';
    return s;
}

#define FILE_A                                                                                     \
    "{\"file\":\"a.log\",\"lines\":3,\"selected_lines\":2,\"lines_with_codes\":2,"                 \
    "\"codes_total\":3,\"categories\":{\"success\":0,\"validation\":1,\"client\":0,\"server\":2,"  \
    "\"unknown\":0}}"
#define FILE_B                                                                                     \
    "{\"file\":\"b.log\",\"lines\":2,\"selected_lines\":2,\"lines_with_codes\":1,"                 \
    "\"codes_total\":1,\"categories\":{\"success\":0,\"validation\":0,\"client\":0,\"server\":0,"  \
    "\"unknown\":1}}"

/* Windows merge into the smallest that holds them all; files add up by name. */
Test(merge, window_and_files) {
    cf_summary *s = cf_summary_new();
    cf_error err;
    char *a = with(",\"window\":{\"since\":\"2026-11-30T14:05:00.000Z\",\"until\":"
                   "\"2026-11-30T14:35:00.000Z\"},\"files\":[" FILE_A "," FILE_B "]");
    char *b = with(",\"window\":{\"since\":\"2026-11-30T14:00:00.000Z\",\"until\":"
                   "\"2026-11-30T14:20:00.000Z\"},\"files\":[" FILE_A "]");
    cr_assert_eq(cf_merge_summaries(s, cat, a, strlen(a), "a", NULL, &err), 1, "%s", err.text);
    cr_assert_eq(cf_merge_summaries(s, cat, b, strlen(b), "b", NULL, &err), 1, "%s", err.text);
    const cf_window *w = cf_summary_window(s);
    cr_assert_not_null(w);
    cr_assert(w->has_since && w->has_until);
    cr_assert_eq(w->since_ms, 1796047200000LL); /* 14:00 */
    cr_assert_eq(w->until_ms, 1796049300000LL); /* 14:35 */
    cf_file_count *f;
    cr_assert_eq(cf_summary_files(s, &f), 2);
    cr_assert_str_eq(f[0].name, "a.log");
    cr_assert_eq(f[0].lines, 6);
    cr_assert_eq(f[0].categories[CF_CAT_SERVER], 4);
    cr_assert_eq(f[1].codes, 1);
    free(f);
    cr_assert_eq(cf_merge_summaries(s, cat, ONE, strlen(ONE), "c", NULL, &err), 1, "%s", err.text);
    cr_assert_null(cf_summary_window(s), "a summary without a window leaves both sides open");
    free(a);
    free(b);
    cf_summary_free(s);
}

static void expect_refused(const char *members, const char *why) {
    cf_summary *s = cf_summary_new();
    cf_error err;
    char *a = with(members);
    cr_assert_eq(cf_merge_summaries(s, cat, a, strlen(a), "x", NULL, &err), -1, "took %s", a);
    cr_assert_not_null(strstr(err.text, why), "%s", err.text);
    free(a);
    cf_summary_free(s);
}

Test(merge, bad_window_or_files) {
    expect_refused(",\"window\":3", "\"window\" must be");
    expect_refused(",\"window\":{\"since\":\"soon\"}", "\"since\" must be a time");
    expect_refused(",\"window\":{\"since\":\"soon 2026-11-30T14:35:00Z\"}",
                   "\"since\" must be a time"); /* the whole string, not a time within it */
    expect_refused(",\"window\":{\"since\":\"2026-11-30T14:35:00Z\",\"until\":"
                   "\"2026-11-30T14:05:00Z\"}",
                   "not before");
    expect_refused(",\"files\":{}", "\"files\" must be an array");
    expect_refused(",\"files\":[{\"lines\":1}]", "\"files\" must be a list");
    expect_refused(",\"files\":[" FILE_A "," FILE_A "]", "add up to more");
    /* Within the totals, but with a category the summary has no codes of. */
    expect_refused(",\"files\":[{\"file\":\"a\",\"lines\":1,\"selected_lines\":1,"
                   "\"lines_with_codes\":1,\"codes_total\":1,\"categories\":{\"success\":1,"
                   "\"validation\":0,\"client\":0,\"server\":0,\"unknown\":0}}]",
                   "add up to more");
    expect_refused(",\"files\":[{\"file\":\"a\",\"lines\":1,\"selected_lines\":2,"
                   "\"lines_with_codes\":0,\"codes_total\":0,\"categories\":{\"success\":0,"
                   "\"validation\":0,\"client\":0,\"server\":0,\"unknown\":0}}]",
                   "do not add up");
}
