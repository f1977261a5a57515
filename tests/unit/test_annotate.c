#include <criterion/criterion.h>
#include <string.h>

#include "annotate.h"
#include "helpers.h"

static cf_catalogue *cat;
static cf_patterns *pats;
static cf_extractor *x;

static void setup(void) {
    cat = builtin_catalogue();
    pats = builtin_patterns();
    x = cf_extractor_new(pats, cat);
}

static void teardown(void) {
    cf_extractor_free(x);
    cf_patterns_free(pats);
    cf_catalogue_free(cat);
}

TestSuite(annotate, .init = setup, .fini = teardown);

/* Annotates line (len bytes) in text mode and expects want. */
static void expect_text(const char *line, size_t len, const char *want, size_t wlen, int color) {
    membuf m;
    cf_out *o = membuf_out(&m);
    size_t n;
    const cf_hit *h = cf_extract(x, line, len, &n);
    cf_annotate_text(o, line, len, h, n, color);
    const char *got = membuf_take(&m, o);
    cr_assert_eq(m.len, wlen, "length %zu: %s", m.len, got);
    cr_assert_eq(memcmp(got, want, m.len), 0, "got: %s", got);
    free(m.data);
}

#define T(line, want) expect_text(line, sizeof(line) - 1, want, sizeof(want) - 1, 0)

Test(annotate, text_line_gets_one_annotation_per_code_before_the_newline) {
    T("a code=500000 b\n", "a code=500000 b\t[500000 server] Internal server error\n");
    T("x code=030006 y code=123456\r\n",
      "x code=030006 y code=123456\t[030006 validation] KYT system is down. Please contact "
      "Compliance and Risk Control to review the order.\t[123456 unknown] not in the "
      "catalogue\r\n");
    T("no newline code=000000", "no newline code=000000\t[000000 success] Transaction succeeded");
}

Test(annotate, lines_without_codes_pass_unchanged) {
    T("plain\n", "plain\n");
    T("nul \0 and \xff bytes\r\n", "nul \0 and \xff bytes\r\n");
    T("", "");
    T("\n", "\n");
}

Test(annotate, json_object_gets_a_spliced_member) {
    T("{\"code\":\"500000\",\"n\":9010005123456789012}\n",
      "{\"code\":\"500000\",\"n\":9010005123456789012,\"codefilter\":[{\"code\":\"500000\","
      "\"category\":\"server\",\"category_name\":\"Server Errors\",\"message\":\"Internal server "
      "error\"}]}\n");
    T("  {\"code\":40011 }  \r\n",
      "  {\"code\":40011 ,\"codefilter\":[{\"code\":\"040011\",\"category\":\"validation\","
      "\"category_name\":\"Validation & Business Errors\",\"message\":\"The information contains "
      "unsupported characters. Please check and modify before retrying.\"}]}  \r\n");
}

Test(annotate, broken_json_is_annotated_as_text) {
    T("{\"code\":\"500000\",\n", "{\"code\":\"500000\",\t[500000 server] Internal server error\n");
}

Test(annotate, color_highlights_codes_and_annotations) {
    static const char want[] = "code=\033[1;31m500000\033[0m\t\033[1;31m[500000 server]\033[0m "
                               "Internal server error\n";
    expect_text("code=500000\n", 12, want, sizeof want - 1, 1);
}

Test(annotate, jsonl) {
    membuf m;
    cf_out *o = membuf_out(&m);
    const char *line = "say \"hi\"\tcode=404000\r\n";
    size_t n;
    const cf_hit *h = cf_extract(x, line, strlen(line), &n);
    cf_annotate_jsonl(o, NULL, 7, line, strlen(line), h, n);
    cf_annotate_jsonl(o, "f.log", 8, "plain", 5, NULL, 0);
    cr_assert_str_eq(
        membuf_take(&m, o),
        "{\"line\":7,\"text\":\"say \\\"hi\\\"\\tcode=404000\\r\",\"codes\":[{\"code\":"
        "\"404000\",\"category\":\"client\",\"category_name\":\"Client Errors\","
        "\"message\":\"The requested resource is not found\",\"rule\":\"key\",\"key\":\"code\"}]}\n"
        "{\"file\":\"f.log\",\"line\":8,\"text\":\"plain\",\"codes\":[]}\n");
    free(m.data);
}

Test(annotate, jsonl_keeps_invalid_utf8_in_base64) {
    membuf m;
    cf_out *o = membuf_out(&m);
    cf_annotate_jsonl(o, NULL, 1, "a\xff\x00\n", 4, NULL, 0);
    cr_assert_str_eq(
        membuf_take(&m, o),
        "{\"line\":1,\"text\":\"a\xEF\xBF\xBD\\u0000\",\"bytes\":\"Yf8A\",\"codes\":[]}\n");
    free(m.data);
}

Test(annotate, unknown_code_json_message_is_null) {
    membuf m;
    cf_out *o = membuf_out(&m);
    cf_hit h = {.end = 6, .code = "999999"};
    cf_annotate_hit_json(o, &h, NULL);
    cr_assert_str_eq(membuf_take(&m, o), "{\"code\":\"999999\",\"category\":\"unknown\","
                                         "\"category_name\":\"Unknown\",\"message\":null}");
    free(m.data);
}

/* Expects cf_annotation_find to find [from, to) in line, or nothing when from is -1. */
static void expect_own(const char *line, long from, long to) {
    size_t keep, a, b;
    int found = cf_annotation_find(line, strlen(line), cat, &keep, &a, &b);
    if (from < 0) {
        cr_expect(!found, "found an annotation in %s", line);
        return;
    }
    cr_assert(found, "no annotation in %s", line);
    cr_expect_eq(a, (size_t)from, "%s: from %zu", line, a);
    cr_expect_eq(b, (size_t)to, "%s: to %zu", line, b);
}

Test(annotate, its_own_annotations_are_found_to_be_left_out) {
    expect_own("a code=500000 b\t[500000 server] Internal server error\n", 15, 53);
    expect_own(
        "x\t[500000 server] Internal server error\t[123456 unknown] not in the catalogue\r\n", 1,
        77);
    expect_own("x\t[010005 validation] amount is required\n", 1, 40); /* a rendered template */
    expect_own(
        "{\"code\":\"500000\",\"codefilter\":[{\"code\":\"500000\",\"category\":\"server\"}]}\n",
        16, 69);
    expect_own("{\"codefilter\":[{\"code\":\"500000\",\"category\":\"server\"}]}", 1, 53);
    expect_own("a\tb\tc\n", -1, -1);
    expect_own("x\t[040011 bogus] A\n", -1, -1);
    expect_own("{\"codefilter\":[1],\"x\":[2]}", -1, -1);
}

/* What only looks like codefilter's annotation is the user's: kept, and read. */
Test(annotate, the_users_own_fields_are_kept) {
    expect_own("code=040011\t[500000 server] error code=500000\n", -1, -1); /* not the message */
    expect_own("x\t[500000 client] Internal server error\n", -1, -1);       /* not the category */
    expect_own("{\"code\":\"040011\",\"codefilter\":[\"mine\"]}", -1, -1);
    expect_own("{\"codefilter\":[{\"code\":\"500000\",\"category\":\"server\",\"host\":\"a\"}]}",
               -1, -1);
}

/* A JSON line of another kind than an object is wrapped, stays one JSON value, and the wrapper is
 * found again as codefilter's own: the line inside comes back as it was. */
Test(annotate, other_json_values_are_wrapped) {
    T("[\"code=500000\"]\n", "{\"value\":[\"code=500000\"],\"codefilter\":[{\"code\":\"500000\","
                             "\"category\":\"server\",\"category_name\":\"Server Errors\","
                             "\"message\":\"Internal server error\"}]}\n");
    const char *w = "{\"value\": \"status 500000\" ,\"codefilter\":[{\"code\":\"500000\","
                    "\"category\":\"server\"}]}\r\n";
    size_t keep, from, to;
    cr_assert_eq(cf_annotation_find(w, strlen(w), cat, &keep, &from, &to), 1);
    cr_assert_eq(keep, 9);
    cr_assert_eq(from, 26);
    cr_assert_eq(to, strlen(w) - 2);
}

/* Annotating a line a window of hits at a time writes what annotating it whole writes, in every
 * shape (text, JSON object, other JSON, jsonl output), with and without color. */
Test(annotate, by_windows_as_whole) {
    static const char *const lines[] = {
        "a code=040011 b code=500000 c status=100000\n",
        "{\"a\":\"code=040011\",\"b\":{\"errorCode\":\"500000\"}}\r\n",
        "{\"msg\":\"x\",\"code\":\"040011\"}",
        "{ \"code\": \"040011\" }\n",
        "[{\"code\":\"040011\"},{\"code\":\"500000\"}]\n",
        "\"code=040011 and code=500000\"\n",
        "code=040011 Unsupported characters: abc. Only allowed: xyz code=500000\n",
    };
    for (size_t k = 0; k < sizeof lines / sizeof *lines; k++) {
        const char *line = lines[k];
        size_t len = strlen(line), n;
        const cf_hit *found = cf_extract(x, line, len, &n);
        cr_assert_gt(n, 0, "%s", line);
        cf_hit *h = malloc(n * sizeof *h);
        memcpy(h, found, n * sizeof *h);
        for (int mode = 0; mode < 3; mode++) { /* text, text with color, jsonl */
            for (size_t group = 1; group <= n; group++) {
                membuf a, b;
                cf_out *oa = membuf_out(&a), *ob = membuf_out(&b);
                if (mode == 2)
                    cf_annotate_jsonl(oa, "f", 7, line, len, h, n);
                else
                    cf_annotate_text(oa, line, len, h, n, mode);
                cf_annotating w;
                cf_annotate_open(&w, ob, line, len, mode == 1, mode == 2, "f", 7);
                for (size_t i = 0; mode == 1 && i < n; i += group) { /* windows end at a code */
                    size_t m = n - i < group ? n - i : group;
                    cf_annotate_text_window(&w, h + i, m, h[i + m - 1].end - 1);
                }
                for (size_t i = 0; i < n; i += group)
                    cf_annotate_hits(&w, h + i, n - i < group ? n - i : group);
                cf_annotate_close(&w);
                const char *want = membuf_take(&a, oa), *got = membuf_take(&b, ob);
                cr_assert_str_eq(got, want, "line %zu, mode %d, groups of %zu", k, mode, group);
                free(a.data);
                free(b.data);
            }
        }
        free(h);
    }
}
