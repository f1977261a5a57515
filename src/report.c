#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "annotate.h"

int cf_report_parse_format(const char *name, cf_report_format *out) {
    static const struct {
        const char *name;
        cf_report_format format;
    } names[] = {{"text", CF_REPORT_TEXT},
                 {"json", CF_REPORT_JSON},
                 {"csv", CF_REPORT_CSV},
                 {"markdown", CF_REPORT_MARKDOWN},
                 {"md", CF_REPORT_MARKDOWN}};
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

static cf_category code_category(const cf_code_count *c) {
    return c->entry != NULL ? c->entry->category : CF_CAT_UNKNOWN;
}

static void write_json(const cf_summary *s, const cf_code_count *codes, size_t n, cf_out *o) {
    total t[6];
    size_t nt = totals(s, t);
    for (size_t i = 0; i < nt; i++)
        cf_out_printf(o, "%s\"%s\":%llu", i ? "," : "{", t[i].id, t[i].value);
    cf_out_puts(o, ",\"categories\":{");
    for (int c = 0; c < CF_CAT_COUNT; c++)
        cf_out_printf(o, "%s\"%s\":%llu", c ? "," : "", cf_category_id((cf_category)c),
                      cf_summary_category(s, (cf_category)c));
    cf_out_puts(o, "},\"codes\":[");
    for (size_t i = 0; i < n; i++) {
        cf_out_printf(o, "%s{\"code\":\"%s\",\"category\":\"%s\",\"message\":", i ? "," : "",
                      codes[i].code, cf_category_id(code_category(&codes[i])));
        if (codes[i].entry != NULL)
            cf_out_json_string(o, codes[i].entry->message, strlen(codes[i].entry->message));
        else
            cf_out_puts(o, "null");
        cf_out_printf(o, ",\"count\":%llu}", codes[i].count);
    }
    cf_out_puts(o, "]}\n");
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

static void write_text(const cf_summary *s, const cf_code_count *codes, size_t n, int color,
                       cf_out *o) {
    total t[6];
    size_t nt = totals(s, t);
    int w = width_of(cf_summary_lines(s) > cf_summary_codes_total(s) ? cf_summary_lines(s)
                                                                     : cf_summary_codes_total(s));
    if (w < 5)
        w = 5;
    for (size_t i = 0; i < nt; i++)
        if (i < 4 || t[i].value > 0) /* the last two only when they happened */
            cf_out_printf(o, "%-30s %*llu\n", t[i].label, w, t[i].value);
    cf_out_printf(o, "\n%-30s %*s\n", "category", w, "codes");
    unsigned long long most = 0;
    for (int c = 0; c < CF_CAT_COUNT; c++)
        if (cf_summary_category(s, (cf_category)c) > most)
            most = cf_summary_category(s, (cf_category)c);
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        unsigned long long v = cf_summary_category(s, (cf_category)c);
        if (color)
            cf_out_puts(o, cf_annotate_color((cf_category)c));
        cf_out_printf(o, "%-30s", cf_category_name((cf_category)c));
        if (color)
            cf_out_puts(o, "\033[0m");
        cf_out_printf(o, " %*llu", w, v);
        if (color)
            bar(o, v, most);
        cf_out_putc(o, '\n');
    }
    if (n == 0)
        return;
    cf_out_printf(o, "\n%-6s  %-10s %*s  %s\n", "code", "category", w, "count", "message");
    for (size_t i = 0; i < n; i++)
        cf_out_printf(o, "%s  %-10s %*llu  %s\n", codes[i].code,
                      cf_category_id(code_category(&codes[i])), w, codes[i].count,
                      codes[i].entry != NULL ? codes[i].entry->message : "(not in the catalogue)");
}

/* Writes a CSV field, quoted when it holds a comma, a quote or a line break. */
static void csv_field(cf_out *o, const char *s) {
    if (strpbrk(s, ",\"\r\n") == NULL) {
        cf_out_puts(o, s);
        return;
    }
    cf_out_putc(o, '"');
    for (; *s; s++) {
        if (*s == '"')
            cf_out_putc(o, '"');
        cf_out_putc(o, *s);
    }
    cf_out_putc(o, '"');
}

static void write_csv(const cf_summary *s, const cf_code_count *codes, size_t n, cf_out *o) {
    total t[6];
    size_t nt = totals(s, t);
    cf_out_puts(o, "kind,key,category,count,message\r\n");
    for (size_t i = 0; i < nt; i++)
        cf_out_printf(o, "total,%s,,%llu,\r\n", t[i].id, t[i].value);
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        cf_out_printf(o, "category,%s,%s,%llu,", cf_category_id((cf_category)c),
                      cf_category_id((cf_category)c), cf_summary_category(s, (cf_category)c));
        csv_field(o, cf_category_name((cf_category)c));
        cf_out_puts(o, "\r\n");
    }
    for (size_t i = 0; i < n; i++) {
        cf_out_printf(o, "code,%s,%s,%llu,", codes[i].code,
                      cf_category_id(code_category(&codes[i])), codes[i].count);
        csv_field(o, codes[i].entry != NULL ? codes[i].entry->message : "");
        cf_out_puts(o, "\r\n");
    }
}

/* Writes text for a Markdown table cell: '|' and '\' escaped. */
static void md_cell(cf_out *o, const char *s) {
    for (; *s; s++) {
        if (*s == '|' || *s == '\\')
            cf_out_putc(o, '\\');
        cf_out_putc(o, *s);
    }
}

static void write_markdown(const cf_summary *s, const cf_code_count *codes, size_t n, cf_out *o) {
    total t[6];
    size_t nt = totals(s, t);
    cf_out_puts(o, "| total | count |\n|---|---:|\n");
    for (size_t i = 0; i < nt; i++)
        cf_out_printf(o, "| %s | %llu |\n", t[i].label, t[i].value);
    cf_out_puts(o, "\n| category | codes |\n|---|---:|\n");
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        cf_out_puts(o, "| ");
        md_cell(o, cf_category_name((cf_category)c));
        cf_out_printf(o, " | %llu |\n", cf_summary_category(s, (cf_category)c));
    }
    if (n == 0)
        return;
    cf_out_puts(o, "\n| code | category | count | message |\n|---|---|---:|---|\n");
    for (size_t i = 0; i < n; i++) {
        cf_out_printf(o, "| `%s` | %s | %llu | ", codes[i].code,
                      cf_category_id(code_category(&codes[i])), codes[i].count);
        md_cell(o, codes[i].entry != NULL ? codes[i].entry->message : "(not in the catalogue)");
        cf_out_puts(o, " |\n");
    }
}

void cf_report_write(const cf_summary *s, cf_report_format format, int color, cf_out *o) {
    cf_code_count *codes;
    size_t n = cf_summary_codes(s, &codes);
    switch (format) {
    case CF_REPORT_JSON:
        write_json(s, codes, n, o);
        break;
    case CF_REPORT_CSV:
        write_csv(s, codes, n, o);
        break;
    case CF_REPORT_MARKDOWN:
        write_markdown(s, codes, n, o);
        break;
    default:
        write_text(s, codes, n, color, o);
        break;
    }
    free(codes);
}
