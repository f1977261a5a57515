/* report.c - the summary as text, CSV, Markdown or Prometheus, and the names of its totals; the
 * JSON summary is summary_json.c's, the HTML page html.c's, what a summary covers scope.c's. */
#include "report.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "category.h"
#include "scope.h"
#include "summary_json.h"
#include "timestamp.h"

int cf_report_parse_format(const char *name, cf_report_format *out) {
    static const struct {
        const char *name;
        cf_report_format format;
    } names[] = {{"text", CF_REPORT_TEXT},   {"json", CF_REPORT_JSON},
                 {"csv", CF_REPORT_CSV},     {"markdown", CF_REPORT_MARKDOWN},
                 {"md", CF_REPORT_MARKDOWN}, {"prometheus", CF_REPORT_PROMETHEUS},
                 {"html", CF_REPORT_HTML}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].format;
            return 0;
        }
    }
    return -1;
}

const cf_total_name cf_total_names[CF_TOTAL_COUNT] = {
    [CF_TOTAL_LINES] = {"lines", "lines", "codefilter_lines_total", "Lines read.", 0},
    [CF_TOTAL_SELECTED] = {"selected_lines", "selected lines", "codefilter_selected_lines_total",
                           "Lines selected by the filters.", 0},
    [CF_TOTAL_WITH_CODES] = {"lines_with_codes", "lines with codes",
                             "codefilter_lines_with_codes_total",
                             "Selected lines holding a status code.", 0},
    [CF_TOTAL_CODES] = {"codes_total", "codes", NULL, NULL, 0},
    [CF_TOTAL_LONG_LINES] = {"long_lines", "lines over --max-line", "codefilter_long_lines_total",
                             "Lines over --max-line, passed on unannotated.", 1},
    [CF_TOTAL_LIMIT_HITS] = {"pattern_limit_hits", "pattern limit hits",
                             "codefilter_pattern_limit_hits_total",
                             "Matches abandoned at PCRE2's limits.", 1},
};

static cf_category code_category(const cf_code_count *c) {
    return c->category;
}

/* Writes a line per error category that occurred: where it peaked, after prefix. */
static void write_peaks(cf_out *o, const cf_bucket *b, size_t nb, const char *prefix) {
    char t[CF_TIMESTAMP_LEN];
    for (int c = CF_CAT_VALIDATION; c < CF_CAT_COUNT; c++) {
        long p = cf_timeline_peak(b, nb, (cf_category)c);
        if (p < 0)
            continue;
        cf_timestamp_format(b[p].start, t);
        cf_out_printf(o, "%speak of %s: %llu at %s\n", prefix, cf_category_name((cf_category)c),
                      b[p].counts[c], t);
    }
}

static int width_of(unsigned long long v) {
    int w = 1;
    while (v >= 10) {
        v /= 10;
        w++;
    }
    return w;
}

/* A bar of up to 30 cells for value out of most, in eighths of a cell. */
static void bar(cf_out *o, unsigned long long value, unsigned long long most) {
    static const char *const eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    if (most == 0 || value == 0)
        return;
    unsigned long long units = value * 30 * 8 / most;
    if (units == 0)
        units = 1;
    cf_out_putc(o, ' ');
    for (unsigned long long i = 0; i < units / 8; i++)
        cf_out_puts(o, "█");
    cf_out_puts(o, eighths[units % 8]);
}

static void text_timeline(const cf_summary *s, const cf_bucket *b, size_t nb, cf_out *o) {
    char t[CF_TIMESTAMP_LEN];
    if (nb == 0)
        return;
    cf_out_printf(o, "\n%-24s", "timeline (UTC)");
    for (int c = 0; c < CF_CAT_COUNT; c++)
        cf_out_printf(o, " %10s", cf_category_id((cf_category)c));
    cf_out_printf(o, "   (buckets of %llds)\n", (long long)(cf_summary_bucket(s) / 1000));
    for (size_t i = 0; i < nb; i++) {
        cf_timestamp_format(b[i].start, t);
        cf_out_printf(o, "%-24s", t);
        for (int c = 0; c < CF_CAT_COUNT; c++)
            cf_out_printf(o, " %10llu", b[i].counts[c]);
        cf_out_putc(o, '\n');
    }
    write_peaks(o, b, nb, "");
}

/* Whether any code has first and last times. */
static int any_timed(const cf_code_count *codes, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (codes[i].timed)
            return 1;
    return 0;
}

static void text_codes(const cf_code_count *codes, size_t n, int w, cf_out *o) {
    int timed = any_timed(codes, n);
    char first[CF_TIMESTAMP_LEN] = "-", last[CF_TIMESTAMP_LEN] = "-";
    cf_out_printf(o, "\n%-6s  %-10s %*s  ", "code", "category", w, "count");
    if (timed)
        cf_out_printf(o, "%-24s  %-24s  ", "first seen", "last seen");
    cf_out_puts(o, "message\n");
    for (size_t i = 0; i < n; i++) {
        cf_out_printf(o, "%s  %-10s %*llu  ", codes[i].code,
                      cf_category_id(code_category(&codes[i])), w, codes[i].count);
        if (timed && codes[i].timed) {
            cf_timestamp_format(codes[i].first_ms, first);
            cf_timestamp_format(codes[i].last_ms, last);
        }
        if (timed)
            cf_out_printf(o, "%-24s  %-24s  ", codes[i].timed ? first : "-",
                          codes[i].timed ? last : "-");
        cf_out_printf(o, "%s\n",
                      codes[i].entry != NULL ? codes[i].entry->message : "(not in the catalogue)");
        for (size_t k = 0; k < codes[i].nrenderings; k++)
            cf_out_printf(o, "%*s  %*llu  %s\n", 17, "", w, codes[i].renderings[k].count,
                          codes[i].renderings[k].rendered);
        if (codes[i].renderings_overflowed)
            cf_out_printf(o, "%*s  %*s  (more than %d different renderings)\n", 17, "", w, "",
                          CF_SUMMARY_MAX_RENDERINGS);
    }
}

static void write_text(const cf_summary *s, const cf_code_count *codes, size_t n,
                       const cf_bucket *b, size_t nb, int color, cf_out *o) {
    int64_t first, last;
    int w = width_of(cf_summary_lines(s) > cf_summary_codes_total(s) ? cf_summary_lines(s)
                                                                     : cf_summary_codes_total(s));
    if (w < 5)
        w = 5;
    for (int t = 0; t < CF_TOTAL_COUNT; t++) {
        unsigned long long v = cf_summary_total(s, (cf_total)t);
        if (!cf_total_names[t].occasional || v > 0)
            cf_out_printf(o, "%-30s %*llu\n", cf_total_names[t].label, w, v);
    }
    if (cf_summary_time_span(s, &first, &last)) {
        char when[CF_TIMESTAMP_LEN];
        cf_timestamp_format(first, when);
        cf_out_printf(o, "%-30s %s\n", "first code at", when);
        cf_timestamp_format(last, when);
        cf_out_printf(o, "%-30s %s\n", "last code at", when);
    }
    cf_scope_text_window(s, o);
    cf_out_printf(o, "\n%-30s %*s\n", "category", w, "codes");
    unsigned long long most = 0;
    for (int c = 0; c < CF_CAT_COUNT; c++)
        if (cf_summary_category(s, (cf_category)c) > most)
            most = cf_summary_category(s, (cf_category)c);
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        unsigned long long v = cf_summary_category(s, (cf_category)c);
        if (color)
            cf_out_puts(o, cf_category_color((cf_category)c));
        cf_out_printf(o, "%-30s", cf_category_name((cf_category)c));
        if (color)
            cf_out_puts(o, "\033[0m");
        cf_out_printf(o, " %*llu", w, v);
        if (color)
            bar(o, v, most);
        cf_out_putc(o, '\n');
    }
    text_timeline(s, b, nb, o);
    if (n > 0)
        text_codes(codes, n, w, o);
    cf_scope_text_files(s, w, o);
}

/* Writes a CSV field, quoted when it holds a comma, a quote or a line break. Text from logs can
 * reach a cell (a rendered message), so a cell that starts with '=', '+', '-', '@', a tab or a CR
 * gets a leading apostrophe, as OWASP advises, for a spreadsheet not to read it as a formula. */
void cf_report_csv_field(cf_out *o, const char *s) {
    int formula = s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
    if (!formula && strpbrk(s, ",\"\r\n") == NULL) {
        cf_out_puts(o, s);
        return;
    }
    cf_out_putc(o, '"');
    if (formula)
        cf_out_putc(o, '\'');
    for (; *s; s++) {
        if (*s == '"')
            cf_out_putc(o, '"');
        cf_out_putc(o, *s);
    }
    cf_out_putc(o, '"');
}

/* Writes ",first,last" for CSV: the times, or empty fields. */
static void csv_times(cf_out *o, int timed, int64_t first, int64_t last) {
    char t[CF_TIMESTAMP_LEN];
    if (!timed) {
        cf_out_puts(o, ",,\r\n");
        return;
    }
    cf_timestamp_format(first, t);
    cf_out_printf(o, ",%s,", t);
    cf_timestamp_format(last, t);
    cf_out_printf(o, "%s\r\n", t);
}

static void write_csv(const cf_summary *s, const cf_code_count *codes, size_t n, const cf_bucket *b,
                      size_t nb, cf_out *o) {
    int64_t first, last;
    int timed = cf_summary_time_span(s, &first, &last);
    char when[CF_TIMESTAMP_LEN];
    cf_out_puts(o, "kind,key,category,count,message,first_seen,last_seen\r\n");
    for (int t = 0; t < CF_TOTAL_COUNT; t++) {
        cf_out_printf(o, "total,%s,,%llu,", cf_total_names[t].key,
                      cf_summary_total(s, (cf_total)t));
        /* the lines' row holds the input's times */
        csv_times(o, t == CF_TOTAL_LINES && timed, first, last);
    }
    cf_out_printf(o, "total,untimed_codes,,%llu,,,\r\n", cf_summary_untimed(s));
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        cf_out_printf(o, "category,%s,%s,%llu,", cf_category_id((cf_category)c),
                      cf_category_id((cf_category)c), cf_summary_category(s, (cf_category)c));
        cf_report_csv_field(o, cf_category_name((cf_category)c));
        cf_out_puts(o, ",,\r\n");
    }
    for (size_t i = 0; i < nb; i++) {
        cf_timestamp_format(b[i].start, when);
        for (int c = 0; c < CF_CAT_COUNT; c++)
            if (b[i].counts[c] > 0)
                cf_out_printf(o, "bucket,%s,%s,%llu,,,\r\n", when, cf_category_id((cf_category)c),
                              b[i].counts[c]);
    }
    for (size_t i = 0; i < n; i++) {
        cf_out_printf(o, "code,%s,%s,%llu,", codes[i].code,
                      cf_category_id(code_category(&codes[i])), codes[i].count);
        cf_report_csv_field(o, codes[i].entry != NULL ? codes[i].entry->message : "");
        csv_times(o, codes[i].timed, codes[i].first_ms, codes[i].last_ms);
        for (size_t k = 0; k < codes[i].nrenderings; k++) {
            cf_out_printf(o, "rendering,%s,%s,%llu,", codes[i].code,
                          cf_category_id(code_category(&codes[i])), codes[i].renderings[k].count);
            cf_report_csv_field(o, codes[i].renderings[k].rendered);
            cf_out_puts(o, ",,\r\n");
        }
        if (codes[i].renderings_overflowed)
            cf_out_printf(o, "renderings_overflowed,%s,%s,,more than %d different renderings,,\r\n",
                          codes[i].code, cf_category_id(code_category(&codes[i])),
                          CF_SUMMARY_MAX_RENDERINGS);
    }
    cf_scope_csv(s, o);
}

/* Writes text for a Markdown table cell with a backslash before each character that could end
 * the cell or start formatting, a link or HTML, so that a message from a log shows as written. A
 * line break, which would end the table's row (a file name may hold one), is written U+FFFD. */
void cf_report_md_cell(cf_out *o, const char *s) {
    for (; *s; s++) {
        if (*s == '\n' || *s == '\r') {
            cf_out_puts(o, "\xEF\xBF\xBD");
            continue;
        }
        if (strchr("|\\`*_[]<>~", *s) != NULL ||
            (*s == '&' && (isalnum((unsigned char)s[1]) || s[1] == '#')))
            cf_out_putc(o, '\\');
        cf_out_putc(o, *s);
    }
}

static void markdown_timeline(const cf_bucket *b, size_t nb, cf_out *o) {
    char t[CF_TIMESTAMP_LEN];
    if (nb == 0)
        return;
    cf_out_puts(o, "\n| time (UTC) | success | validation | client | server | unknown |\n"
                   "|---|---:|---:|---:|---:|---:|\n");
    for (size_t i = 0; i < nb; i++) {
        cf_timestamp_format(b[i].start, t);
        cf_out_printf(o, "| %s |", t);
        for (int c = 0; c < CF_CAT_COUNT; c++)
            cf_out_printf(o, " %llu |", b[i].counts[c]);
        cf_out_putc(o, '\n');
    }
    cf_out_putc(o, '\n');
    write_peaks(o, b, nb, "- ");
}

/* The table of the codes. */
static void markdown_codes(const cf_code_count *codes, size_t n, cf_out *o) {
    char first[CF_TIMESTAMP_LEN], last[CF_TIMESTAMP_LEN];
    cf_out_puts(o, "\n| code | category | count | first seen | last seen | message |\n"
                   "|---|---|---:|---|---|---|\n");
    for (size_t i = 0; i < n; i++) {
        cf_out_printf(o, "| `%s` | %s | %llu | ", codes[i].code,
                      cf_category_id(code_category(&codes[i])), codes[i].count);
        if (codes[i].timed) {
            cf_timestamp_format(codes[i].first_ms, first);
            cf_timestamp_format(codes[i].last_ms, last);
            cf_out_printf(o, "%s | %s | ", first, last);
        } else {
            cf_out_puts(o, "- | - | ");
        }
        cf_report_md_cell(o, codes[i].entry != NULL ? codes[i].entry->message
                                                    : "(not in the catalogue)");
        cf_out_puts(o, " |\n");
    }
}

/* The table of the codes' renderings, when any code has some or has too many to list. */
static void markdown_renderings(const cf_code_count *codes, size_t n, cf_out *o) {
    int header = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < codes[i].nrenderings; k++) {
            if (!header++)
                cf_out_puts(o, "\n| code | rendered message | count |\n|---|---|---:|\n");
            cf_out_printf(o, "| `%s` | ", codes[i].code);
            cf_report_md_cell(o, codes[i].renderings[k].rendered);
            cf_out_printf(o, " | %llu |\n", codes[i].renderings[k].count);
        }
        if (codes[i].renderings_overflowed) {
            if (!header++)
                cf_out_puts(o, "\n| code | rendered message | count |\n|---|---|---:|\n");
            cf_out_printf(o, "| `%s` | (more than %d different renderings) | |\n", codes[i].code,
                          CF_SUMMARY_MAX_RENDERINGS);
        }
    }
}

static void write_markdown(const cf_summary *s, const cf_code_count *codes, size_t n,
                           const cf_bucket *b, size_t nb, cf_out *o) {
    cf_out_puts(o, "| total | count |\n|---|---:|\n");
    for (int t = 0; t < CF_TOTAL_COUNT; t++)
        cf_out_printf(o, "| %s | %llu |\n", cf_total_names[t].label,
                      cf_summary_total(s, (cf_total)t));
    cf_out_puts(o, "\n| category | codes |\n|---|---:|\n");
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        cf_out_puts(o, "| ");
        cf_report_md_cell(o, cf_category_name((cf_category)c));
        cf_out_printf(o, " | %llu |\n", cf_summary_category(s, (cf_category)c));
    }
    cf_scope_markdown(s, o);
    markdown_timeline(b, nb, o);
    if (n == 0)
        return;
    markdown_codes(codes, n, o);
    markdown_renderings(codes, n, o);
}

/* One metric's HELP and TYPE lines. */
void cf_report_prom_head(cf_out *o, const char *name, const char *type, const char *help) {
    cf_out_printf(o, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void write_prometheus(const cf_summary *s, const cf_code_count *codes, size_t n, cf_out *o) {
    for (int t = 0; t < CF_TOTAL_COUNT; t++) {
        const cf_total_name *name = &cf_total_names[t];
        if (name->metric == NULL)
            continue;
        cf_report_prom_head(o, name->metric, "counter", name->help);
        cf_out_printf(o, "%s %llu\n", name->metric, cf_summary_total(s, (cf_total)t));
    }
    cf_report_prom_head(o, "codefilter_category_codes_total", "counter",
                        "Status codes found on selected lines, by category.");
    for (int c = 0; c < CF_CAT_COUNT; c++)
        cf_out_printf(o, "codefilter_category_codes_total{category=\"%s\"} %llu\n",
                      cf_category_id((cf_category)c), cf_summary_category(s, (cf_category)c));
    cf_report_prom_head(o, "codefilter_codes_total", "counter",
                        "Status codes found on selected lines, by code.");
    for (size_t i = 0; i < n; i++)
        cf_out_printf(o, "codefilter_codes_total{code=\"%s\",category=\"%s\"} %llu\n",
                      codes[i].code, cf_category_id(code_category(&codes[i])), codes[i].count);
    int64_t first, last;
    if (cf_summary_time_span(s, &first, &last)) {
        cf_report_prom_head(o, "codefilter_last_code_timestamp_seconds", "gauge",
                            "Time of the latest selected line with a code, in seconds since 1970.");
        cf_out_puts(o, "codefilter_last_code_timestamp_seconds ");
        cf_scope_prom_seconds(o, last);
        cf_out_putc(o, '\n');
    }
    cf_scope_prometheus(s, o);
}

void cf_report_write(const cf_summary *s, cf_report_format format, int color, cf_out *o) {
    cf_code_count *codes;
    cf_bucket *b;
    size_t n = cf_summary_codes(s, &codes), nb = cf_summary_timeline(s, &b);
    switch (format) {
    case CF_REPORT_JSON:
        cf_summary_json_write(s, codes, n, b, nb, o);
        break;
    case CF_REPORT_CSV:
        write_csv(s, codes, n, b, nb, o);
        break;
    case CF_REPORT_MARKDOWN:
        write_markdown(s, codes, n, b, nb, o);
        break;
    case CF_REPORT_PROMETHEUS:
        write_prometheus(s, codes, n, o);
        break;
    case CF_REPORT_HTML:
        cf_report_html(s, codes, n, b, nb, o);
        break;
    default:
        write_text(s, codes, n, b, nb, color, o);
        break;
    }
    free(codes);
    free(b);
}
