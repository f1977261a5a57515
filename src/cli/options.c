#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "timestamp.h"

enum { ARG_NONE, ARG_REQUIRED, ARG_OPTIONAL };

typedef struct opt opt;

/* Reads an option's argument (NULL when it was given none) into the field of o its row names.
 * Returns 0, or -1 with err set. */
typedef int (*opt_set)(cf_options *o, const opt *t, const char *arg, cf_error *err);

/* A row of the table, as pcre2grep's optionlist: the option's spellings, how it reads its argument
 * and where that goes, the commands that take it, and its line in --help. */
struct opt {
    const char *name;
    char short_name; /* 0: long only */
    int arg;
    const char *arg_name;
    opt_set set;       /* how the argument is read */
    size_t field;      /* where it goes: FIELD(name), an offset in cf_options */
    size_t also;       /* an int set to 1 as well: ALSO(name), or 0 for none */
    long long value;   /* a flag's value, or the largest number taken (0: no limit) */
    const char *use;   /* what a bad argument should be instead: "invalid --x 'y' (use ...)" */
    unsigned commands; /* the cf_command_id bits of the commands that take it */
    const char *help;  /* NULL: an alias, or a subcommand's only; not listed in --help */
};

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

static int set_flag(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int add_item(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int set_string(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int set_output(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int set_color(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int set_summary(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int set_time(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int set_size(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int set_duration(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int set_threads(cf_options *o, const opt *t, const char *arg, cf_error *err);
static int set_count(cf_options *o, const opt *t, const char *arg, cf_error *err);

#define LINES "a number of lines, 0 or more"

static const opt table[] = {
    {"catalogue", 0, ARG_REQUIRED, "FILE", add_item, FIELD(catalogues), 0, 0, NULL, CATALOGUES,
     "add or override codes from a catalogue JSON file (repeatable)"},
    {"patterns", 0, ARG_REQUIRED, "FILE", add_item, FIELD(patterns), 0, 0, NULL, PATTERNS,
     "find codes with the PCRE2 patterns in FILE instead of the built-in ones (repeatable)"},
    {"add-patterns", 0, ARG_REQUIRED, "FILE", add_item, FIELD(add_patterns), 0, 0, NULL, PATTERNS,
     "add the patterns, pieces and words in FILE to the built-in ones (repeatable)"},
    {"output", 0, ARG_REQUIRED, "FORMAT", set_output, FIELD(output), 0, 0, "text or jsonl", FILTER,
     "text (default: lines with annotations) or jsonl (one JSON object a line)"},
    {"color", 0, ARG_OPTIONAL, "WHEN", set_color, FIELD(color), 0, 0, "auto, always or never",
     FILTER, "color output: auto (default), always, never (also --colour)"},
    {"colour", 0, ARG_OPTIONAL, "WHEN", set_color, FIELD(color), 0, 0, "auto, always or never",
     FILTER, NULL},
    {"category", 0, ARG_REQUIRED, "LIST", add_item, FIELD(categories), 0, 0, NULL,
     FILTER | CF_CMD_LIST,
     "select lines with a code in these categories (comma-separated): success, validation, "
     "client, server, unknown"},
    {"code", 0, ARG_REQUIRED, "LIST", add_item, FIELD(codes), 0, 0, NULL, FILTER,
     "select lines with one of these codes (comma-separated)"},
    {"errors", 0, ARG_NONE, NULL, set_flag, FIELD(errors), 0, 1, NULL, FILTER,
     "select lines with a code that is not a success"},
    {"invert-match", 'v', ARG_NONE, NULL, set_flag, FIELD(invert), 0, 1, NULL, FILTER,
     "select the lines that do not match"},
    {"since", 0, ARG_REQUIRED, "TIME", set_time, FIELD(window.since_ms), ALSO(window.has_since), 0,
     NULL, FILTER,
     "select lines written at TIME or later: 2026-11-30T14:05[:00][+01:00] (no zone: UTC), or an "
     "age: 45s, 30m, 2h, 1d"},
    {"until", 0, ARG_REQUIRED, "TIME", set_time, FIELD(window.until_ms), ALSO(window.has_until), 0,
     NULL, FILTER,
     "select lines written before TIME (as --since); a line without a time takes the time of the "
     "line before it"},
    {"summary", 's', ARG_OPTIONAL, "FORMAT", set_summary, FIELD(summary_format), ALSO(summary), 0,
     "text, json, csv, markdown, prometheus or html", FILTER,
     "after the lines, print counts: text (default), json, csv, markdown, prometheus, html (short "
     "form -sjson, with no space)"},
    {"summary-file", 0, ARG_REQUIRED, "PATH", set_string, FIELD(summary_file), ALSO(summary), 0,
     NULL, FILTER,
     "write the summary to PATH (replaced whole), not after the lines; implies --summary"},
    {"by-file", 0, ARG_NONE, NULL, set_flag, FIELD(by_file), 0, 1, NULL, FILTER,
     "break the summary's counts down by input file"},
    {"count", 'c', ARG_NONE, NULL, set_flag, FIELD(count), 0, 1, NULL, FILTER,
     "print only the summary, not the lines"},
    {"quiet", 'q', ARG_NONE, NULL, set_flag, FIELD(quiet), 0, 1, NULL, FILTER,
     "print nothing; stop at the first selected line (exit status only)"},
    {"max-line", 0, ARG_REQUIRED, "SIZE", set_size, FIELD(max_line), 0, 0,
     "a size such as 65536, 64K or 64M", FILTER,
     "pass longer lines through without looking for codes: bytes, or with K, M or G (default 64M)"},
    {"threads", 'j', ARG_REQUIRED, "N", set_threads, FIELD(threads), 0, CF_THREADS_MAX,
     "a number from 1 to " XSTR(CF_THREADS_MAX), FILTER,
     "read a regular file with N threads at once (default: the cores, at most 8; 1 for one)"},
    {"line-number", 'n', ARG_NONE, NULL, set_flag, FIELD(line_number), 0, 1, NULL, FILTER,
     "prefix each line with its number in its input, as grep -n"},
    {"with-filename", 'H', ARG_NONE, NULL, set_flag, FIELD(with_filename), 0, 1, NULL, FILTER,
     "prefix each line with its file name, as grep -H"},
    {"no-filename", 'h', ARG_NONE, NULL, set_flag, FIELD(with_filename), 0, 0, NULL, FILTER,
     "no file names: not in lines, nor as jsonl's \"file\" (grep -h)"},
    {"max-count", 'm', ARG_REQUIRED, "NUM", set_count, FIELD(max_count), 0, 0, LINES, FILTER,
     "stop reading an input after NUM selected lines (and their -A context)"},
    {"after-context", 'A', ARG_REQUIRED, "NUM", set_count, FIELD(after), 0, 0, LINES, FILTER,
     "also print NUM lines after each selected line, unannotated"},
    {"before-context", 'B', ARG_REQUIRED, "NUM", set_count, FIELD(before), 0, 0, LINES, FILTER,
     "also print NUM lines before each selected line, unannotated"},
    {"context", 'C', ARG_REQUIRED, "NUM", set_count, FIELD(context), 0, 0, LINES, FILTER,
     "the same as -A NUM -B NUM"},
    {"recursive", 'r', ARG_NONE, NULL, set_flag, FIELD(recursive), 0, 1, NULL, FILTER,
     "read the files under each directory, sorted by name (default: .)"},
    {"merge", 0, ARG_NONE, NULL, set_flag, FIELD(merge), 0, 1, NULL, FILTER,
     "add up the JSON summaries in the FILEs (or standard input) and print one, in the --summary "
     "format"},
    {"bucket", 0, ARG_REQUIRED, "DURATION", set_duration, FIELD(bucket_ms), ALSO(bucket_given),
     366LL * 86400000, "a duration up to 366d, such as 1m, 5m, 1h or 1d", FILTER,
     "timeline buckets in the summary: 1m, 5m, 1h (default), 1d, ..."},
    {"summary-interval", 0, ARG_REQUIRED, "DURATION", set_duration, FIELD(interval_ms),
     ALSO(summary), 0, "a duration such as 30s or 5m", FILTER,
     "also write the summary so far every DURATION (to --summary-file, or stderr)"},
    {"help", 0, ARG_NONE, NULL, set_flag, FIELD(help), 0, 1, NULL, FILTER,
     "print this help and exit"},
    {"version", 'V', ARG_NONE, NULL, set_flag, FIELD(version), 0, 1, NULL, FILTER,
     "print the version and exit"},
    /* The subcommands': -h is their --help, as the filter's is grep's --no-filename. */
    {"help", 'h', ARG_NONE, NULL, set_flag, FIELD(help), 0, 1, NULL, SUBCOMMANDS, NULL},
    {"format", 0, ARG_REQUIRED, "FORMAT", set_string, FIELD(format), 0, 0, NULL,
     CF_CMD_LIST | CF_CMD_AUDIT, NULL},
};

enum { N_OPTIONS = sizeof table / sizeof *table };

static int push(cf_strings *list, const char *s, cf_error *err) {
    const char **items = realloc(list->items, (list->count + 1) * sizeof *items);
    if (items == NULL)
        return cf_error_set(err, "out of memory");
    items[list->count++] = s;
    list->items = items;
    return 0;
}

void cf_options_free(cf_options *o) {
    free(o->catalogues.items);
    free(o->patterns.items);
    free(o->add_patterns.items);
    free(o->categories.items);
    free(o->codes.items);
    free(o->files.items);
    memset(o, 0, sizeof *o);
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
    char *end;
    if (*s < '0' || *s > '9')
        return -1;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    static const struct {
        char unit;
        int64_t ms;
    } units[] = {{'s', 1000}, {'m', 60000}, {'h', 3600000}, {'d', 86400000}};
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if (*end == units[i].unit && end[1] == '\0' && errno == 0 && v > 0 &&
            v <= (unsigned long long)(INT64_MAX / units[i].ms)) {
            *ms = (int64_t)v * units[i].ms;
            return 0;
        }
    return -1;
}

/* The row that t spells: the first that sets the same field the same way (--color for --colour),
 * so that an error names it and getopt_long takes --colo for it. */
static const opt *primary(const opt *t) {
    const opt *p = table;
    while (p->set != t->set || p->field != t->field)
        p++;
    return p;
}

static int invalid(const opt *t, const char *arg, cf_error *err) {
    return cf_error_set(err, "invalid --%s '%s' (use %s)", primary(t)->name, arg, t->use);
}

static int set_flag(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    (void)arg, (void)err;
    *AT(o, t, int) = (int)t->value;
    return 0;
}

static int add_item(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    return push(AT(o, t, cf_strings), arg, err);
}

static int set_string(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    (void)err;
    *AT(o, t, const char *) = arg;
    return 0;
}

static int set_output(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    if (strcmp(arg, "text") == 0)
        *AT(o, t, cf_output_mode) = CF_OUTPUT_TEXT;
    else if (strcmp(arg, "jsonl") == 0)
        *AT(o, t, cf_output_mode) = CF_OUTPUT_JSONL;
    else
        return invalid(t, arg, err);
    return 0;
}

/* grep's words for WHEN, and --color alone for auto. */
static int set_color(cf_options *o, const opt *t, const char *arg, cf_error *err) {
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

static int set_summary(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    if (arg != NULL && cf_report_parse_format(arg, AT(o, t, cf_report_format)) != 0)
        return invalid(t, arg, err);
    return 0;
}

/* The TIME of --since or --until, an age counting back from when parsing began. */
static int set_time(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    const char *why;
    if (cf_timestamp_parse(arg, o->now_ms, AT(o, t, int64_t), &why) != 0)
        return cf_error_set(err, "--%s: bad time '%s': %s", t->name, arg, why);
    return 0;
}

static int set_size(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    return cf_parse_size(arg, AT(o, t, size_t)) != 0 ? invalid(t, arg, err) : 0;
}

static int set_duration(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    int64_t *ms = AT(o, t, int64_t);
    if (cf_parse_duration(arg, ms) != 0 || (t->value > 0 && *ms > t->value))
        return invalid(t, arg, err);
    return 0;
}

static int set_threads(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    char *end;
    errno = 0;
    long n = strtol(arg, &end, 10);
    if (end == arg || *end != '\0' || errno != 0 || n < 1 || n > t->value)
        return invalid(t, arg, err);
    *AT(o, t, int) = (int)n;
    return 0;
}

/* A count of lines, as grep's -m, -A, -B and -C take: digits, 0 and up. */
static int set_count(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    char *end;
    errno = 0;
    long long n = strtoll(arg, &end, 10);
    if (end == arg || *end != '\0' || errno != 0 || n < 0 || *arg == '-' || *arg == '+')
        return invalid(t, arg, err);
    *AT(o, t, long long) = n;
    return 0;
}

/* Applies the option of row t with its argument (NULL when none was given). */
static int apply(cf_options *o, const opt *t, const char *arg, cf_error *err) {
    if (t->set(o, t, arg, err) != 0)
        return -1;
    if (t->also != 0)
        *(int *)(void *)((char *)o + t->also - 1) = 1;
    return 0;
}

/* Builds getopt_long's tables from the filter's rows: a short option's value is its letter, a
 * long-only option's is 256 plus the index of its primary row. */
static void getopt_tables(struct option *longs, char *shorts) {
    size_t k = 0, n = 0;
    shorts[k++] = ':'; /* report a missing argument as ':' */
    for (const opt *t = table; t < table + N_OPTIONS; t++) {
        if (!(t->commands & FILTER))
            continue;
        int val = t->short_name ? t->short_name : 256 + (int)(primary(t) - table);
        longs[n++] = (struct option){t->name, t->arg, NULL, val};
        if (t->short_name) {
            shorts[k++] = t->short_name;
            if (t->arg != ARG_NONE)
                shorts[k++] = ':';
            if (t->arg == ARG_OPTIONAL)
                shorts[k++] = ':';
        }
    }
    longs[n] = (struct option){0, 0, 0, 0};
    shorts[k] = '\0';
}

/* The filter's row for a value getopt_long returned, or NULL. */
static const opt *row_of(int val) {
    if (val >= 256)
        return &table[val - 256];
    for (const opt *t = table; t < table + N_OPTIONS; t++)
        if (t->short_name == val && (t->commands & FILTER))
            return t;
    return NULL;
}

/* Says what is wrong with word, an option getopt_long refused with c ('?' or ':'). */
static int bad_option(int c, const char *word, cf_error *err) {
    if (c == ':')
        return cf_error_set(err, "option '%s' needs an argument", word);
    if (strncmp(word, "--", 2) != 0)
        return cf_error_set(err, "unknown option '-%c'", optopt);
    size_t len = strcspn(word + 2, "=");
    const opt *exact = NULL, *match = NULL;
    int matches = 0;
    for (const opt *t = table; t < table + N_OPTIONS; t++) {
        if ((t->commands & FILTER) && strncmp(t->name, word + 2, len) == 0) {
            matches++;
            match = t;
            if (strlen(t->name) == len)
                exact = t;
        }
    }
    if (exact == NULL && matches == 1) /* an abbreviation of an option without an argument */
        exact = match;
    if (exact != NULL && word[2 + len] == '=' && exact->arg == ARG_NONE)
        return cf_error_set(err, "option '--%s' takes no argument", exact->name);
    if (matches > 1 && exact == NULL)
        return cf_error_set(err, "option '%.*s' is ambiguous", (int)(len + 2), word);
    return cf_error_set(err, "unknown option '%s'", word);
}

/* --merge adds up summaries: the options that choose or read lines have nothing to act on, and
 * taking them silently would pass an unfiltered total for a filtered one. */
static int merge_alone(const cf_options *o, cf_error *err) {
    const char *with = o->categories.count                  ? "--category"
                       : o->codes.count                     ? "--code"
                       : o->errors                          ? "--errors"
                       : o->invert                          ? "--invert-match"
                       : o->quiet                           ? "--quiet"
                       : o->patterns.count                  ? "--patterns"
                       : o->add_patterns.count              ? "--add-patterns"
                       : o->output != CF_OUTPUT_TEXT        ? "--output"
                       : o->max_line != CF_DEFAULT_MAX_LINE ? "--max-line"
                       : o->threads != 0                    ? "--threads"
                       : o->interval_ms > 0                 ? "--summary-interval"
                       : o->line_number                     ? "--line-number"
                       : o->with_filename >= 0              ? "--with-filename/--no-filename"
                       : o->max_count >= 0                  ? "--max-count"
                       : o->after >= 0                      ? "--after-context"
                       : o->before >= 0                     ? "--before-context"
                       : o->context >= 0                    ? "--context"
                       : o->window.has_since                ? "--since"
                       : o->window.has_until                ? "--until"
                                                            : NULL;
    if (with == NULL)
        return 0;
    return cf_error_set(err,
                        "--merge adds up summaries and does not take %s (give it to the runs that "
                        "write the summaries)",
                        with);
}

/* Options that ask for opposite things are refused at the start, naming both, rather than one of
 * them being ignored. */
static int conflicts(const cf_options *o, cf_error *err) {
    const char *with = o->count          ? "-c/--count (prints the summary)"
                       : o->summary_file ? "--summary-file (writes the summary)"
                       : o->summary      ? "-s/--summary (prints the summary)"
                                         : NULL;
    if (o->quiet && with != NULL)
        return cf_error_set(err, "-q/--quiet prints nothing and cannot be used with %s", with);
    if (o->window.has_since && o->window.has_until && o->window.since_ms >= o->window.until_ms) {
        char since[CF_TIMESTAMP_LEN], until[CF_TIMESTAMP_LEN];
        cf_timestamp_format(o->window.since_ms, since);
        cf_timestamp_format(o->window.until_ms, until);
        return cf_error_set(err,
                            "--since (%s) is not before --until (%s): no line could be selected",
                            since, until);
    }
    if (o->count && o->output != CF_OUTPUT_TEXT)
        return cf_error_set(err, "-c/--count prints only the summary, so --output=jsonl has no "
                                 "lines to write (use --summary=json for a JSON summary)");
    return 0;
}

/* Sets the defaults, and the clock that ages count back from. */
static void defaults(cf_options *o) {
    memset(o, 0, sizeof *o);
    o->max_line = CF_DEFAULT_MAX_LINE;
    o->bucket_ms = 3600 * 1000;
    o->with_filename = -1;
    o->max_count = o->after = o->before = o->context = -1;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    o->now_ms = (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

int cf_options_parse(int argc, char **argv, cf_options *o, cf_error *err) {
    struct option longs[N_OPTIONS + 1];
    char shorts[3 * N_OPTIONS + 2];
    defaults(o);
    getopt_tables(longs, shorts);
    opterr = 0;
    optind = 0; /* 0 makes glibc reinitialise, so the parser can run more than once */
    for (;;) {
        int c = getopt_long(argc, argv, shorts, longs, NULL);
        if (c == -1)
            break;
        /* An unknown short option leaves its letter in optopt; a long option's error leaves 0,
         * or the value of the option it named (a letter we know, or 256 and more), and the word
         * is the one getopt_long just passed (argv is permuted only at the next call). */
        if (c == '?' && optopt > 0 && optopt < 256 && row_of(optopt) == NULL) {
            char word[3] = {'-', (char)optopt, '\0'};
            return bad_option(c, word, err);
        }
        if (c == '?' || c == ':')
            return bad_option(c, argv[optind > 0 && optind <= argc ? optind - 1 : argc - 1], err);
        if (apply(o, row_of(c), optarg, err) != 0)
            return -1;
    }
    for (int i = optind; i < argc; i++)
        if (push(&o->files, argv[i], err) != 0)
            return -1;
    return o->merge ? merge_alone(o, err) : conflicts(o, err);
}

/* The row of cmd that arg spells whole: "-h", "--name", or "--name=VALUE" for an option that takes
 * one; NULL when there is none. */
static const opt *command_row(cf_command_id cmd, const char *arg) {
    size_t len = strcspn(arg + 2, "=");
    for (const opt *t = table; t < table + N_OPTIONS; t++) {
        if (!(t->commands & cmd))
            continue;
        if (arg[1] != '-' && arg[1] == t->short_name && arg[2] == '\0' && t->arg == ARG_NONE)
            return t;
        if (arg[1] == '-' && strlen(t->name) == len && memcmp(arg + 2, t->name, len) == 0 &&
            (t->arg != ARG_NONE || arg[2 + len] == '\0'))
            return t;
    }
    return NULL;
}

int cf_options_parse_command(cf_command_id cmd, int argc, char **argv, cf_options *o,
                             cf_error *err) {
    int options = 1;
    defaults(o);
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        if (!options || arg[0] != '-' || arg[1] == '\0') {
            if (push(&o->files, arg, err) != 0)
                return -1;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            options = 0;
            continue;
        }
        const opt *t = command_row(cmd, arg);
        if (t == NULL)
            return cf_error_set(err, "unknown option '%.200s'", arg);
        const char *value = NULL;
        if (t->arg != ARG_NONE) {
            const char *eq = strchr(arg, '=');
            value = eq != NULL ? eq + 1 : i + 1 < argc ? argv[++i] : NULL;
            if (value == NULL)
                return cf_error_set(err, "option '--%s' needs a value", t->name);
        }
        if (apply(o, t, value, err) != 0)
            return -1;
    }
    return 0;
}

/* The synopses of the usage, one a line; the filter's --help joins a command's second to its
 * first with " | ". */
static const struct {
    cf_command_id cmd;
    const char *synopsis;
} synopses[] = {
    {CF_CMD_FILTER, "[OPTION]... [FILE]..."},
    {CF_CMD_EXPLAIN, "explain [--catalogue=FILE]... CODE..."},
    {CF_CMD_LIST, "list [--catalogue=FILE]... [--category=LIST] [--format=table|json|csv]"},
    {CF_CMD_CATALOGUE, "catalogue import FILE"},
    {CF_CMD_CATALOGUE, "catalogue check FILE..."},
    {CF_CMD_AUDIT, "audit [--catalogue=FILE]... [--patterns=FILE]... [--add-patterns=FILE]...\n"
                   "                        [--format=text|json] [FILE]..."},
};

void cf_options_usage(cf_out *out, int with_filter) {
    const char *lead = "Usage: codefilter ";
    int first = 1;
    for (size_t i = 0; i < sizeof synopses / sizeof *synopses; i++) {
        if (synopses[i].cmd == CF_CMD_FILTER && !with_filter)
            continue;
        if (with_filter && i > 0 && synopses[i].cmd == synopses[i - 1].cmd) {
            cf_out_printf(out, " | %s", synopses[i].synopsis);
            continue;
        }
        cf_out_printf(out, "%s%s%s", first ? "" : "\n", lead, synopses[i].synopsis);
        lead = "       codefilter ";
        first = 0;
    }
    cf_out_putc(out, '\n');
}

static const char what_a_code_is[] =
    "Annotate and count the six-digit status codes in API logs.\n"
    "Reads standard input when no FILE is given, or for FILE '-'.\n\n"
    "A code is a number standing as a word (no digit, letter or decimal part touching it) that "
    "is\n"
    "- the value of a status key, in any key-value syntax: code=040011, \"errorCode\":\"040011\",\n"
    "  <RetCode>040011</RetCode>, x-result-code: 040011, 'code': 40011 (a catalogue code "
    "padded);\n"
    "  a key is a status key by its words: not zip_code=100000, sms code=123456, exit code=1;\n"
    "- named by a phrase: upstream error 040024: ..., returned code 130001, failed with status "
    "500000;\n"
    "  not a count or measure: status 100000 items;\n"
    "- a catalogue code beside its own message: [040004] The exchange rate has expired...;\n"
    "  not a bare number in brackets: [123456] [INFO], user_ids: [123456].\n"
    "Text inside JSON strings is searched too; codefilter's own annotations never are.\n"
    "Extend it with --add-patterns=FILE (lines 'words qualifier gateway', 'rule mine REGEX'),\n"
    "and see what it did not take with 'codefilter audit'.\n\n";

static const char exit_and_environment[] =
    "\nExit status: 0 if a line was selected (always, when nothing filters), 1 if none was, 2 on "
    "trouble;\n128+N when stopped by signal N (130 for Ctrl-C).\n"
    "On SIGUSR1 the summary so far goes to standard error; on SIGHUP the catalogue and patterns "
    "are read again.\n"
    "Environment: NO_COLOR disables color in auto mode; so does TERM=dumb.\n"
    "CODEFILTER_CATALOGUE and CODEFILTER_PATTERNS (paths separated by ':') or the file\n"
    "$XDG_CONFIG_HOME/codefilter/config give catalogues and patterns when no flag does.\n";

void cf_options_help(cf_out *out) {
    cf_options_usage(out, 1);
    cf_out_puts(out, what_a_code_is);
    for (const opt *t = table; t < table + N_OPTIONS; t++) {
        char left[64];
        if (t->help == NULL)
            continue;
        int k = snprintf(left, sizeof left, "%s%c%s--%s", t->short_name ? "-" : " ",
                         t->short_name ? t->short_name : ' ', t->short_name ? ", " : "  ", t->name);
        if (t->arg == ARG_REQUIRED)
            snprintf(left + k, sizeof left - (size_t)k, "=%s", t->arg_name);
        else if (t->arg == ARG_OPTIONAL)
            snprintf(left + k, sizeof left - (size_t)k, "[=%s]", t->arg_name);
        cf_out_printf(out, "  %-26s %s\n", left, t->help);
    }
    cf_out_puts(out, exit_and_environment);
}

int cf_options_row(size_t i, cf_option_row *row) {
    if (i >= N_OPTIONS)
        return -1;
    const opt *t = &table[i];
    *row = (cf_option_row){t->name, t->short_name, t->arg, t->commands, t->help != NULL};
    return 0;
}
