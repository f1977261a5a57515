#include "report.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "category.h"
#include "scope.h"
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

/* The totals every format reports, in order. */
typedef struct total {
    const char *id, *label;
    unsigned long long value;
} total;

static size_t totals(const cf_summary *s, total out[6]) {
    size_t n = 0;
    out[n++] = (total){"lines", "lines", cf_summary_lines(s)};
    out[n++] = (total){"selected_lines", "selected lines", cf_summary_selected(s)};
    out[n++] = (total){"lines_with_codes", "lines with codes", cf_summary_lines_with_codes(s)};
    out[n++] = (total){"codes_total", "codes", cf_summary_codes_total(s)};
    out[n++] = (total){"long_lines", "lines over --max-line", cf_summary_long_lines(s)};
    out[n++] = (total){"pattern_limit_hits", "pattern limit hits", cf_summary_limit_hits(s)};
    return n;
}

static int by_rendering_count(const void *a, const void *b) {
    const cf_rendering *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return strcmp(x->rendered, y->rendered);
}

/* Sorts a code's renderings, most frequent first (they belong to the summary, which is not
 * changed otherwise: the order is all that moves). */
static void sort_renderings(const cf_code_count *c) {
    if (c->nrenderings > 1)
        qsort(c->renderings, c->nrenderings, sizeof *c->renderings, by_rendering_count);
}

static cf_category code_category(const cf_code_count *c) {
    return c->category;
}

/* The bucket where category c peaked (the earliest of equal ones), or -1 when it never occurred. */
static long peak(const cf_bucket *b, size_t nb, cf_category c) {
    long best = -1;
    for (size_t i = 0; i < nb; i++)
        if (b[i].counts[c] > 0 && (best < 0 || b[i].counts[c] > b[best].counts[c]))
            best = (long)i;
    return best;
}

/* Writes a line per error category that occurred: where it peaked, after prefix. */
static void write_peaks(cf_out *o, const cf_bucket *b, size_t nb, const char *prefix) {
    char t[CF_TIMESTAMP_LEN];
    for (int c = CF_CAT_VALIDATION; c < CF_CAT_COUNT; c++) {
        long p = peak(b, nb, (cf_category)c);
        if (p < 0)
            continue;
        cf_timestamp_format(b[p].start, t);
        cf_out_printf(o, "%speak of %s: %llu at %s\n", prefix, cf_category_name((cf_category)c),
                      b[p].counts[c], t);
    }
}

static void json_timeline(const cf_bucket *b, size_t nb, cf_out *o) {
    cf_out_puts(o, ",\"peaks\":{");
    for (int c = CF_CAT_VALIDATION; c < CF_CAT_COUNT; c++) {
        long p = peak(b, nb, (cf_category)c);
        cf_out_printf(o, "%s\"%s\":", c > CF_CAT_VALIDATION ? "," : "",
                      cf_category_id((cf_category)c));
        if (p < 0) {
            cf_out_puts(o, "null");
            continue;
        }
        cf_out_puts(o, "{\"start\":");
        cf_timestamp_json(o, 1, b[p].start);
        cf_out_printf(o, ",\"count\":%llu}", b[p].counts[c]);
    }
    cf_out_puts(o, "},\"timeline\":[");
    for (size_t i = 0; i < nb; i++) {
        cf_out_puts(o, i ? ",{\"start\":" : "{\"start\":");
        cf_timestamp_json(o, 1, b[i].start);
        for (int c = 0; c < CF_CAT_COUNT; c++)
            cf_out_printf(o, ",\"%s\":%llu", cf_category_id((cf_category)c), b[i].counts[c]);
        cf_out_putc(o, '}');
    }
    cf_out_putc(o, ']');
}

/* ,"renderings":[{"rendered":..,"args":[..],"count":n},...] when any, or
 * ,"renderings_overflowed":true. */
static void json_renderings(const cf_code_count *c, cf_out *o) {
    if (c->renderings_overflowed) {
        cf_out_puts(o, ",\"renderings_overflowed\":true");
        return;
    }
    if (c->nrenderings == 0)
        return;
    sort_renderings(c);
    cf_out_puts(o, ",\"renderings\":[");
    for (size_t k = 0; k < c->nrenderings; k++) {
        const cf_rendering *r = &c->renderings[k];
        cf_out_puts(o, k ? ",{\"rendered\":" : "{\"rendered\":");
        cf_out_json_string(o, r->rendered, strlen(r->rendered));
        cf_out_puts(o, ",\"args\":[");
        const char *a = r->args;
        for (int i = 0; i < r->nargs; a += strlen(a) + 1, i++) {
            if (i > 0)
                cf_out_putc(o, ',');
            cf_out_json_string(o, a, strlen(a));
        }
        cf_out_printf(o, "],\"count\":%llu}", r->count);
    }
    cf_out_putc(o, ']');
}

static void write_json(const cf_summary *s, const cf_code_count *codes, size_t n,
                       const cf_bucket *b, size_t nb, cf_out *o) {
    total t[6];
    size_t nt = totals(s, t);
    int64_t first, last;
    int timed = cf_summary_time_span(s, &first, &last);
    for (size_t i = 0; i < nt; i++)
        cf_out_printf(o, "%s\"%s\":%llu", i ? "," : "{", t[i].id, t[i].value);
    cf_out_printf(o, ",\"untimed_codes\":%llu,\"bucket_seconds\":%lld,\"first_time\":",
                  cf_summary_untimed(s), (long long)(cf_summary_bucket(s) / 1000));
    cf_timestamp_json(o, timed, first);
    cf_out_puts(o, ",\"last_time\":");
    cf_timestamp_json(o, timed, last);
    cf_scope_json_window(s, o);
    cf_out_puts(o, ",\"categories\":{");
    for (int c = 0; c < CF_CAT_COUNT; c++)
        cf_out_printf(o, "%s\"%s\":%llu", c ? "," : "", cf_category_id((cf_category)c),
                      cf_summary_category(s, (cf_category)c));
    cf_out_putc(o, '}');
    json_timeline(b, nb, o);
    cf_out_puts(o, ",\"codes\":[");
    for (size_t i = 0; i < n; i++) {
        cf_out_printf(o, "%s{\"code\":\"%s\",\"category\":\"%s\",\"message\":", i ? "," : "",
                      codes[i].code, cf_category_id(code_category(&codes[i])));
        if (codes[i].entry != NULL)
            cf_out_json_string(o, codes[i].entry->message, strlen(codes[i].entry->message));
        else
            cf_out_puts(o, "null");
        cf_out_printf(o, ",\"count\":%llu,\"first_seen\":", codes[i].count);
        cf_timestamp_json(o, codes[i].timed, codes[i].first_ms);
        cf_out_puts(o, ",\"last_seen\":");
        cf_timestamp_json(o, codes[i].timed, codes[i].last_ms);
        json_renderings(&codes[i], o);
        cf_out_putc(o, '}');
    }
    cf_out_putc(o, ']');
    cf_scope_json_files(s, o);
    cf_out_puts(o, "}\n");
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
        sort_renderings(&codes[i]);
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
    total t[6];
    size_t nt = totals(s, t);
    int64_t first, last;
    int w = width_of(cf_summary_lines(s) > cf_summary_codes_total(s) ? cf_summary_lines(s)
                                                                     : cf_summary_codes_total(s));
    if (w < 5)
        w = 5;
    for (size_t i = 0; i < nt; i++)
        if (i < 4 || t[i].value > 0) /* the last two only when they happened */
            cf_out_printf(o, "%-30s %*llu\n", t[i].label, w, t[i].value);
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
    total t[6];
    size_t nt = totals(s, t);
    int64_t first, last;
    int timed = cf_summary_time_span(s, &first, &last);
    char when[CF_TIMESTAMP_LEN];
    cf_out_puts(o, "kind,key,category,count,message,first_seen,last_seen\r\n");
    for (size_t i = 0; i < nt; i++) {
        cf_out_printf(o, "total,%s,,%llu,", t[i].id, t[i].value);
        csv_times(o, i == 0 && timed, first, last); /* the lines' row holds the input's times */
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
        sort_renderings(&codes[i]);
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

static void write_markdown(const cf_summary *s, const cf_code_count *codes, size_t n,
                           const cf_bucket *b, size_t nb, cf_out *o) {
    total t[6];
    size_t nt = totals(s, t);
    char first[CF_TIMESTAMP_LEN], last[CF_TIMESTAMP_LEN];
    cf_out_puts(o, "| total | count |\n|---|---:|\n");
    for (size_t i = 0; i < nt; i++)
        cf_out_printf(o, "| %s | %llu |\n", t[i].label, t[i].value);
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
    int header = 0;
    for (size_t i = 0; i < n; i++) {
        sort_renderings(&codes[i]);
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

/* One metric's HELP and TYPE lines. */
static void prom_head(cf_out *o, const char *name, const char *type, const char *help) {
    cf_out_printf(o, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void write_prometheus(const cf_summary *s, const cf_code_count *codes, size_t n, cf_out *o) {
    static const struct {
        const char *name, *help;
        int total;
    } counters[] = {
        {"codefilter_lines_total", "Lines read.", 0},
        {"codefilter_selected_lines_total", "Lines selected by the filters.", 1},
        {"codefilter_lines_with_codes_total", "Selected lines holding a status code.", 2},
        {"codefilter_long_lines_total", "Lines over --max-line, passed on unannotated.", 4},
        {"codefilter_pattern_limit_hits_total", "Matches abandoned at PCRE2's limits.", 5},
    };
    total t[6];
    totals(s, t);
    for (size_t i = 0; i < sizeof counters / sizeof *counters; i++) {
        prom_head(o, counters[i].name, "counter", counters[i].help);
        cf_out_printf(o, "%s %llu\n", counters[i].name, t[counters[i].total].value);
    }
    prom_head(o, "codefilter_category_codes_total", "counter",
              "Status codes found on selected lines, by category.");
    for (int c = 0; c < CF_CAT_COUNT; c++)
        cf_out_printf(o, "codefilter_category_codes_total{category=\"%s\"} %llu\n",
                      cf_category_id((cf_category)c), cf_summary_category(s, (cf_category)c));
    prom_head(o, "codefilter_codes_total", "counter",
              "Status codes found on selected lines, by code.");
    for (size_t i = 0; i < n; i++)
        cf_out_printf(o, "codefilter_codes_total{code=\"%s\",category=\"%s\"} %llu\n",
                      codes[i].code, cf_category_id(code_category(&codes[i])), codes[i].count);
    int64_t first, last;
    if (cf_summary_time_span(s, &first, &last)) {
        prom_head(o, "codefilter_last_code_timestamp_seconds", "gauge",
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
        write_json(s, codes, n, b, nb, o);
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
