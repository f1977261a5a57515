#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "timestamp.h"

enum { ARG_NONE, ARG_REQUIRED, ARG_OPTIONAL };

typedef struct opt {
    const char *name;
    char short_name; /* 0: long only */
    int arg;
    const char *arg_name;
    const char *help; /* NULL: an alias, not listed */
} opt;

enum opt_id {
    OPT_CATALOGUE,
    OPT_PATTERNS,
    OPT_ADD_PATTERNS,
    OPT_OUTPUT,
    OPT_COLOR,
    OPT_COLOUR,
    OPT_CATEGORY,
    OPT_CODE,
    OPT_ERRORS,
    OPT_INVERT,
    OPT_SINCE,
    OPT_UNTIL,
    OPT_SUMMARY,
    OPT_SUMMARY_FILE,
    OPT_BY_FILE,
    OPT_COUNT,
    OPT_QUIET,
    OPT_MAX_LINE,
    OPT_THREADS,
    OPT_LINE_NUMBER,
    OPT_WITH_FILENAME,
    OPT_NO_FILENAME,
    OPT_MAX_COUNT,
    OPT_AFTER,
    OPT_BEFORE,
    OPT_CONTEXT,
    OPT_RECURSIVE,
    OPT_MERGE,
    OPT_BUCKET,
    OPT_SUMMARY_INTERVAL,
    OPT_HELP,
    OPT_VERSION,
    OPT_COUNT_OF_OPTIONS
};

static const opt table[OPT_COUNT_OF_OPTIONS] = {
    [OPT_CATALOGUE] = {"catalogue", 0, ARG_REQUIRED, "FILE",
                       "add or override codes from a catalogue JSON file (repeatable)"},
    [OPT_PATTERNS] = {"patterns", 0, ARG_REQUIRED, "FILE",
                      "find codes with the PCRE2 patterns in FILE instead of the built-in ones "
                      "(repeatable)"},
    [OPT_ADD_PATTERNS] = {"add-patterns", 0, ARG_REQUIRED, "FILE",
                          "add the patterns, pieces and words in FILE to the built-in ones "
                          "(repeatable)"},
    [OPT_OUTPUT] = {"output", 0, ARG_REQUIRED, "FORMAT",
                    "text (default: lines with annotations) or jsonl (one JSON object a line)"},
    [OPT_COLOR] = {"color", 0, ARG_OPTIONAL, "WHEN",
                   "color output: auto (default), always, never (also --colour)"},
    [OPT_COLOUR] = {"colour", 0, ARG_OPTIONAL, "WHEN", NULL},
    [OPT_CATEGORY] = {"category", 0, ARG_REQUIRED, "LIST",
                      "select lines with a code in these categories (comma-separated): success, "
                      "validation, client, server, unknown"},
    [OPT_CODE] = {"code", 0, ARG_REQUIRED, "LIST",
                  "select lines with one of these codes (comma-separated)"},
    [OPT_ERRORS] = {"errors", 0, ARG_NONE, NULL, "select lines with a code that is not a success"},
    [OPT_INVERT] = {"invert-match", 'v', ARG_NONE, NULL, "select the lines that do not match"},
    [OPT_SINCE] = {"since", 0, ARG_REQUIRED, "TIME",
                   "select lines written at TIME or later: 2026-11-30T14:05[:00][+01:00] (no "
                   "zone: UTC), or an age: 45s, 30m, 2h, 1d"},
    [OPT_UNTIL] = {"until", 0, ARG_REQUIRED, "TIME",
                   "select lines written before TIME (as --since); a line without a time "
                   "takes the time of the line before it"},
    [OPT_SUMMARY] =
        {"summary", 's', ARG_OPTIONAL, "FORMAT",
         "after the lines, print counts: text (default), json, csv, markdown, prometheus, html "
         "(short form -sjson, with no space)"},
    [OPT_SUMMARY_FILE] = {"summary-file", 0, ARG_REQUIRED, "PATH",
                          "write the summary to PATH (replaced whole), not after the lines; "
                          "implies --summary"},
    [OPT_BY_FILE] = {"by-file", 0, ARG_NONE, NULL, "break the summary's counts down by input file"},
    [OPT_COUNT] = {"count", 'c', ARG_NONE, NULL, "print only the summary, not the lines"},
    [OPT_QUIET] = {"quiet", 'q', ARG_NONE, NULL,
                   "print nothing; stop at the first selected line (exit status only)"},
    [OPT_MAX_LINE] = {"max-line", 0, ARG_REQUIRED, "SIZE",
                      "pass longer lines through without looking for codes: bytes, or with K, "
                      "M or G (default 64M)"},
    [OPT_THREADS] = {"threads", 'j', ARG_REQUIRED, "N",
                     "read a regular file with N threads at once (default: the cores, at most 8; "
                     "1 for one)"},
    [OPT_LINE_NUMBER] = {"line-number", 'n', ARG_NONE, NULL,
                         "prefix each line with its number in its input, as grep -n"},
    [OPT_WITH_FILENAME] = {"with-filename", 'H', ARG_NONE, NULL,
                           "prefix each line with its file name, as grep -H"},
    [OPT_NO_FILENAME] = {"no-filename", 'h', ARG_NONE, NULL,
                         "no file names: not in lines, nor as jsonl's \"file\" (grep -h)"},
    [OPT_MAX_COUNT] = {"max-count", 'm', ARG_REQUIRED, "NUM",
                       "stop reading an input after NUM selected lines (and their -A context)"},
    [OPT_AFTER] = {"after-context", 'A', ARG_REQUIRED, "NUM",
                   "also print NUM lines after each selected line, unannotated"},
    [OPT_BEFORE] = {"before-context", 'B', ARG_REQUIRED, "NUM",
                    "also print NUM lines before each selected line, unannotated"},
    [OPT_CONTEXT] = {"context", 'C', ARG_REQUIRED, "NUM", "the same as -A NUM -B NUM"},
    [OPT_RECURSIVE] = {"recursive", 'r', ARG_NONE, NULL,
                       "read the files under each directory, sorted by name (default: .)"},
    [OPT_BUCKET] = {"bucket", 0, ARG_REQUIRED, "DURATION",
                    "timeline buckets in the summary: 1m, 5m, 1h (default), 1d, ..."},
    [OPT_SUMMARY_INTERVAL] = {"summary-interval", 0, ARG_REQUIRED, "DURATION",
                              "also write the summary so far every DURATION (to --summary-file, "
                              "or stderr)"},
    [OPT_MERGE] = {"merge", 0, ARG_NONE, NULL,
                   "add up the JSON summaries in the FILEs (or standard input) and print one, "
                   "in the --summary format"},
    [OPT_HELP] = {"help", 0, ARG_NONE, NULL, "print this help and exit"},
    [OPT_VERSION] = {"version", 'V', ARG_NONE, NULL, "print the version and exit"},
};

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

/* Parses a count of lines, as grep's -m, -A, -B and -C take: digits, 0 and up. */
static int parse_count(const char *arg, const char *name, long long *out, cf_error *err) {
    char *end;
    errno = 0;
    long long n = strtoll(arg, &end, 10);
    if (end == arg || *end != '\0' || errno != 0 || n < 0 || *arg == '-' || *arg == '+')
        return cf_error_set(err, "invalid %s '%s' (use a number of lines, 0 or more)", name, arg);
    *out = n;
    return 0;
}

static int parse_color(const char *arg, cf_color_when *out) {
    if (arg == NULL || strcmp(arg, "auto") == 0 || strcmp(arg, "tty") == 0 ||
        strcmp(arg, "if-tty") == 0)
        *out = CF_COLOR_AUTO; /* as grep: --color alone means auto */
    else if (strcmp(arg, "always") == 0 || strcmp(arg, "yes") == 0 || strcmp(arg, "force") == 0)
        *out = CF_COLOR_ALWAYS;
    else if (strcmp(arg, "never") == 0 || strcmp(arg, "no") == 0 || strcmp(arg, "none") == 0)
        *out = CF_COLOR_NEVER;
    else
        return -1;
    return 0;
}

/* Reads the TIME of --since or --until (named by option) into *ms and sets *has. */
static int parse_bound(const char *option, const char *arg, int64_t now_ms, int *has, int64_t *ms,
                       cf_error *err) {
    const char *why;
    if (cf_timestamp_parse(arg, now_ms, ms, &why) != 0)
        return cf_error_set(err, "%s: bad time '%s': %s", option, arg, why);
    *has = 1;
    return 0;
}

/* Applies one option with its argument (NULL when none was given). */
static int apply(cf_options *o, enum opt_id id, const char *arg, cf_error *err) {
    switch (id) {
    case OPT_CATALOGUE:
        return push(&o->catalogues, arg, err);
    case OPT_PATTERNS:
        return push(&o->patterns, arg, err);
    case OPT_ADD_PATTERNS:
        return push(&o->add_patterns, arg, err);
    case OPT_CATEGORY:
        return push(&o->categories, arg, err);
    case OPT_CODE:
        return push(&o->codes, arg, err);
    case OPT_SINCE:
        return parse_bound("--since", arg, o->now_ms, &o->window.has_since, &o->window.since_ms,
                           err);
    case OPT_UNTIL:
        return parse_bound("--until", arg, o->now_ms, &o->window.has_until, &o->window.until_ms,
                           err);
    case OPT_BY_FILE:
        o->by_file = 1;
        return 0;
    case OPT_OUTPUT:
        if (strcmp(arg, "text") == 0)
            o->output = CF_OUTPUT_TEXT;
        else if (strcmp(arg, "jsonl") == 0)
            o->output = CF_OUTPUT_JSONL;
        else
            return cf_error_set(err, "invalid --output '%s' (use text or jsonl)", arg);
        return 0;
    case OPT_COLOR:
    case OPT_COLOUR:
        if (parse_color(arg, &o->color) != 0)
            return cf_error_set(err, "invalid --color '%s' (use auto, always or never)", arg);
        return 0;
    case OPT_SUMMARY:
        o->summary = 1;
        if (arg != NULL && cf_report_parse_format(arg, &o->summary_format) != 0)
            return cf_error_set(
                err, "invalid --summary '%s' (use text, json, csv, markdown, prometheus or html)",
                arg);
        return 0;
    case OPT_BUCKET:
        o->bucket_given = 1;
        if (cf_parse_duration(arg, &o->bucket_ms) != 0 || o->bucket_ms > 366LL * 86400000)
            return cf_error_set(
                err, "invalid --bucket '%s' (use a duration up to 366d, such as 1m, 5m, 1h or 1d)",
                arg);
        return 0;
    case OPT_SUMMARY_INTERVAL:
        if (cf_parse_duration(arg, &o->interval_ms) != 0)
            return cf_error_set(
                err, "invalid --summary-interval '%s' (use a duration such as 30s or 5m)", arg);
        o->summary = 1;
        return 0;
    case OPT_MERGE:
        o->merge = 1;
        return 0;
    case OPT_SUMMARY_FILE:
        o->summary = 1;
        o->summary_file = arg;
        return 0;
    case OPT_MAX_LINE:
        if (cf_parse_size(arg, &o->max_line) != 0)
            return cf_error_set(
                err, "invalid --max-line '%s' (use a size such as 65536, 64K or 64M)", arg);
        return 0;
    case OPT_THREADS: {
        char *end;
        errno = 0;
        long n = strtol(arg, &end, 10);
        if (end == arg || *end != '\0' || errno != 0 || n < 1 || n > CF_THREADS_MAX)
            return cf_error_set(err, "invalid --threads '%s' (use a number from 1 to %d)", arg,
                                CF_THREADS_MAX);
        o->threads = (int)n;
        return 0;
    }
    case OPT_LINE_NUMBER:
        o->line_number = 1;
        return 0;
    case OPT_WITH_FILENAME:
        o->with_filename = 1;
        return 0;
    case OPT_NO_FILENAME:
        o->with_filename = 0;
        return 0;
    case OPT_MAX_COUNT:
        return parse_count(arg, "--max-count", &o->max_count, err);
    case OPT_AFTER:
        return parse_count(arg, "--after-context", &o->after, err);
    case OPT_BEFORE:
        return parse_count(arg, "--before-context", &o->before, err);
    case OPT_CONTEXT:
        return parse_count(arg, "--context", &o->context, err);
    case OPT_RECURSIVE:
        o->recursive = 1;
        return 0;
    case OPT_ERRORS:
        o->errors = 1;
        return 0;
    case OPT_INVERT:
        o->invert = 1;
        return 0;
    case OPT_COUNT:
        o->count = 1;
        return 0;
    case OPT_QUIET:
        o->quiet = 1;
        return 0;
    case OPT_HELP:
        o->help = 1;
        return 0;
    case OPT_VERSION:
        o->version = 1;
        return 0;
    default:
        return cf_error_set(err, "internal error: option %d", (int)id);
    }
}

/* Builds getopt_long's tables from ours: a short option's value is its letter, a long-only
 * option's is 256 plus its index. */
static void getopt_tables(struct option *longs, char *shorts) {
    size_t k = 0;
    shorts[k++] = ':'; /* report a missing argument as ':' */
    for (int i = 0; i < OPT_COUNT_OF_OPTIONS; i++) {
        const opt *t = &table[i];
        int same = i == OPT_COLOUR ? OPT_COLOR : i; /* one option, two spellings: --colo is it */
        longs[i] =
            (struct option){t->name, t->arg, NULL, t->short_name ? t->short_name : 256 + same};
        if (t->short_name) {
            shorts[k++] = t->short_name;
            if (t->arg != ARG_NONE)
                shorts[k++] = ':';
            if (t->arg == ARG_OPTIONAL)
                shorts[k++] = ':';
        }
    }
    longs[OPT_COUNT_OF_OPTIONS] = (struct option){0, 0, 0, 0};
    shorts[k] = '\0';
}

static int id_of(int val) {
    if (val >= 256)
        return val - 256;
    for (int i = 0; i < OPT_COUNT_OF_OPTIONS; i++)
        if (table[i].short_name == val)
            return i;
    return -1;
}

/* Says what is wrong with word, an option getopt_long refused with c ('?' or ':'). */
static int bad_option(int c, const char *word, cf_error *err) {
    if (c == ':')
        return cf_error_set(err, "option '%s' needs an argument", word);
    if (strncmp(word, "--", 2) != 0)
        return cf_error_set(err, "unknown option '-%c'", optopt);
    size_t len = strcspn(word + 2, "=");
    int matches = 0, exact = -1;
    for (int i = 0; i < OPT_COUNT_OF_OPTIONS; i++) {
        if (strncmp(table[i].name, word + 2, len) == 0) {
            matches++;
            if (strlen(table[i].name) == len)
                exact = i;
        }
    }
    if (exact < 0 && matches == 1) /* an abbreviation of an option without an argument */
        for (int i = 0; i < OPT_COUNT_OF_OPTIONS; i++)
            if (strncmp(table[i].name, word + 2, len) == 0)
                exact = i;
    if (exact >= 0 && word[2 + len] == '=' && table[exact].arg == ARG_NONE)
        return cf_error_set(err, "option '--%s' takes no argument", table[exact].name);
    if (matches > 1 && exact < 0)
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

int cf_options_parse(int argc, char **argv, cf_options *o, cf_error *err) {
    struct option longs[OPT_COUNT_OF_OPTIONS + 1];
    char shorts[3 * OPT_COUNT_OF_OPTIONS + 2];
    memset(o, 0, sizeof *o);
    o->max_line = CF_DEFAULT_MAX_LINE;
    o->bucket_ms = 3600 * 1000;
    o->with_filename = -1;
    o->max_count = o->after = o->before = o->context = -1;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    o->now_ms = (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
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
        if (c == '?' && optopt > 0 && optopt < 256 && id_of(optopt) < 0) {
            char word[3] = {'-', (char)optopt, '\0'};
            return bad_option(c, word, err);
        }
        if (c == '?' || c == ':')
            return bad_option(c, argv[optind > 0 && optind <= argc ? optind - 1 : argc - 1], err);
        if (apply(o, (enum opt_id)id_of(c), optarg, err) != 0)
            return -1;
    }
    for (int i = optind; i < argc; i++)
        if (push(&o->files, argv[i], err) != 0)
            return -1;
    return o->merge ? merge_alone(o, err) : conflicts(o, err);
}

void cf_options_help(cf_out *out) {
    cf_out_puts(out, "Usage: codefilter [OPTION]... [FILE]...\n"
                     "       codefilter explain [--catalogue=FILE]... CODE...\n"
                     "       codefilter list [--catalogue=FILE]... [--category=LIST] "
                     "[--format=table|json|csv]\n"
                     "       codefilter catalogue import FILE | catalogue check FILE...\n"
                     "       codefilter audit [--catalogue=FILE]... [--patterns=FILE]... "
                     "[--add-patterns=FILE]...\n"
                     "                        [--format=text|json] [FILE]...\n"
                     "Annotate and count the six-digit status codes in API logs.\n"
                     "Reads standard input when no FILE is given, or for FILE '-'.\n\n"
                     "A code is a number standing as a word (no digit, letter or decimal part "
                     "touching it) that is\n"
                     "- the value of a status key, in any key-value syntax: code=040011, "
                     "\"errorCode\":\"040011\",\n"
                     "  <RetCode>040011</RetCode>, x-result-code: 040011, 'code': 40011 (a "
                     "catalogue code padded);\n"
                     "  a key is a status key by its words: not zip_code=100000, sms code=123456, "
                     "exit code=1;\n"
                     "- named by a phrase: upstream error 040024: ..., returned code 130001, "
                     "failed with status 500000;\n"
                     "  not a count or measure: status 100000 items;\n"
                     "- a catalogue code beside its own message: [040004] The exchange rate has "
                     "expired...;\n"
                     "  not a bare number in brackets: [123456] [INFO], user_ids: [123456].\n"
                     "Text inside JSON strings is searched too; codefilter's own annotations never "
                     "are.\n"
                     "Extend it with --add-patterns=FILE (lines 'words qualifier gateway', "
                     "'rule mine REGEX'),\nand see what it did not take with 'codefilter "
                     "audit'.\n\n");
    for (int i = 0; i < OPT_COUNT_OF_OPTIONS; i++) {
        const opt *t = &table[i];
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
    cf_out_puts(out, "\nExit status: 0 if a line was selected (always, when nothing filters), 1 if "
                     "none was, 2 on trouble;\n128+N when stopped by signal N (130 for Ctrl-C).\n"
                     "On SIGUSR1 the summary so far goes to standard error; on SIGHUP the "
                     "catalogue and patterns are read again.\n"
                     "Environment: NO_COLOR disables color in auto mode; so does TERM=dumb.\n"
                     "CODEFILTER_CATALOGUE and CODEFILTER_PATTERNS (paths separated by ':') or the "
                     "file\n$XDG_CONFIG_HOME/codefilter/config give catalogues and patterns when "
                     "no flag does.\n");
}
