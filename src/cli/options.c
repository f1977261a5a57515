/* options.c - the command line read through the option table (optable.h): getopt_long for the
 * filter, whole words for the subcommands; the checks across options; --help and the usage. */
#include "options.h"

#include <getopt.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "optable.h"
#include "timestamp.h"

void cf_options_free(cf_options *o) {
    free(o->catalogues.items);
    free(o->patterns.items);
    free(o->add_patterns.items);
    free(o->categories.items);
    free(o->codes.items);
    free(o->files.items);
    memset(o, 0, sizeof *o);
}

/* Builds getopt_long's tables from the filter's rows: a short option's value is its letter, a
 * long-only option's is 256 plus the index of its primary row. */
static void getopt_tables(struct option *longs, char *shorts) {
    size_t k = 0, n = 0;
    shorts[k++] = ':'; /* report a missing argument as ':' */
    for (const cf_opt *t = cf_optable; t < cf_optable + CF_OPTABLE_LEN; t++) {
        if (!(t->commands & CF_CMD_FILTER))
            continue;
        int val = t->short_name ? t->short_name : 256 + (int)(cf_opt_primary(t) - cf_optable);
        longs[n++] = (struct option){t->name, t->arg, NULL, val};
        if (t->short_name) {
            shorts[k++] = t->short_name;
            if (t->arg != CF_ARG_NONE)
                shorts[k++] = ':';
            if (t->arg == CF_ARG_OPTIONAL)
                shorts[k++] = ':';
        }
    }
    longs[n] = (struct option){0, 0, 0, 0};
    shorts[k] = '\0';
}

/* The filter's row for a value getopt_long returned, or NULL. */
static const cf_opt *row_of(int val) {
    if (val >= 256)
        return &cf_optable[val - 256];
    for (const cf_opt *t = cf_optable; t < cf_optable + CF_OPTABLE_LEN; t++)
        if (t->short_name == val && (t->commands & CF_CMD_FILTER))
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
    const cf_opt *exact = NULL, *match = NULL;
    int matches = 0;
    for (const cf_opt *t = cf_optable; t < cf_optable + CF_OPTABLE_LEN; t++) {
        if ((t->commands & CF_CMD_FILTER) && strncmp(t->name, word + 2, len) == 0) {
            matches++;
            match = t;
            if (strlen(t->name) == len)
                exact = t;
        }
    }
    if (exact == NULL && matches == 1) /* an abbreviation of an option without an argument */
        exact = match;
    if (exact != NULL && word[2 + len] == '=' && exact->arg == CF_ARG_NONE)
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
    struct option longs[CF_OPTABLE_LEN + 1];
    char shorts[3 * CF_OPTABLE_LEN + 2];
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
        if (cf_opt_apply(o, row_of(c), optarg, err) != 0)
            return -1;
    }
    for (int i = optind; i < argc; i++)
        if (cf_strings_push(&o->files, argv[i], err) != 0)
            return -1;
    return o->merge ? merge_alone(o, err) : conflicts(o, err);
}

/* The row of cmd that arg spells whole: "-h", "--name", or "--name=VALUE" for an option that takes
 * one; NULL when there is none. */
static const cf_opt *command_row(cf_command_id cmd, const char *arg) {
    size_t len = strcspn(arg + 2, "=");
    for (const cf_opt *t = cf_optable; t < cf_optable + CF_OPTABLE_LEN; t++) {
        if (!(t->commands & cmd))
            continue;
        if (arg[1] != '-' && arg[1] == t->short_name && arg[2] == '\0' && t->arg == CF_ARG_NONE)
            return t;
        if (arg[1] == '-' && strlen(t->name) == len && memcmp(arg + 2, t->name, len) == 0 &&
            (t->arg != CF_ARG_NONE || arg[2 + len] == '\0'))
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
            if (cf_strings_push(&o->files, arg, err) != 0)
                return -1;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            options = 0;
            continue;
        }
        const cf_opt *t = command_row(cmd, arg);
        if (t == NULL)
            return cf_error_set(err, "unknown option '%.200s'", arg);
        const char *value = NULL;
        if (t->arg != CF_ARG_NONE) {
            const char *eq = strchr(arg, '=');
            value = eq != NULL ? eq + 1 : i + 1 < argc ? argv[++i] : NULL;
            if (value == NULL)
                return cf_error_set(err, "option '--%s' needs a value", t->name);
        }
        if (cf_opt_apply(o, t, value, err) != 0)
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
    for (const cf_opt *t = cf_optable; t < cf_optable + CF_OPTABLE_LEN; t++) {
        char left[64];
        if (t->help == NULL)
            continue;
        int k = snprintf(left, sizeof left, "%s%c%s--%s", t->short_name ? "-" : " ",
                         t->short_name ? t->short_name : ' ', t->short_name ? ", " : "  ", t->name);
        if (t->arg == CF_ARG_REQUIRED)
            snprintf(left + k, sizeof left - (size_t)k, "=%s", t->arg_name);
        else if (t->arg == CF_ARG_OPTIONAL)
            snprintf(left + k, sizeof left - (size_t)k, "[=%s]", t->arg_name);
        cf_out_printf(out, "  %-26s %s\n", left, t->help);
    }
    cf_out_puts(out, exit_and_environment);
}

int cf_options_row(size_t i, cf_option_row *row) {
    if (i >= CF_OPTABLE_LEN)
        return -1;
    const cf_opt *t = &cf_optable[i];
    *row = (cf_option_row){t->name, t->short_name, t->arg, t->commands, t->help != NULL};
    return 0;
}
