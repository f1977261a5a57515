/* context.h - grep's habits around the lines that go out: line numbers (-n), file names (-H),
 * a most number of selected lines per input (-m), and the lines around each (-A, -B, -C), in
 * grep's formats: "FILE:N:line" for a selected line, "FILE-N-line" for a context line, and "--"
 * between groups that do not touch. */
#ifndef CF_CONTEXT_H
#define CF_CONTEXT_H

#include <stddef.h>

#include "out.h"

typedef struct cf_context_config {
    int numbers;          /* -n: each line's number */
    int names;            /* -H: each line's file name (text output) */
    int limited;          /* -m was given (a zeroed config has no limit) */
    long long max_count;  /* -m: selected lines per input */
    size_t before, after; /* -B, -A: context lines */
    int separators;       /* -A, -B or -C was given, even as 0: "--" between groups */
    int jsonl;            /* jsonl output: context lines are objects, no prefix and no "--" */
    int file_member;      /* jsonl: context objects name their file */
    int color;            /* file names, numbers and separators in grep's colors */
    int print;            /* lines are written (not -c or -q): else only -m is kept */
} cf_context_config;

typedef struct cf_context cf_context;

/* Returns NULL when out of memory. */
cf_context *cf_context_new(const cf_context_config *cfg);
void cf_context_free(cf_context *c);

/* Starts an input: -m counts again, and no line of the last input is context for this one's. */
void cf_context_start(cf_context *c, const char *name);

/* Whether a line that the filters select is still selected: not when -m's count was reached. */
int cf_context_select(cf_context *c, int selected);

typedef enum cf_context_shown {
    CF_CONTEXT_SELECTED, /* the line is selected: its prefix is written, the caller writes it */
    CF_CONTEXT_SHOWN,    /* the line went out as context (with line NULL: only its prefix) */
    CF_CONTEXT_HIDDEN    /* the line does not go out (it is kept, for -B) */
} cf_context_shown;

/* Line number lineno (len bytes with its '\n'; NULL for a line too long to keep, whose text the
 * caller writes after the prefix when it is shown) goes to o: selected (after cf_context_select)
 * or not. Writes the lines kept before it, a "--", the prefix, or the line itself as context.
 * Sets *no_memory when a line could not be kept for -B. */
cf_context_shown cf_context_line(cf_context *c, cf_out *o, unsigned long long lineno, int selected,
                                 const char *line, size_t len, int *no_memory);

/* Whether the input needs no more reading: -m's count was reached and its trailing context is
 * written. */
int cf_context_enough(const cf_context *c);

#endif
