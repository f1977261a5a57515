/* optable.c - the option table: what each option of the filter and of the subcommands sets, and
 * how it reads its argument. */
#include "optable.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timestamp.h"

#define FIELD(name)    offsetof(cf_options, name)
#define ALSO(name)     (offsetof(cf_options, name) + 1)
#define AT(o, t, type) ((type *)(void *)((char *)(o) + (t)->field))
#define STR(x)         #x
#define XSTR(x)        STR(x)

/* Where the filter's options and a subcommand's may be spelt. */
enum {
    FILTER = CF_CMD_FILTER,
    SUBCOMMANDS = CF_CMD_EXPLAIN | CF_CMD_LIST | CF_CMD_CATALOGUE | CF_CMD_AUDIT,
    CATALOGUES = FILTER | CF_CMD_EXPLAIN | CF_CMD_LIST | CF_CMD_AUDIT,
    PATTERNS = FILTER | CF_CMD_AUDIT,
};

static int set_flag(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int add_item(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int set_string(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int set_output(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int set_color(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int set_summary(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int set_time(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int set_size(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int set_duration(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int set_threads(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);
static int set_count(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);

#define LINES "a number of lines, 0 or more"

const cf_opt cf_optable[] = {
    {"catalogue", 0, CF_ARG_REQUIRED, "FILE", add_item, FIELD(catalogues), 0, 0, NULL, CATALOGUES,
     "add or override codes from a catalogue JSON file (repeatable)"},
    {"patterns", 0, CF_ARG_REQUIRED, "FILE", add_item, FIELD(patterns), 0, 0, NULL, PATTERNS,
     "find codes with the PCRE2 patterns in FILE instead of the built-in ones (repeatable)"},
    {"add-patterns", 0, CF_ARG_REQUIRED, "FILE", add_item, FIELD(add_patterns), 0, 0, NULL,
     PATTERNS, "add the patterns, pieces and words in FILE to the built-in ones (repeatable)"},
    {"output", 0, CF_ARG_REQUIRED, "FORMAT", set_output, FIELD(output), 0, 0, "text or jsonl",
     FILTER, "text (default: lines with annotations) or jsonl (one JSON object a line)"},
    {"color", 0, CF_ARG_OPTIONAL, "WHEN", set_color, FIELD(color), 0, 0, "auto, always or never",
     FILTER, "color output: auto (default), always, never (also --colour)"},
    {"colour", 0, CF_ARG_OPTIONAL, "WHEN", set_color, FIELD(color), 0, 0, "auto, always or never",
     FILTER, NULL},
    {"category", 0, CF_ARG_REQUIRED, "LIST", add_item, FIELD(categories), 0, 0, NULL,
     FILTER | CF_CMD_LIST,
     "select lines with a code in these categories (comma-separated): success, validation, "
     "client, server, unknown"},
    {"code", 0, CF_ARG_REQUIRED, "LIST", add_item, FIELD(codes), 0, 0, NULL, FILTER,
     "select lines with one of these codes (comma-separated)"},
    {"errors", 0, CF_ARG_NONE, NULL, set_flag, FIELD(errors), 0, 1, NULL, FILTER,
     "select lines with a code that is not a success"},
    {"invert-match", 'v', CF_ARG_NONE, NULL, set_flag, FIELD(invert), 0, 1, NULL, FILTER,
     "select the lines that do not match"},
    {"since", 0, CF_ARG_REQUIRED, "TIME", set_time, FIELD(window.since_ms), ALSO(window.has_since),
     0, NULL, FILTER,
     "select lines written at TIME or later: 2026-11-30T14:05[:00][+01:00] (no zone: UTC), or an "
     "age: 45s, 30m, 2h, 1d"},
    {"until", 0, CF_ARG_REQUIRED, "TIME", set_time, FIELD(window.until_ms), ALSO(window.has_until),
     0, NULL, FILTER,
     "select lines written before TIME (as --since); a line without a time takes the time of the "
     "line before it"},
    {"summary", 's', CF_ARG_OPTIONAL, "FORMAT", set_summary, FIELD(summary_format), ALSO(summary),
     0, "text, json, csv, markdown, prometheus or html", FILTER,
     "after the lines, print counts: text (default), json, csv, markdown, prometheus, html (short "
     "form -sjson, with no space)"},
    {"summary-file", 0, CF_ARG_REQUIRED, "PATH", set_string, FIELD(summary_file), ALSO(summary), 0,
     NULL, FILTER,
     "write the summary to PATH (replaced whole), not after the lines; implies --summary"},
    {"by-file", 0, CF_ARG_NONE, NULL, set_flag, FIELD(by_file), 0, 1, NULL, FILTER,
     "break the summary's counts down by input file"},
    {"count", 'c', CF_ARG_NONE, NULL, set_flag, FIELD(count), 0, 1, NULL, FILTER,
     "print only the summary, not the lines"},
    {"quiet", 'q', CF_ARG_NONE, NULL, set_flag, FIELD(quiet), 0, 1, NULL, FILTER,
     "print nothing; stop at the first selected line (exit status only)"},
    {"max-line", 0, CF_ARG_REQUIRED, "SIZE", set_size, FIELD(max_line), 0, 0,
     "a size such as 65536, 64K or 64M", FILTER,
     "pass longer lines through without looking for codes: bytes, or with K, M or G (default 64M)"},
    {"threads", 'j', CF_ARG_REQUIRED, "N", set_threads, FIELD(threads), 0, CF_THREADS_MAX,
     "a number from 1 to " XSTR(CF_THREADS_MAX), FILTER,
     "read a regular file with N threads at once (default: the cores, at most 8; 1 for one)"},
    {"line-number", 'n', CF_ARG_NONE, NULL, set_flag, FIELD(line_number), 0, 1, NULL, FILTER,
     "prefix each line with its number in its input, as grep -n"},
    {"with-filename", 'H', CF_ARG_NONE, NULL, set_flag, FIELD(with_filename), 0, 1, NULL, FILTER,
     "prefix each line with its file name, as grep -H"},
    {"no-filename", 'h', CF_ARG_NONE, NULL, set_flag, FIELD(with_filename), 0, 0, NULL, FILTER,
     "no file names: not in lines, nor as jsonl's \"file\" (grep -h)"},
    {"max-count", 'm', CF_ARG_REQUIRED, "NUM", set_count, FIELD(max_count), 0, 0, LINES, FILTER,
     "stop reading an input after NUM selected lines (and their -A context)"},
    {"after-context", 'A', CF_ARG_REQUIRED, "NUM", set_count, FIELD(after), 0, 0, LINES, FILTER,
     "also print NUM lines after each selected line, unannotated"},
    {"before-context", 'B', CF_ARG_REQUIRED, "NUM", set_count, FIELD(before), 0, 0, LINES, FILTER,
     "also print NUM lines before each selected line, unannotated"},
    {"context", 'C', CF_ARG_REQUIRED, "NUM", set_count, FIELD(context), 0, 0, LINES, FILTER,
     "the same as -A NUM -B NUM"},
    {"recursive", 'r', CF_ARG_NONE, NULL, set_flag, FIELD(recursive), 0, 1, NULL, FILTER,
     "read the files under each directory, sorted by name (default: .)"},
    {"merge", 0, CF_ARG_NONE, NULL, set_flag, FIELD(merge), 0, 1, NULL, FILTER,
     "add up the JSON summaries in the FILEs (or standard input) and print one, in the --summary "
     "format"},
    {"bucket", 0, CF_ARG_REQUIRED, "DURATION", set_duration, FIELD(bucket_ms), ALSO(bucket_given),
     366LL * 86400000, "a duration up to 366d, such as 1m, 5m, 1h or 1d", FILTER,
     "timeline buckets in the summary: 1m, 5m, 1h (default), 1d, ..."},
    {"summary-interval", 0, CF_ARG_REQUIRED, "DURATION", set_duration, FIELD(interval_ms),
     ALSO(summary), 0, "a duration such as 30s or 5m", FILTER,
     "also write the summary so far every DURATION (to --summary-file, or stderr)"},
    {"help", 0, CF_ARG_NONE, NULL, set_flag, FIELD(help), 0, 1, NULL, FILTER,
     "print this help and exit"},
    {"version", 'V', CF_ARG_NONE, NULL, set_flag, FIELD(version), 0, 1, NULL, FILTER,
     "print the version and exit"},
    /* The subcommands': -h is their --help, as the filter's is grep's --no-filename. */
    {"help", 'h', CF_ARG_NONE, NULL, set_flag, FIELD(help), 0, 1, NULL, SUBCOMMANDS, NULL},
    {"format", 0, CF_ARG_REQUIRED, "FORMAT", set_string, FIELD(format), 0, 0, NULL,
     CF_CMD_LIST | CF_CMD_AUDIT, NULL},
};

_Static_assert(sizeof cf_optable / sizeof *cf_optable == CF_OPTABLE_LEN,
               "CF_OPTABLE_LEN counts the rows");

int cf_strings_push(cf_strings *list, const char *s, cf_error *err) {
    const char **items = realloc(list->items, (list->count + 1) * sizeof *items);
    if (items == NULL)
        return cf_error_set(err, "out of memory");
    items[list->count++] = s;
    list->items = items;
    return 0;
}

int cf_parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    if (*s < '0' || *s > '9')
        return -1;
    unsigned long long v = strtoull(s, &end, 10);
    int shift = 0;
    if (*end == 'K' || *end == 'k')
        shift = 10;
    else if (*end == 'M' || *end == 'm')
        shift = 20;
    else if (*end == 'G' || *end == 'g')
        shift = 30;
    if (shift != 0)
        end++;
    if (errno != 0 || *end != '\0' || v == 0 || v > (SIZE_MAX >> shift))
        return -1;
    *out = (size_t)v << shift;
    return 0;
}

int cf_parse_duration(const char *s, int64_t *ms) {
    return cf_duration_read(s, ms) == 1 && *ms > 0 ? 0 : -1;
}

const cf_opt *cf_opt_primary(const cf_opt *t) {
    const cf_opt *p = cf_optable;
    while (p->set != t->set || p->field != t->field || p->value != t->value)
        p++;
    return p;
}

static int invalid(const cf_opt *t, const char *arg, cf_error *err) {
    return cf_error_set(err, "invalid --%s '%s' (use %s)", cf_opt_primary(t)->name, arg, t->use);
}

static int set_flag(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    (void)arg, (void)err;
    *AT(o, t, int) = (int)t->value;
    return 0;
}

static int add_item(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    return cf_strings_push(AT(o, t, cf_strings), arg, err);
}

static int set_string(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    (void)err;
    *AT(o, t, const char *) = arg;
    return 0;
}

static int set_output(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    if (strcmp(arg, "text") == 0)
        *AT(o, t, cf_output_mode) = CF_OUTPUT_TEXT;
    else if (strcmp(arg, "jsonl") == 0)
        *AT(o, t, cf_output_mode) = CF_OUTPUT_JSONL;
    else
        return invalid(t, arg, err);
    return 0;
}

/* grep's words for WHEN, and --color alone for auto. */
static int set_color(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    cf_color_when *when = AT(o, t, cf_color_when);
    if (arg == NULL || strcmp(arg, "auto") == 0 || strcmp(arg, "tty") == 0 ||
        strcmp(arg, "if-tty") == 0)
        *when = CF_COLOR_AUTO;
    else if (strcmp(arg, "always") == 0 || strcmp(arg, "yes") == 0 || strcmp(arg, "force") == 0)
        *when = CF_COLOR_ALWAYS;
    else if (strcmp(arg, "never") == 0 || strcmp(arg, "no") == 0 || strcmp(arg, "none") == 0)
        *when = CF_COLOR_NEVER;
    else
        return invalid(t, arg, err);
    return 0;
}

static int set_summary(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    if (arg != NULL && cf_report_parse_format(arg, AT(o, t, cf_report_format)) != 0)
        return invalid(t, arg, err);
    return 0;
}

/* The TIME of --since or --until, an age counting back from when parsing began. */
static int set_time(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    const char *why;
    if (cf_timestamp_parse(arg, o->now_ms, AT(o, t, int64_t), &why) != 0)
        return cf_error_set(err, "--%s: bad time '%s': %s", t->name, arg, why);
    return 0;
}

static int set_size(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    return cf_parse_size(arg, AT(o, t, size_t)) != 0 ? invalid(t, arg, err) : 0;
}

static int set_duration(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    int64_t *ms = AT(o, t, int64_t);
    if (cf_parse_duration(arg, ms) != 0 || (t->value > 0 && *ms > t->value))
        return invalid(t, arg, err);
    return 0;
}

static int set_threads(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    char *end;
    errno = 0;
    long n = strtol(arg, &end, 10);
    if (end == arg || *end != '\0' || errno != 0 || n < 1 || n > t->value)
        return invalid(t, arg, err);
    *AT(o, t, int) = (int)n;
    return 0;
}

/* A count of lines, as grep's -m, -A, -B and -C take: digits, 0 and up. */
static int set_count(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    char *end;
    errno = 0;
    long long n = strtoll(arg, &end, 10);
    if (end == arg || *end != '\0' || errno != 0 || n < 0 || *arg == '-' || *arg == '+')
        return invalid(t, arg, err);
    *AT(o, t, long long) = n;
    return 0;
}

int cf_opt_apply(cf_options *o, const cf_opt *t, const char *arg, cf_error *err) {
    if (t->set(o, t, arg, err) != 0)
        return -1;
    if (t->also != 0)
        *(int *)(void *)((char *)o + t->also - 1) = 1;
    return 0;
}
