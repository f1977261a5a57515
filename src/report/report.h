/* report.h - a summary written out: as an aligned table, JSON, CSV or Markdown. */
#ifndef CF_REPORT_H
#define CF_REPORT_H

#include "out.h"
#include "summary.h"

typedef enum cf_report_format {
    CF_REPORT_TEXT,
    CF_REPORT_JSON,
    CF_REPORT_CSV,
    CF_REPORT_MARKDOWN,
    CF_REPORT_PROMETHEUS,
    CF_REPORT_HTML
} cf_report_format;

/* What each total is called: its JSON member (and CSV key), its label in text and Markdown, and
 * its Prometheus counter with the counter's help (metric NULL for codes_total, which
 * codefilter_codes_total's series add up to). An occasional total is one that text shows only
 * when it happened, and that summaries of codefilter from before it was counted lack. */
typedef struct cf_total_name {
    const char *key, *label, *metric, *help;
    int occasional;
} cf_total_name;
extern const cf_total_name cf_total_names[CF_TOTAL_COUNT];

/* Parses a format name: "text", "json", "csv", "markdown" ("md") or "prometheus". Returns 0 and
 * sets *out, or -1. */
int cf_report_parse_format(const char *name, cf_report_format *out);

/* Writes the summary in a format. Codes are listed most frequent first, then by code.
 * - text: aligned tables of the totals, the categories and the codes; with color (a terminal),
 *   categories are colored and drawn with proportional bars.
 * - json: one object on one line:
 *   {"lines":N,"selected_lines":N,"lines_with_codes":N,"codes_total":N,"long_lines":N,
 *    "pattern_limit_hits":N,"categories":{"success":n,...,"unknown":n},
 *    "codes":[{"code":..,"category":..,"message":..,"count":n},...]}
 *   with a window, "window":{"since":..,"until":..} after "last_time"; with files, "files":[...]
 *   last (see scope.h, which every format calls for these two).
 * - csv: one table, RFC 4180, header kind,key,category,count,message: a row per total (kind
 *   "total", key its name), per category (kind "category", key its id, message its name) and
 *   per code (kind "code", key the code).
 * - markdown: tables (totals, categories, timeline, codes) for tickets and chat.
 * - html: see cf_report_html.
 * - prometheus: the text exposition format, for node_exporter's textfile collector:
 *   codefilter_lines_total, codefilter_selected_lines_total, codefilter_lines_with_codes_total,
 *   codefilter_long_lines_total, codefilter_pattern_limit_hits_total,
 *   codefilter_category_codes_total{category}, codefilter_codes_total{code,category} and, when
 *   known, codefilter_last_code_timestamp_seconds. */
void cf_report_write(const cf_summary *s, cf_report_format format, int color, cf_out *o);

/* The html format (html.c): one self-contained page, inline CSS and SVG, no script: totals, a bar
 * chart by category, the timeline as stacked bars, and the top 25 codes. */
void cf_report_html(const cf_summary *s, const cf_code_count *codes, size_t n, const cf_bucket *b,
                    size_t nb, cf_out *o);

#endif
