/* html.c - the summary as one self-contained HTML page: inline CSS and SVG, no script, nothing
 * fetched. Drawn: codes by category (bars), the timeline (stacked bars per bucket), the top codes.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "timestamp.h"

#define TOP_CODES 25

static const char *const style =
    "body{font-family:DejaVu Sans,Arial,sans-serif;margin:24px;color:#222;background:#fff}"
    "h1{font-size:22px}h2{font-size:17px;margin-top:28px}p{margin:4px 0}"
    "table{border-collapse:collapse;font-size:13px}th,td{padding:3px 8px;border-bottom:1px solid "
    "#ddd;text-align:left;vertical-align:top}td.n{text-align:right}"
    "svg text{font-size:12px;fill:#222}"
    ".success{fill:#2e7d32}.validation{fill:#f9a825}.client{fill:#8e24aa}.server{fill:#c62828}"
    ".unknown{fill:#00838f}td.t{white-space:nowrap;font-size:12px}";

/* Writes s with the characters HTML gives a meaning escaped. */
static void esc(cf_out *o, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '&':
            cf_out_puts(o, "&amp;");
            break;
        case '<':
            cf_out_puts(o, "&lt;");
            break;
        case '>':
            cf_out_puts(o, "&gt;");
            break;
        case '"':
            cf_out_puts(o, "&quot;");
            break;
        default:
            cf_out_putc(o, *s);
        }
    }
}

static void categories(const cf_summary *s, cf_out *o) {
    unsigned long long most = 1;
    for (int c = 0; c < CF_CAT_COUNT; c++)
        if (cf_summary_category(s, (cf_category)c) > most)
            most = cf_summary_category(s, (cf_category)c);
    cf_out_printf(o,
                  "<h2>Codes by category</h2>\n<svg id=\"categories\" width=\"760\" "
                  "height=\"%d\" role=\"img\" aria-label=\"codes by category\">\n",
                  CF_CAT_COUNT * 28 + 4);
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        unsigned long long v = cf_summary_category(s, (cf_category)c);
        int y = c * 28 + 4, w = (int)(v * 420 / most);
        cf_out_printf(o, "<text x=\"0\" y=\"%d\">", y + 15);
        esc(o, cf_category_name((cf_category)c));
        cf_out_printf(o,
                      "</text><rect class=\"%s\" x=\"230\" y=\"%d\" width=\"%d\" height=\"20\" "
                      "data-count=\"%llu\"/><text x=\"%d\" y=\"%d\">%llu</text>\n",
                      cf_category_id((cf_category)c), y, w, v, 238 + w, y + 15, v);
    }
    cf_out_puts(o, "</svg>\n");
}

static void timeline(const cf_summary *s, const cf_bucket *b, size_t nb, cf_out *o) {
    char t[CF_TIMESTAMP_LEN];
    if (nb == 0) {
        cf_out_puts(o, "<h2>Timeline</h2>\n<p>No line with a code had a timestamp.</p>\n");
        return;
    }
    unsigned long long most = 1;
    for (size_t i = 0; i < nb; i++) {
        unsigned long long sum = 0;
        for (int c = 0; c < CF_CAT_COUNT; c++)
            sum += b[i].counts[c];
        if (sum > most)
            most = sum;
    }
    int width = 720, height = 180, bar = (int)(width / (nb > 0 ? nb : 1));
    if (bar < 1)
        bar = 1;
    cf_out_printf(o,
                  "<h2>Timeline (buckets of %llds, UTC)</h2>\n<svg id=\"timeline\" "
                  "width=\"760\" height=\"%d\" role=\"img\" aria-label=\"codes over time\">\n",
                  (long long)(cf_summary_bucket(s) / 1000), height + 40);
    for (size_t i = 0; i < nb; i++) {
        int y = height;
        for (int c = 0; c < CF_CAT_COUNT; c++) {
            int h = (int)(b[i].counts[c] * (unsigned long long)height / most);
            if (b[i].counts[c] == 0 || h == 0)
                continue;
            y -= h;
            cf_out_printf(o, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>\n",
                          cf_category_id((cf_category)c), 20 + (int)i * bar, y,
                          bar > 2 ? bar - 1 : bar, h);
        }
    }
    cf_timestamp_format(b[0].start, t);
    cf_out_printf(o, "<text x=\"20\" y=\"%d\">%s</text>", height + 18, t);
    cf_timestamp_format(b[nb - 1].start, t);
    cf_out_printf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", width + 20,
                  height + 34, t);
    cf_out_puts(o, "</svg>\n");
}

static void top_codes(const cf_code_count *codes, size_t n, cf_out *o) {
    char first[CF_TIMESTAMP_LEN], last[CF_TIMESTAMP_LEN];
    cf_out_puts(o, "<h2>Top codes</h2>\n<table id=\"codes\">\n<tr><th>code</th><th>category</th>"
                   "<th>count</th><th></th><th>message</th><th>first seen</th><th>last seen</th>"
                   "</tr>\n");
    for (size_t i = 0; i < n && i < TOP_CODES; i++) {
        const cf_code_count *c = &codes[i];
        cf_category cat = c->entry != NULL ? c->entry->category : CF_CAT_UNKNOWN;
        int w = (int)(c->count * 120 / (codes[0].count ? codes[0].count : 1));
        cf_out_printf(o,
                      "<tr><td>%s</td><td>%s</td><td class=\"n\">%llu</td><td><svg width=\"124\" "
                      "height=\"12\"><rect class=\"%s\" width=\"%d\" height=\"12\"/></svg></td>"
                      "<td>",
                      c->code, cf_category_id(cat), c->count, cf_category_id(cat), w > 0 ? w : 1);
        esc(o, c->entry != NULL ? c->entry->message : "(not in the catalogue)");
        if (c->timed) {
            cf_timestamp_format(c->first_ms, first);
            cf_timestamp_format(c->last_ms, last);
        }
        cf_out_printf(o, "</td><td class=\"t\">%s</td><td class=\"t\">%s</td></tr>\n",
                      c->timed ? first : "-", c->timed ? last : "-");
    }
    cf_out_puts(o, "</table>\n");
}

void cf_report_html(const cf_summary *s, const cf_code_count *codes, size_t n, const cf_bucket *b,
                    size_t nb, cf_out *o) {
    int64_t first, last;
    char t1[CF_TIMESTAMP_LEN], t2[CF_TIMESTAMP_LEN];
    cf_out_printf(o,
                  "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<title>codefilter summary</title><style>%s</style></head><body>\n"
                  "<h1>codefilter summary</h1>\n",
                  style);
    cf_out_printf(o,
                  "<p id=\"totals\">%llu lines, %llu selected, %llu with codes, %llu codes</p>\n",
                  cf_summary_lines(s), cf_summary_selected(s), cf_summary_lines_with_codes(s),
                  cf_summary_codes_total(s));
    if (cf_summary_time_span(s, &first, &last)) {
        cf_timestamp_format(first, t1);
        cf_timestamp_format(last, t2);
        cf_out_printf(o, "<p>First code at %s, last at %s.</p>\n", t1, t2);
    }
    categories(s, o);
    timeline(s, b, nb, o);
    top_codes(codes, n, o);
    cf_out_puts(o, "</body></html>\n");
}
