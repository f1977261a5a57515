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

/* Writes a duration in whole seconds as the largest unit that divides it: 90s, 5m, 1h, 2d. */
static void duration(cf_out *o, int64_t ms) {
    static const struct {
        int64_t ms;
        char unit;
    } units[] = {{86400000, 'd'}, {3600000, 'h'}, {60000, 'm'}, {1000, 's'}};
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if (ms % units[i].ms == 0 || units[i].unit == 's') {
            cf_out_printf(o, "%lld%c", (long long)(ms / units[i].ms), units[i].unit);
            return;
        }
}

/* The timeline as stacked bars placed by time: the span from the first bucket to the end of the
 * last is cut into at most PLOT_COLUMNS columns of whole buckets, so a gap in time is a gap in
 * the drawing and a long span is summed into columns rather than drawn off the edge. */
#define PLOT_WIDTH   720
#define PLOT_HEIGHT  180
#define PLOT_COLUMNS 360

/* The timeline cut into columns: cols columns of per buckets (width wide) each, from the first
 * bucket's start over span buckets, their counts by category, and the greatest column's sum. */
typedef struct plot {
    int64_t width, span, per, cols;
    unsigned long long (*col)[CF_CAT_COUNT];
    unsigned long long most;
} plot;

/* Sums the buckets b[0..nb) (nb > 0) into columns. Returns -1 when out of memory. */
static int plot_columns(const cf_summary *s, const cf_bucket *b, size_t nb, plot *p) {
    p->width = cf_summary_bucket(s);
    p->span = (b[nb - 1].start - b[0].start) / p->width + 1; /* buckets from first to last */
    p->per = (p->span + PLOT_COLUMNS - 1) / PLOT_COLUMNS;    /* buckets per column */
    p->cols = (p->span + p->per - 1) / p->per;
    p->col = calloc((size_t)p->cols, sizeof *p->col);
    if (p->col == NULL)
        return -1;
    for (size_t i = 0; i < nb; i++)
        for (int c = 0; c < CF_CAT_COUNT; c++)
            p->col[(b[i].start - b[0].start) / p->width / p->per][c] += b[i].counts[c];
    p->most = 1;
    for (int64_t i = 0; i < p->cols; i++) {
        unsigned long long sum = 0;
        for (int c = 0; c < CF_CAT_COUNT; c++)
            sum += p->col[i][c];
        if (sum > p->most)
            p->most = sum;
    }
    return 0;
}

/* Draws each column as bars stacked by category. */
static void plot_bars(const plot *p, cf_out *o) {
    for (int64_t i = 0; i < p->cols; i++) {
        int x = 20 + (int)(i * PLOT_WIDTH / p->cols);
        int next = 20 + (int)((i + 1) * PLOT_WIDTH / p->cols);
        int w = next - x > 2 ? next - x - 1 : next - x, y = PLOT_HEIGHT;
        for (int c = 0; c < CF_CAT_COUNT; c++) {
            int h = (int)(p->col[i][c] * (unsigned long long)PLOT_HEIGHT / p->most);
            if (p->col[i][c] == 0)
                continue;
            if (h == 0)
                h = 1; /* a count too small to scale still shows */
            y -= h;
            cf_out_printf(o,
                          "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                          "data-count=\"%llu\"/>\n",
                          cf_category_id((cf_category)c), x, y, w, h, p->col[i][c]);
        }
    }
}

static void timeline(const cf_summary *s, const cf_bucket *b, size_t nb, cf_out *o) {
    char t[CF_TIMESTAMP_LEN];
    plot p;
    if (nb == 0) {
        cf_out_puts(o, "<h2>Timeline</h2>\n<p>No line with a code had a timestamp.</p>\n");
        return;
    }
    if (plot_columns(s, b, nb, &p) != 0) {
        cf_out_puts(o, "<h2>Timeline</h2>\n<p>Out of memory drawing the timeline.</p>\n");
        return;
    }
    cf_out_puts(o, "<h2>Timeline (UTC; a bar is ");
    duration(o, p.width * p.per);
    if (p.per > 1) {
        cf_out_printf(o, ", %lld buckets of ", (long long)p.per);
        duration(o, p.width);
    }
    cf_out_printf(o,
                  ")</h2>\n<svg id=\"timeline\" width=\"760\" height=\"%d\" role=\"img\" "
                  "aria-label=\"codes over time\" data-columns=\"%lld\">\n",
                  PLOT_HEIGHT + 40, (long long)p.cols);
    plot_bars(&p, o);
    free(p.col);
    cf_out_printf(o, "<line x1=\"20\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>\n",
                  PLOT_HEIGHT + 1, 20 + PLOT_WIDTH, PLOT_HEIGHT + 1);
    cf_timestamp_format(b[0].start, t);
    cf_out_printf(o, "<text x=\"20\" y=\"%d\">%s</text>", PLOT_HEIGHT + 18, t);
    cf_timestamp_format(b[0].start + p.span * p.width, t);
    cf_out_printf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", 20 + PLOT_WIDTH,
                  PLOT_HEIGHT + 34, t);
    cf_out_puts(o, "</svg>\n");
}

/* The window the lines were selected in, when there is one. */
static void window(const cf_summary *s, cf_out *o) {
    const cf_window *w = cf_summary_window(s);
    char t[CF_TIMESTAMP_LEN];
    if (w == NULL)
        return;
    cf_out_puts(o, "<p id=\"window\">Lines selected");
    if (w->has_since) {
        cf_timestamp_format(w->since_ms, t);
        cf_out_printf(o, " from %s (inclusive)", t);
    }
    if (w->has_until) {
        cf_timestamp_format(w->until_ms, t);
        cf_out_printf(o, " until %s (exclusive)", t);
    }
    cf_out_puts(o, ".</p>\n");
}

/* The counts of each input file (--by-file). */
static void files(const cf_summary *s, cf_out *o) {
    cf_file_count *f;
    size_t n = cf_summary_files(s, &f);
    if (!cf_summary_keeps_files(s))
        return;
    cf_out_puts(o, "<h2>By file</h2>\n<table id=\"files\">\n<tr><th>file</th><th>lines</th>"
                   "<th>selected</th><th>with codes</th><th>codes</th>");
    for (int c = 0; c < CF_CAT_COUNT; c++)
        cf_out_printf(o, "<th>%s</th>", cf_category_id((cf_category)c));
    cf_out_puts(o, "</tr>\n");
    for (size_t k = 0; k < n; k++) {
        cf_out_puts(o, "<tr><td>");
        esc(o, f[k].name);
        cf_out_printf(o,
                      "</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td><td "
                      "class=\"n\">%llu</td><td class=\"n\">%llu</td>",
                      f[k].lines, f[k].selected, f[k].with_codes, f[k].codes);
        for (int c = 0; c < CF_CAT_COUNT; c++)
            cf_out_printf(o, "<td class=\"n\">%llu</td>", f[k].categories[c]);
        cf_out_puts(o, "</tr>\n");
    }
    cf_out_puts(o, "</table>\n");
    free(f);
}

static void top_codes(const cf_code_count *codes, size_t n, cf_out *o) {
    char first[CF_TIMESTAMP_LEN], last[CF_TIMESTAMP_LEN];
    cf_out_puts(o, "<h2>Top codes</h2>\n<table id=\"codes\">\n<tr><th>code</th><th>category</th>"
                   "<th>count</th><th></th><th>message</th><th>first seen</th><th>last seen</th>"
                   "</tr>\n");
    for (size_t i = 0; i < n && i < TOP_CODES; i++) {
        const cf_code_count *c = &codes[i];
        cf_category cat = c->category;
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
        char t1[CF_TIMESTAMP_LEN], t2[CF_TIMESTAMP_LEN];
        cf_timestamp_format(first, t1);
        cf_timestamp_format(last, t2);
        cf_out_printf(o, "<p>First code at %s, last at %s.</p>\n", t1, t2);
    }
    window(s, o);
    categories(s, o);
    timeline(s, b, nb, o);
    top_codes(codes, n, o);
    files(s, o);
    cf_out_puts(o, "</body></html>\n");
}
