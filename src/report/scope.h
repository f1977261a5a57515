/* scope.h - the part of a summary that says what it covers, in each report format: the window its
 * lines were selected in (--since, --until) and its counts by input file (--by-file). Each writer
 * writes nothing for what the summary does not have. Used by report.c and html.c. */
#ifndef CF_SCOPE_H
#define CF_SCOPE_H

#include "member.h"
#include "out.h"
#include "summary.h"

/* text: a line per bound, labelled in the totals' column of width 30, after the totals. */
void cf_scope_text_window(const cf_summary *s, cf_out *o);
/* text: a table of each file's counts, the name last, numbers w wide at least. */
void cf_scope_text_files(const cf_summary *s, int w, cf_out *o);

/* json: the members ,"window":{"since":T|null,"until":T|null} and ,"files":[{"file":NAME,"lines":N,
 * "selected_lines":N,"lines_with_codes":N,"codes_total":N,"categories":{...}},...]. */
void cf_scope_json_window(const cf_summary *s, cf_out *o);
void cf_scope_json_files(const cf_summary *s, cf_out *o);

/* json, read back (--merge): the window of the summary o into *w ("window"; absent or null: no
 * bound). Returns 0, or -1 with pl->err set when it is not an object of two times, since before
 * until. */
int cf_scope_json_read_window(const cf_member_place *pl, const cJSON *o, cf_window *w);

/* json, read back: checks the per-file counts of the summary o ("files", when it has them): each
 * file's add up as a summary's do, and the files' together are no more than the summary's totals
 * and categories (a merge of summaries with and without them has more in its own). With s, also
 * adds them (the names copied). Returns 0, or -1 with pl->err set. */
int cf_scope_json_read_files(const cf_member_place *pl, const cJSON *o,
                             const unsigned long long totals[CF_TOTAL_COUNT],
                             const unsigned long long categories[CF_CAT_COUNT], cf_summary *s);

/* csv: rows window,since,,,,T, and window,until,,,,,T (the time in the first_seen or last_seen
 * column); a row per file and total (file,<total id>,,N,NAME,,) and per file and category
 * (file,<category>,<category>,N,NAME,,), the name in the message column. */
void cf_scope_csv(const cf_summary *s, cf_out *o);

/* markdown: a table of the window, and one of the files. */
void cf_scope_markdown(const cf_summary *s, cf_out *o);

/* prometheus: codefilter_window_since_timestamp_seconds, codefilter_window_until_timestamp_seconds
 * (gauges), and codefilter_file_lines_total{file}, codefilter_file_selected_lines_total{file},
 * codefilter_file_lines_with_codes_total{file},
 * codefilter_file_category_codes_total{file,category}. */
void cf_scope_prometheus(const cf_summary *s, cf_out *o);

/* Writers report.c shares: a CSV field, quoted as needed, and Markdown table cell text, escaped. */
void cf_report_csv_field(cf_out *o, const char *s);
void cf_report_md_cell(cf_out *o, const char *s);

/* Writes a Prometheus metric's "# HELP" and "# TYPE" lines (report.c). */
void cf_report_prom_head(cf_out *o, const char *name, const char *type, const char *help);

/* prometheus: ms (milliseconds since 1970) as seconds with three decimals, "-0.750" before 1970. */
void cf_scope_prom_seconds(cf_out *o, int64_t ms);

#endif
