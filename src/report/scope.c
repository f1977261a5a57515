#include "scope.h"

#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "timestamp.h"
#include "utf8.h"

/* A file's total t, one of the first CF_FILE_TOTALS. */
static unsigned long long file_total(const cf_file_count *f, int t) {
    const unsigned long long v[CF_FILE_TOTALS] = {
        [CF_TOTAL_LINES] = f->lines,
        [CF_TOTAL_SELECTED] = f->selected,
        [CF_TOTAL_WITH_CODES] = f->with_codes,
        [CF_TOTAL_CODES] = f->codes,
    };
    return v[t];
}

void cf_scope_text_window(const cf_summary *s, cf_out *o) {
    const cf_window *w = cf_summary_window(s);
    char t[CF_TIMESTAMP_LEN];
    if (w != NULL && w->has_since) {
        cf_timestamp_format(w->since_ms, t);
        cf_out_printf(o, "%-30s %s\n", "window since (inclusive)", t);
    }
    if (w != NULL && w->has_until) {
        cf_timestamp_format(w->until_ms, t);
        cf_out_printf(o, "%-30s %s\n", "window until (exclusive)", t);
    }
}

/* Writes a file's name as the last column of a text table row: a line break in it, which would
 * end the row, is written U+FFFD, as in a Markdown table. */
static void text_name(cf_out *o, const char *name) {
    for (; *name; name++) {
        if (*name == '\n' || *name == '\r')
            cf_out_puts(o, "\xEF\xBF\xBD");
        else
            cf_out_putc(o, *name);
    }
}

void cf_scope_text_files(const cf_summary *s, int w, cf_out *o) {
    static const char *const heads[CF_FILE_TOTALS] = {"lines", "selected", "with codes", "codes"};
    if (!cf_summary_keeps_files(s))
        return;
    cf_file_count *f;
    size_t n = cf_summary_files(s, &f);
    if (w < 10)
        w = 10;
    cf_out_putc(o, '\n');
    for (int i = 0; i < CF_FILE_TOTALS; i++)
        cf_out_printf(o, "%*s ", w, heads[i]);
    for (int c = 0; c < CF_CAT_COUNT; c++)
        cf_out_printf(o, "%*s ", w, cf_category_id((cf_category)c));
    cf_out_puts(o, " file\n");
    for (size_t k = 0; k < n; k++) {
        for (int i = 0; i < CF_FILE_TOTALS; i++)
            cf_out_printf(o, "%*llu ", w, file_total(&f[k], i));
        for (int c = 0; c < CF_CAT_COUNT; c++)
            cf_out_printf(o, "%*llu ", w, f[k].categories[c]);
        cf_out_putc(o, ' ');
        text_name(o, f[k].name);
        cf_out_putc(o, '\n');
    }
    free(f);
}

void cf_scope_json_window(const cf_summary *s, cf_out *o) {
    const cf_window *w = cf_summary_window(s);
    if (w == NULL)
        return;
    cf_out_puts(o, ",\"window\":{\"since\":");
    cf_timestamp_json(o, w->has_since, w->since_ms);
    cf_out_puts(o, ",\"until\":");
    cf_timestamp_json(o, w->has_until, w->until_ms);
    cf_out_putc(o, '}');
}

void cf_scope_json_files(const cf_summary *s, cf_out *o) {
    if (!cf_summary_keeps_files(s))
        return;
    cf_file_count *f;
    size_t n = cf_summary_files(s, &f);
    cf_out_puts(o, ",\"files\":[");
    for (size_t k = 0; k < n; k++) {
        cf_out_puts(o, k ? ",{\"file\":" : "{\"file\":");
        cf_out_json_string(o, f[k].name, strlen(f[k].name));
        for (int i = 0; i < CF_FILE_TOTALS; i++)
            cf_out_printf(o, ",\"%s\":%llu", cf_total_names[i].key, file_total(&f[k], i));
        cf_out_puts(o, ",\"categories\":{");
        for (int c = 0; c < CF_CAT_COUNT; c++)
            cf_out_printf(o, "%s\"%s\":%llu", c ? "," : "", cf_category_id((cf_category)c),
                          f[k].categories[c]);
        cf_out_puts(o, "}}");
    }
    cf_out_putc(o, ']');
    free(f);
}

void cf_scope_csv(const cf_summary *s, cf_out *o) {
    const cf_window *w = cf_summary_window(s);
    char t[CF_TIMESTAMP_LEN];
    cf_file_count *f;
    size_t n = cf_summary_files(s, &f);
    if (w != NULL && w->has_since) {
        cf_timestamp_format(w->since_ms, t);
        cf_out_printf(o, "window,since,,,,%s,\r\n", t);
    }
    if (w != NULL && w->has_until) {
        cf_timestamp_format(w->until_ms, t);
        cf_out_printf(o, "window,until,,,,,%s\r\n", t);
    }
    for (size_t k = 0; k < n; k++) {
        for (int i = 0; i < CF_FILE_TOTALS; i++) {
            cf_out_printf(o, "file,%s,,%llu,", cf_total_names[i].key, file_total(&f[k], i));
            cf_report_csv_field(o, f[k].name);
            cf_out_puts(o, ",,\r\n");
        }
        for (int c = 0; c < CF_CAT_COUNT; c++) {
            const char *id = cf_category_id((cf_category)c);
            cf_out_printf(o, "file,%s,%s,%llu,", id, id, f[k].categories[c]);
            cf_report_csv_field(o, f[k].name);
            cf_out_puts(o, ",,\r\n");
        }
    }
    free(f);
}

void cf_scope_markdown(const cf_summary *s, cf_out *o) {
    const cf_window *w = cf_summary_window(s);
    cf_file_count *f;
    size_t n = cf_summary_files(s, &f);
    if (w != NULL) {
        char t[CF_TIMESTAMP_LEN];
        cf_out_puts(o, "\n| window | time (UTC) |\n|---|---|\n");
        cf_timestamp_format(w->since_ms, t);
        cf_out_printf(o, "| since (inclusive) | %s |\n", w->has_since ? t : "-");
        cf_timestamp_format(w->until_ms, t);
        cf_out_printf(o, "| until (exclusive) | %s |\n", w->has_until ? t : "-");
    }
    if (cf_summary_keeps_files(s)) {
        cf_out_puts(o, "\n| file | lines | selected lines | lines with codes | codes | success | "
                       "validation | client | server | unknown |\n"
                       "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    }
    for (size_t k = 0; k < n; k++) {
        cf_out_puts(o, "| ");
        cf_report_md_cell(o, f[k].name);
        cf_out_puts(o, " |");
        for (int i = 0; i < CF_FILE_TOTALS; i++)
            cf_out_printf(o, " %llu |", file_total(&f[k], i));
        for (int c = 0; c < CF_CAT_COUNT; c++)
            cf_out_printf(o, " %llu |", f[k].categories[c]);
        cf_out_putc(o, '\n');
    }
    free(f);
}

/* Writes a label value as the exposition format wants it: valid UTF-8 (a byte that is not is
 * written as U+FFFD), with a backslash, a double quote and a newline escaped. */
static void prom_label(cf_out *o, const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t l = u[i] >= 0x80 ? cf_utf8_char(u + i, n - i) : 1;
        if (l == 0) {
            cf_out_puts(o, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        if (u[i] == '\\' || u[i] == '"')
            cf_out_putc(o, '\\');
        if (u[i] == '\n')
            cf_out_puts(o, "\\n");
        else
            cf_out_write(o, s + i, l);
        i += l;
    }
}

void cf_scope_prom_seconds(cf_out *o, int64_t ms) {
    unsigned long long a = ms < 0 ? 0ULL - (unsigned long long)ms : (unsigned long long)ms;
    cf_out_printf(o, "%s%llu.%03llu", ms < 0 ? "-" : "", a / 1000, a % 1000);
}

static void prom_window(const cf_summary *s, cf_out *o) {
    const cf_window *w = cf_summary_window(s);
    static const char *const names[2] = {"codefilter_window_since_timestamp_seconds",
                                         "codefilter_window_until_timestamp_seconds"};
    static const char *const helps[2] = {
        "Start of the window lines were selected in (--since, inclusive), in seconds since 1970.",
        "End of the window lines were selected in (--until, exclusive), in seconds since 1970."};
    for (int i = 0; w != NULL && i < 2; i++) {
        int has = i == 0 ? w->has_since : w->has_until;
        int64_t ms = i == 0 ? w->since_ms : w->until_ms;
        if (!has)
            continue;
        cf_report_prom_head(o, names[i], "gauge", helps[i]);
        cf_out_printf(o, "%s ", names[i]);
        cf_scope_prom_seconds(o, ms);
        cf_out_putc(o, '\n');
    }
}

void cf_scope_prometheus(const cf_summary *s, cf_out *o) {
    static const char *const names[4] = {
        "codefilter_file_lines_total", "codefilter_file_selected_lines_total",
        "codefilter_file_lines_with_codes_total", "codefilter_file_category_codes_total"};
    static const char *const helps[4] = {
        "Lines read, by input file.", "Lines selected by the filters, by input file.",
        "Selected lines holding a status code, by input file.",
        "Status codes found on selected lines, by input file and category."};
    cf_file_count *f;
    size_t n = cf_summary_files(s, &f);
    prom_window(s, o);
    for (int i = 0; n > 0 && i < CF_FILE_TOTALS; i++) {
        cf_report_prom_head(o, names[i], "counter", helps[i]);
        for (size_t k = 0; k < n; k++) {
            for (int c = 0; c < (i == 3 ? CF_CAT_COUNT : 1); c++) {
                cf_out_printf(o, "%s{file=\"", names[i]);
                prom_label(o, f[k].name);
                if (i == 3)
                    cf_out_printf(o, "\",category=\"%s", cf_category_id((cf_category)c));
                cf_out_printf(o, "\"} %llu\n", i == 3 ? f[k].categories[c] : file_total(&f[k], i));
            }
        }
    }
    free(f);
}

int cf_scope_json_read_window(const cf_member_place *pl, const cJSON *o, cf_window *w) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "window");
    memset(w, 0, sizeof *w);
    if (v == NULL || cJSON_IsNull(v))
        return 0;
    if (!cJSON_IsObject(v))
        return cf_member_must(pl, "window", "an object with \"since\" and \"until\"");
    if (cf_member_time(pl, cJSON_GetObjectItemCaseSensitive(v, "since"), "since", &w->has_since,
                       &w->since_ms) != 0 ||
        cf_member_time(pl, cJSON_GetObjectItemCaseSensitive(v, "until"), "until", &w->has_until,
                       &w->until_ms) != 0)
        return -1;
    if (w->has_since && w->has_until && w->since_ms >= w->until_ms)
        return cf_member_fail(pl, "summary: the window's \"since\" is not before its \"until\"");
    return 0;
}

/* Reads one file's counts of a summary's "files" (name borrowed from the JSON), checked as the
 * summary's own are. */
static int read_file(const cf_member_place *pl, const cJSON *f, cf_file_count *c) {
    unsigned long long *v[CF_FILE_TOTALS] = {[CF_TOTAL_LINES] = &c->lines,
                                             [CF_TOTAL_SELECTED] = &c->selected,
                                             [CF_TOTAL_WITH_CODES] = &c->with_codes,
                                             [CF_TOTAL_CODES] = &c->codes};
    unsigned long long sum = 0;
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(f, "file");
    const cJSON *cats = cJSON_GetObjectItemCaseSensitive(f, "categories");
    if (!cJSON_IsString(name) || !cJSON_IsObject(cats))
        return cf_member_must(pl, "files", "a list of {\"file\", counts, \"categories\"}");
    for (size_t i = 0, n = strlen(name->valuestring), l; i < n; i += l)
        if ((l = cf_utf8_char((const unsigned char *)name->valuestring + i, n - i)) == 0)
            return cf_member_must(pl, "file", "valid UTF-8 (as codefilter writes it)");
    c->name = name->valuestring;
    for (int i = 0; i < CF_FILE_TOTALS; i++) {
        const char *key = cf_total_names[i].key;
        if (cf_member_count(pl, cJSON_GetObjectItemCaseSensitive(f, key), key, v[i]) != 0)
            return -1;
    }
    for (int k = 0; k < CF_CAT_COUNT; k++) {
        const char *id = cf_category_id((cf_category)k);
        if (cf_member_count(pl, cJSON_GetObjectItemCaseSensitive(cats, id), id,
                            &c->categories[k]) != 0)
            return -1;
        sum = cf_member_plus(sum, c->categories[k]);
    }
    if (c->selected > c->lines || c->with_codes > c->selected || c->with_codes > c->codes ||
        (c->with_codes == 0 && c->codes > 0) || sum != c->codes)
        return cf_member_fail(pl, "summary: the counts of a file in \"files\" do not add up as a "
                                  "summary's do");
    return 0;
}

int cf_scope_json_read_files(const cf_member_place *pl, const cJSON *o,
                             const unsigned long long totals[CF_TOTAL_COUNT],
                             const unsigned long long categories[CF_CAT_COUNT], cf_summary *s) {
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(o, "files");
    unsigned long long sums[CF_FILE_TOTALS] = {0}, cats[CF_CAT_COUNT] = {0};
    int more = 0;
    if (list == NULL)
        return 0;
    if (!cJSON_IsArray(list))
        return cf_member_must(pl, "files", "an array");
    if (s != NULL && cf_summary_keep_files(s) != 0)
        return cf_member_fail(pl, "out of memory");
    for (const cJSON *f = list->child; f != NULL; f = f->next) {
        cf_file_count c;
        memset(&c, 0, sizeof c);
        if (read_file(pl, f, &c) != 0)
            return -1;
        if (s != NULL && cf_summary_add_file(s, &c) != 0)
            return cf_member_fail(pl, "out of memory");
        sums[CF_TOTAL_LINES] = cf_member_plus(sums[CF_TOTAL_LINES], c.lines);
        sums[CF_TOTAL_SELECTED] = cf_member_plus(sums[CF_TOTAL_SELECTED], c.selected);
        sums[CF_TOTAL_WITH_CODES] = cf_member_plus(sums[CF_TOTAL_WITH_CODES], c.with_codes);
        sums[CF_TOTAL_CODES] = cf_member_plus(sums[CF_TOTAL_CODES], c.codes);
        for (int k = 0; k < CF_CAT_COUNT; k++)
            cats[k] = cf_member_plus(cats[k], c.categories[k]);
    }
    for (int i = 0; i < CF_FILE_TOTALS; i++)
        more |= sums[i] > totals[i];
    for (int k = 0; k < CF_CAT_COUNT; k++)
        more |= cats[k] > categories[k];
    return more ? cf_member_fail(pl, "summary: the counts of \"files\" add up to more than the "
                                     "summary's")
                : 0;
}
