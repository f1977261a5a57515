/* options.h - the command line: one table drives the parsing of the filter's options and the
 * subcommands', --help and the usage. */
#ifndef CF_OPTIONS_H
#define CF_OPTIONS_H

#include <stddef.h>
#include <stdint.h>

#include "annotate.h"
#include "error.h"
#include "out.h"
#include "report.h"
#include "window.h"

/* The exit statuses, as grep's: a line was selected, none was, trouble. */
enum { CF_EXIT_SELECTED = 0, CF_EXIT_NONE = 1, CF_EXIT_TROUBLE = 2 };

/* The commands that take options: the filter itself, and each subcommand. */
typedef enum cf_command_id {
    CF_CMD_FILTER = 1,
    CF_CMD_EXPLAIN = 2,
    CF_CMD_LIST = 4,
    CF_CMD_CATALOGUE = 8,
    CF_CMD_AUDIT = 16
} cf_command_id;

typedef enum cf_color_when { CF_COLOR_AUTO, CF_COLOR_ALWAYS, CF_COLOR_NEVER } cf_color_when;

/* A list of option arguments, in command-line order; the strings are borrowed from argv. */
typedef struct cf_strings {
    const char **items;
    size_t count;
} cf_strings;

typedef struct cf_options {
    cf_strings catalogues, patterns, add_patterns, categories, codes;
    cf_output_mode output;
    cf_color_when color;
    int errors, invert, quiet, count, summary, help, version, merge;
    cf_report_format summary_format;
    const char *summary_file; /* --summary-file, or NULL for standard output */
    size_t max_line;          /* bytes; lines longer than this pass through unannotated */
    int64_t bucket_ms;        /* the timeline's bucket width */
    int bucket_given;         /* --bucket was given (else --merge takes the summaries')  */
    int64_t interval_ms;      /* --summary-interval, 0 when not given */
    int threads;              /* --threads, 0 when not given (the default) */
    int line_number;          /* -n */
    int with_filename;        /* -H: 1, -h: 0, neither: -1 */
    long long max_count;      /* -m, -1 when not given */
    long long after, before;  /* -A, -B (or -C), -1 when not given */
    long long context;        /* -C, -1 when not given */
    int recursive;            /* -r */
    cf_window window;         /* --since and --until */
    int by_file;              /* --by-file: the summary breaks its counts down by input */
    int64_t now_ms;           /* the clock when parsing began: ages count back from it */
    const char *format;       /* a subcommand's --format, or NULL */
    cf_strings files;         /* empty: standard input; a subcommand's operands */
} cf_options;

/* The default --max-line: 64 MiB. */
#define CF_DEFAULT_MAX_LINE ((size_t)64 << 20)

/* The most --threads takes. */
#define CF_THREADS_MAX 64

/* Parses a size: digits with an optional K, M or G suffix (powers of 1024). Returns 0 and sets
 * *out, or -1 when s is not a size or is 0. */
int cf_parse_size(const char *s, size_t *out);

/* Parses a duration: a positive number with a unit s, m, h or d ("5m"). Returns 0 and sets *ms,
 * or -1. */
int cf_parse_duration(const char *s, int64_t *ms);

/* Parses argv into o. Returns 0, or -1 with err set to what is wrong ("unknown option '--x'").
 * Free o with cf_options_free either way. */
int cf_options_parse(int argc, char **argv, cf_options *o, cf_error *err);

/* Parses the arguments of the subcommand cmd (those after its name) into o: its options spelt
 * whole, as --name=VALUE or --name VALUE, anywhere among the operands (o->files) until "--", and
 * -h or --help. Returns 0, or -1 with err set ("unknown option '--x'"). Free o with
 * cf_options_free either way. */
int cf_options_parse_command(cf_command_id cmd, int argc, char **argv, cf_options *o,
                             cf_error *err);

/* Frees the lists in o (not the strings, which belong to argv). */
void cf_options_free(cf_options *o);

/* Writes the --help text. */
void cf_options_help(cf_out *out);

/* Writes the usage lines ("Usage: codefilter ..."): the filter's and the subcommands' when
 * with_filter, else the subcommands' alone. */
void cf_options_usage(cf_out *out, int with_filter);

/* One row of the option table, as the tests read it. */
typedef struct cf_option_row {
    const char *name;  /* the long name, without "--" */
    char short_name;   /* 0: long only */
    int takes_arg;     /* 0: none, 1: required, 2: optional */
    unsigned commands; /* the cf_command_id bits of the commands that take it */
    int listed;        /* 1 when --help lists it (0: an alias, or a subcommand's only) */
} cf_option_row;

/* Fills row with the i-th row of the table. Returns 0, or -1 when i is past the end. */
int cf_options_row(size_t i, cf_option_row *row);

#endif
