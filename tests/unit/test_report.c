#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "report.h"

static const cf_entry server = {"500000", CF_CAT_SERVER, "Internal server error"};
static const cf_entry req = {"010005", CF_CAT_VALIDATION, "{0} is required"};
static const cf_entry quoted = {"100028", CF_CAT_VALIDATION, "Use [Add], \"quotes\" | pipes"};
static const cf_entry formula = {"100029", CF_CAT_VALIDATION, "=cmd|' /C calc'!A0"};

#define T1015 1756808100000LL /* 2025-09-02T10:15:00Z */
#define T1105 1756811100000LL /* 2025-09-02T11:05:00Z */

static cf_summary *sample(void) {
    cf_summary *s = cf_summary_new();
    cf_hit a[2] = {{0, 6, "500000", &server, {0}, NULL, 0, 0},
                   {0, 6, "010005", &req, {0}, NULL, 0, 0}};
    cf_hit b[1] = {{0, 6, "500000", &server, {0}, NULL, 0, 0}};
    cf_hit c[1] = {{0, 6, "123456", NULL, {0}, NULL, 0, 0}};
    int64_t t1 = T1015, t2 = T1105;
    cf_summary_add_at(s, a, 2, 1, &t1, NULL);
    cf_summary_add_at(s, b, 1, 1, &t2, NULL);
    cf_summary_add(s, NULL, 0, 1);
    cf_summary_add(s, c, 1, 1); /* no time: outside the timeline */
    cf_summary_add(s, b, 1, 0); /* not selected: counts as a line only */
    return s;
}

/* Writes s in a format and returns the text (the caller frees it). */
static char *report(const cf_summary *s, cf_report_format f, int color) {
    membuf m;
    cf_out *o = membuf_out(&m);
    cf_report_write(s, f, color, o);
    membuf_take(&m, o);
    return m.data;
}

Test(report, json) {
    cf_summary *s = sample();
    char *got = report(s, CF_REPORT_JSON, 0);
    cr_assert_str_eq(
        got,
        "{\"lines\":5,\"selected_lines\":4,\"lines_with_codes\":3,\"codes_total\":4,"
        "\"long_lines\":0,\"pattern_limit_hits\":0,\"untimed_codes\":1,\"bucket_seconds\":3600,"
        "\"first_time\":\"2025-09-02T10:15:00.000Z\",\"last_time\":\"2025-09-02T11:05:00.000Z\","
        "\"categories\":{\"success\":0,\"validation\":1,\"client\":0,\"server\":2,\"unknown\":1},"
        "\"peaks\":{\"validation\":{\"start\":\"2025-09-02T10:00:00.000Z\",\"count\":1},"
        "\"client\":null,\"server\":{\"start\":\"2025-09-02T10:00:00.000Z\",\"count\":1},"
        "\"unknown\":null},"
        "\"timeline\":[{\"start\":\"2025-09-02T10:00:00.000Z\",\"success\":0,\"validation\":1,"
        "\"client\":0,\"server\":1,\"unknown\":0},{\"start\":\"2025-09-02T11:00:00.000Z\","
        "\"success\":0,\"validation\":0,\"client\":0,\"server\":1,\"unknown\":0}],"
        "\"codes\":[{\"code\":\"500000\",\"category\":\"server\",\"message\":\"Internal server "
        "error\",\"count\":2,\"first_seen\":\"2025-09-02T10:15:00.000Z\",\"last_seen\":"
        "\"2025-09-02T11:05:00.000Z\"},{\"code\":\"010005\",\"category\":\"validation\","
        "\"message\":\"{0} is required\",\"count\":1,\"first_seen\":\"2025-09-02T10:15:00.000Z\","
        "\"last_seen\":\"2025-09-02T10:15:00.000Z\"},{\"code\":\"123456\",\"category\":"
        "\"unknown\",\"message\":null,\"count\":1,\"first_seen\":null,\"last_seen\":null}]}\n");
    free(got);
    cf_summary_free(s);
}

Test(report, text) {
    cf_summary *s = sample();
    char *got = report(s, CF_REPORT_TEXT, 0);
    cr_assert_str_eq(got, "lines                              5\n"
                          "selected lines                     4\n"
                          "lines with codes                   3\n"
                          "codes                              4\n"
                          "first code at                  2025-09-02T10:15:00.000Z\n"
                          "last code at                   2025-09-02T11:05:00.000Z\n"
                          "\n"
                          "category                       codes\n"
                          "Success                            0\n"
                          "Validation & Business Errors       1\n"
                          "Client Errors                      0\n"
                          "Server Errors                      2\n"
                          "Unknown                            1\n"
                          "\n"
                          "timeline (UTC)              success validation     client     server"
                          "    unknown   (buckets of 3600s)\n"
                          "2025-09-02T10:00:00.000Z          0          1          0          1"
                          "          0\n"
                          "2025-09-02T11:00:00.000Z          0          0          0          1"
                          "          0\n"
                          "peak of Validation & Business Errors: 1 at 2025-09-02T10:00:00.000Z\n"
                          "peak of Server Errors: 1 at 2025-09-02T10:00:00.000Z\n"
                          "\n"
                          "code    category   count  first seen                last seen       "
                          "          message\n"
                          "500000  server         2  2025-09-02T10:15:00.000Z  "
                          "2025-09-02T11:05:00.000Z  Internal server error\n"
                          "010005  validation     1  2025-09-02T10:15:00.000Z  "
                          "2025-09-02T10:15:00.000Z  {0} is required\n"
                          "123456  unknown        1  -                         -       "
                          "                  (not in the catalogue)\n");
    free(got);
    cf_summary_free(s);
}

Test(report, text_on_a_terminal_has_colors_and_bars) {
    cf_summary *s = sample();
    char *got = report(s, CF_REPORT_TEXT, 1);
    cr_assert_not_null(strstr(got, "\033[1;31mServer Errors"));
    cr_assert_not_null(strstr(got, "     2 ██████████████████████████████\n"), "%s", got);
    cr_assert_not_null(strstr(got, "     1 ███████████████\n"));
    free(got);
    cf_summary_free(s);
}

Test(report, csv) {
    cf_summary *s = sample();
    cf_hit q = {0, 6, "100028", &quoted, {0}, NULL, 0, 0};
    cf_summary_add(s, &q, 1, 1);
    char *got = report(s, CF_REPORT_CSV, 0);
    cr_assert_str_eq(got, "kind,key,category,count,message,first_seen,last_seen\r\n"
                          "total,lines,,6,,2025-09-02T10:15:00.000Z,2025-09-02T11:05:00.000Z\r\n"
                          "total,selected_lines,,5,,,\r\n"
                          "total,lines_with_codes,,4,,,\r\n"
                          "total,codes_total,,5,,,\r\n"
                          "total,long_lines,,0,,,\r\n"
                          "total,pattern_limit_hits,,0,,,\r\n"
                          "total,untimed_codes,,2,,,\r\n"
                          "category,success,success,0,Success,,\r\n"
                          "category,validation,validation,2,Validation & Business Errors,,\r\n"
                          "category,client,client,0,Client Errors,,\r\n"
                          "category,server,server,2,Server Errors,,\r\n"
                          "category,unknown,unknown,1,Unknown,,\r\n"
                          "bucket,2025-09-02T10:00:00.000Z,validation,1,,,\r\n"
                          "bucket,2025-09-02T10:00:00.000Z,server,1,,,\r\n"
                          "bucket,2025-09-02T11:00:00.000Z,server,1,,,\r\n"
                          "code,500000,server,2,Internal server error,2025-09-02T10:15:00.000Z,"
                          "2025-09-02T11:05:00.000Z\r\n"
                          "code,010005,validation,1,{0} is required,2025-09-02T10:15:00.000Z,"
                          "2025-09-02T10:15:00.000Z\r\n"
                          "code,100028,validation,1,\"Use [Add], \"\"quotes\"\" | pipes\",,\r\n"
                          "code,123456,unknown,1,,,\r\n");
    free(got);
    cf_summary_free(s);
}

/* Text that reaches a CSV cell cannot start a formula in a spreadsheet (OWASP CSV injection). */
Test(report, csv_cells_do_not_start_formulas) {
    cf_summary *s = cf_summary_new();
    cf_hit f = {0, 6, "100029", &formula, {0}, NULL, 0, 0};
    cf_summary_add(s, &f, 1, 1);
    char *got = report(s, CF_REPORT_CSV, 0);
    cr_assert_not_null(strstr(got, "\r\ncode,100029,validation,1,\"'=cmd|' /C calc'!A0\",,\r\n"),
                       "%s", got);
    free(got);
    cf_summary_free(s);
}

/* A file name with a line break (or a pipe) keeps the files' table one row a file. */
Test(report, markdown_file_names) {
    cf_summary *s = sample();
    cr_assert_eq(cf_summary_keep_files(s), 0);
    cr_assert_eq(cf_summary_begin_file(s, "web1\nweb2|x\r"), 0);
    cf_summary_add(s, NULL, 0, 1);
    cf_summary_end_file(s);
    char *got = report(s, CF_REPORT_MARKDOWN, 0);
    cr_assert_not_null(strstr(got, "| web1\xEF\xBF\xBDweb2\\|x\xEF\xBF\xBD | 1 | 1 | 0 | 0 |"),
                       "%s", got);
    free(got);
    cf_summary_free(s);
}

Test(report, markdown) {
    cf_summary *s = sample();
    cf_hit q = {0, 6, "100028", &quoted, {0}, NULL, 0, 0};
    cf_summary_add(s, &q, 1, 1);
    char *got = report(s, CF_REPORT_MARKDOWN, 0);
    cr_assert_not_null(strstr(got, "| total | count |\n|---|---:|\n| lines | 6 |\n"), "%s", got);
    cr_assert_not_null(strstr(got, "| Validation & Business Errors | 2 |\n"));
    cr_assert_not_null(strstr(got,
                              "| code | category | count | first seen | last seen | message |\n"
                              "|---|---|---:|---|---|---|\n"
                              "| `500000` | server | 2 | 2025-09-02T10:15:00.000Z | "
                              "2025-09-02T11:05:00.000Z | Internal server error |\n"),
                       "%s", got);
    cr_assert_not_null(strstr(got, "| `100028` | validation | 1 | - | - | Use \\[Add\\], "
                                   "\"quotes\" \\| pipes |\n"),
                       "%s", got);
    cr_assert_not_null(strstr(got, "| 2025-09-02T10:00:00.000Z | 0 | 1 | 0 | 1 | 0 |\n"));
    cr_assert_not_null(strstr(got, "- peak of Server Errors: 1 at 2025-09-02T10:00:00.000Z\n"));
    free(got);
    cf_summary_free(s);
}

Test(report, formats) {
    cf_report_format f;
    cr_assert_eq(cf_report_parse_format("json", &f), 0);
    cr_assert_eq(f, CF_REPORT_JSON);
    cr_assert_eq(cf_report_parse_format("text", &f), 0);
    cr_assert_eq(f, CF_REPORT_TEXT);
    cr_assert_eq(cf_report_parse_format("csv", &f), 0);
    cr_assert_eq(f, CF_REPORT_CSV);
    cr_assert_eq(cf_report_parse_format("md", &f), 0);
    cr_assert_eq(f, CF_REPORT_MARKDOWN);
    cr_assert_eq(cf_report_parse_format("xml", &f), -1);
}

/* The HTML timeline places bars by time: a gap stays a gap, and a span of more buckets than the
 * drawing has columns is summed into columns inside the drawing, not drawn past its edge. */
Test(report, html_timeline_is_placed_by_time) {
    cf_summary *s = cf_summary_new();
    cr_assert_eq(cf_summary_set_bucket(s, 60000), 0);
    cf_hit h[1] = {{0, 6, "500000", &server, {0}, NULL, 0, 0}};
    int64_t t[3] = {T1015, T1015 + 60000, T1015 + 10LL * 86400000}; /* 14401 one-minute buckets */
    for (int i = 0; i < 3; i++)
        cf_summary_add_at(s, h, 1, 1, &t[i], NULL);
    char *got = report(s, CF_REPORT_HTML, 0);
    const char *svg = strstr(got, "<svg id=\"timeline\"");
    cr_assert_not_null(svg);
    cr_assert_not_null(strstr(got, "a bar is 41m, 41 buckets of 1m"));
    int rects = 0, x, y, w, hgt;
    unsigned long long n, counts[2] = {0, 0};
    int xs[2] = {0, 0};
    for (const char *r = strstr(svg, "<rect "); r != NULL && r < strstr(svg, "</svg>");
         r = strstr(r + 1, "<rect ")) {
        /* NOLINTNEXTLINE(cert-err34-c): numbers of the page just rendered; a bad one fails the 5 */
        cr_assert_eq(sscanf(r,
                            "<rect class=\"server\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                            "data-count=\"%llu\"",
                            &x, &y, &w, &hgt, &n),
                     5, "%.120s", r);
        cr_assert(x >= 20 && x + w <= 740, "bar at %d, %d wide, outside the drawing", x, w);
        if (rects < 2) {
            xs[rects] = x;
            counts[rects] = n;
        }
        rects++;
    }
    cr_assert_eq(rects, 2); /* the first two minutes share the first column */
    cr_assert_eq(xs[0], 20);
    cr_assert_eq(counts[0], 2);
    cr_assert_gt(xs[1], 730); /* ten days later: at the far end */
    cr_assert_eq(counts[1], 1);
    cr_assert_not_null(strstr(svg, ">2025-09-02T10:15:00.000Z<"));
    cr_assert_not_null(strstr(svg, ">2025-09-12T10:16:00.000Z<")); /* the end of the last bucket */
    free(got);
    cf_summary_free(s);
}

/* A code with more renderings than a summary lists says so in every format, never a partial
 * list; Markdown cells show a log's text as written, not as formatting. */
static cf_summary *overflowed(void) {
    cf_summary *s = cf_summary_new();
    cf_hit h = {0, 6, "010005", &req, {0}, NULL, 0, 0};
    cf_summary_add(s, &h, 1, 1);
    char rendered[64], arg[32];
    for (int i = 0; i <= CF_SUMMARY_MAX_RENDERINGS; i++) {
        snprintf(arg, sizeof arg, "*f%d* <b>", i);
        snprintf(rendered, sizeof rendered, "%s is required", arg);
        cr_assert_eq(cf_summary_add_rendering(s, "010005", CF_CAT_VALIDATION, rendered, arg, 1, 1),
                     0);
    }
    return s;
}

Test(report, renderings_overflowed_in_every_format) {
    cf_summary *s = overflowed();
    char *csv = report(s, CF_REPORT_CSV, 0), *md = report(s, CF_REPORT_MARKDOWN, 0);
    char *text = report(s, CF_REPORT_TEXT, 0), *json = report(s, CF_REPORT_JSON, 0);
    cr_assert_not_null(strstr(csv, "\r\nrenderings_overflowed,010005,validation,,more than 100 "
                                   "different renderings,,\r\n"),
                       "%s", csv);
    cr_assert_null(strstr(csv, "\r\nrendering,"));
    cr_assert_not_null(strstr(md, "| `010005` | (more than 100 different renderings) | |\n"), "%s",
                       md);
    cr_assert_not_null(strstr(text, "(more than 100 different renderings)"), "%s", text);
    cr_assert_not_null(strstr(json, "\"renderings_overflowed\":true"), "%s", json);
    free(csv);
    free(md);
    free(text);
    free(json);
    cf_summary_free(s);
    s = cf_summary_new();
    cf_hit h = {0, 6, "010005", &req, {0}, NULL, 0, 0};
    cf_summary_add(s, &h, 1, 1);
    cf_summary_add_rendering(s, "010005", CF_CAT_VALIDATION,
                             "*a_b* <i>x</i> [l](u) ~s~ `c` &amp; #1 & 2 is required",
                             "*a_b* <i>x</i> [l](u) ~s~ `c` &amp; #1 & 2", 1, 1);
    md = report(s, CF_REPORT_MARKDOWN, 0);
    cr_assert_not_null(strstr(md, "| `010005` | \\*a\\_b\\* \\<i\\>x\\</i\\> \\[l\\](u) \\~s\\~ "
                                  "\\`c\\` \\&amp; #1 & 2 is required | 1 |\n"),
                       "%s", md);
    free(md);
    cf_summary_free(s);
}
