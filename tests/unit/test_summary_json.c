#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "summary_json.h"

static cf_catalogue *cat;

static void setup(void) {
    cat = builtin_catalogue();
}

static void teardown(void) {
    cf_catalogue_free(cat);
}

TestSuite(summary_json, .init = setup, .fini = teardown);

#define CATEGORIES_NONE                                                                            \
    "\"categories\":{\"success\":0,\"validation\":0,\"client\":0,\"server\":0,\"unknown\":0}"
#define CATEGORIES_ONE                                                                             \
    "\"categories\":{\"success\":0,\"validation\":1,\"client\":0,\"server\":0,\"unknown\":0}"
#define CATEGORIES_FULL                                                                            \
    "\"categories\":{\"success\":0,\"validation\":2,\"client\":0,\"server\":0,\"unknown\":1}"

/* A summary with every member: a window, a code with renderings, one without a time, files. */
#define FULL                                                                                       \
    "{\"lines\":6,\"selected_lines\":4,\"lines_with_codes\":3,\"codes_total\":3,\"long_lines\":0," \
    "\"pattern_limit_hits\":2,\"untimed_codes\":1,\"bucket_seconds\":3600,"                        \
    "\"first_time\":\"2025-09-02T10:15:00.000Z\",\"last_time\":\"2025-09-02T10:20:00.000Z\","      \
    "\"window\":{\"since\":\"2025-09-02T10:00:00.000Z\",\"until\":null}," CATEGORIES_FULL          \
    ",\"peaks\":{\"validation\":{\"start\":\"2025-09-02T10:00:00.000Z\",\"count\":2},"             \
    "\"client\":null,\"server\":null,\"unknown\":null},"                                           \
    "\"timeline\":[{\"start\":\"2025-09-02T10:00:00.000Z\",\"success\":0,\"validation\":2,"        \
    "\"client\":0,\"server\":0,\"unknown\":0}],"                                                   \
    "\"codes\":[{\"code\":\"010005\",\"category\":\"validation\",\"message\":\"{0} is required\"," \
    "\"count\":2,\"first_seen\":\"2025-09-02T10:15:00.000Z\",\"last_seen\":"                       \
    "\"2025-09-02T10:20:00.000Z\",\"renderings\":[{\"rendered\":\"b is required\",\"args\":"       \
    "[\"b\"],\"count\":1},{\"rendered\":\"a is required\",\"args\":[\"a\"],\"count\":1}]},"        \
    "{\"code\":\"123456\",\"category\":\"unknown\",\"message\":null,\"count\":1,"                  \
    "\"first_seen\":null,\"last_seen\":null}],"                                                    \
    "\"files\":[{\"file\":\"a.log\",\"lines\":6,\"selected_lines\":4,\"lines_with_codes\":3,"      \
    "\"codes_total\":3," CATEGORIES_FULL "}]}"

/* Reads the summary in text, which stands at line 3, column 5 of an input called x.json, into s.
 */
static int add(cf_summary *s, const char *text, cf_error *err) {
    size_t off = strspn(text, " \n");
    cf_member_place pl = {text, "x.json", strlen(text), off, 3, 5, err, NULL};
    return cf_summary_json_add(s, cat, &pl, strlen(text));
}

/* Writes s as the JSON summary, in a string the caller frees. */
static char *written(const cf_summary *s) {
    cf_code_count *codes;
    cf_bucket *b;
    size_t n = cf_summary_codes(s, &codes), nb = cf_summary_timeline(s, &b);
    membuf m;
    cf_out *o = membuf_out(&m);
    cf_summary_json_write(s, codes, n, b, nb, o);
    membuf_take(&m, o);
    free(codes);
    free(b);
    return m.data;
}

/* Expects text to be refused with message, placed as add places it. */
static void expect_refused(const char *text, const char *message) {
    cf_summary *s = cf_summary_new();
    cf_error err = {{0}};
    cr_assert_eq(add(s, text, &err), -1, "took %s", text);
    cr_assert_str_eq(err.text, message, "for %s", text);
    cf_summary_free(s);
}

Test(summary_json, read_and_written_back_unchanged) {
    cf_summary *s = cf_summary_new();
    cf_error err = {{0}};
    cr_assert_eq(add(s, FULL, &err), 0, "%s", err.text);
    cr_assert_eq(cf_summary_total(s, CF_TOTAL_LIMIT_HITS), 2);
    cr_assert_eq(cf_summary_code(s, "010005"), 2);
    char *text = written(s);
    /* renderings of equal counts are listed by their text */
    const char *a = strstr(text, "\"a is required\""), *b = strstr(text, "\"b is required\"");
    cr_assert(a != NULL && b != NULL && a < b, "%s", text);
    cf_summary *again = cf_summary_new();
    cr_assert_eq(add(again, text, &err), 0, "%s", err.text);
    char *twice = written(again);
    cr_assert_str_eq(twice, text, "a summary read and written is unchanged");
    free(twice);
    free(text);
    cf_summary_free(again);
    cf_summary_free(s);
}

Test(summary_json, refusals_say_where_the_summary_starts) {
    expect_refused("  "
                   "{\"lines\":1,\"selected_lines\":2,\"lines_with_codes\":0,\"codes_total\":"
                   "0," CATEGORIES_NONE ",\"codes\":[]}",
                   "x.json:3:7: summary: \"selected_lines\" is more than \"lines\"");
    expect_refused("\n{\"lines\":1.5}", "x.json:4:1: summary: \"lines\" must be a non-negative "
                                        "integer");
    expect_refused("[1]", "x.json:3:5: not a codefilter JSON summary");
}

Test(summary_json, counts_that_do_not_add_up) {
    expect_refused(
        "{\"lines\":2,\"selected_lines\":2,\"lines_with_codes\":1,\"codes_total\":2," CATEGORIES_ONE
        ",\"codes\":[]}",
        "x.json:3:5: summary: the counts of categories and codes do not add up to "
        "\"codes_total\"");
    expect_refused(
        "{\"lines\":2,\"selected_lines\":2,\"lines_with_codes\":1,\"codes_total\":1," CATEGORIES_ONE
        ",\"codes\":[{\"code\":\"01005\",\"count\":1}]}",
        "x.json:3:5: summary: \"code\" must be a string of six digits");
}

Test(summary_json, json_that_is_cut_off_is_not_valid) {
    cf_summary *s = cf_summary_new();
    cf_error err = {{0}};
    cr_assert_eq(add(s, "{\"lines\":", &err), -1);
    cr_assert(strncmp(err.text, "x.json:3:", 9) == 0, "%s", err.text);
    cr_assert(strstr(err.text, ": not valid JSON") != NULL, "%s", err.text);
    cf_summary_free(s);
}
