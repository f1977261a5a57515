/* options.h - the command line: one table drives both parsing and --help. */
#ifndef CF_OPTIONS_H
#define CF_OPTIONS_H

#include <stddef.h>
#include <stdint.h>

#include "annotate.h"
#include "error.h"
#include "out.h"
#include "report.h"
#include "window.h"

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
    cf_strings files;         /* empty: standard input */
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

/* Frees the lists in o (not the strings, which belong to argv). */
void cf_options_free(cf_options *o);

/* Writes the --help text. */
void cf_options_help(cf_out *out);

#endif
