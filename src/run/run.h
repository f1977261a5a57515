/* run.h - the loop a line goes through: read, find codes, select, annotate, write, count. */
#ifndef CF_RUN_H
#define CF_RUN_H

#include "annotate.h"
#include "context.h"
#include "extract.h"
#include "filter.h"
#include "out.h"
#include "reader.h"
#include "summary.h"
#include "template.h"
#include "window.h"

typedef struct cf_run_config {
    cf_output_mode output;
    int color;         /* ANSI colors in text output */
    int print_lines;   /* 0 for --count and --quiet */
    int stop_at_first; /* --quiet: stop reading at the first selected line */
    int name_files;    /* jsonl: add "file" to each object (several inputs) */
    int timeline;      /* read the timestamps of lines with codes, for the summary's timeline */
    cf_watch watch;    /* what the loop listens to between blocks (wake_fd -1 for none) */
    size_t max_line;   /* longer lines pass through unannotated, in pieces; 0: no limit */
    int threads;       /* threads that pass lines on at once; 0: cf_run_default_threads() */
    cf_context_config lines; /* grep's -n, -H, -m, -A, -B (only numbers, names, max_count, before
                                and after are read); with any of them, one thread reads */
    /* --since and --until: a line outside the window is not selected. Each line's time is read,
     * or taken from the line before it in the input, and the input is read by one thread. NULL,
     * or no bound, for none. */
    const cf_window *window;
    /* Called once per pattern, the first time it hits PCRE2's match or depth limit, while reading
     * input (the name of the input). May be NULL. */
    void (*warn_limit)(void *ctx, size_t pattern, const char *input);
    void *warn_ctx;
} cf_run_config;

typedef struct cf_run cf_run;

/* The most threads a run uses by default. */
#define CF_DEFAULT_THREADS_CAP 8

/* The default number of threads: the machine's cores, at most CF_DEFAULT_THREADS_CAP (more
 * may be asked for: --threads takes up to CF_THREADS_MAX). */
int cf_run_default_threads(void);

/* Creates a run that finds codes with patterns and catalogue, selects lines with filter, writes
 * them to out and counts them in summary; all are borrowed for the run's lifetime. With more than
 * one thread, a regular file is read in chunks by every thread at once, and a large block of a
 * pipe is split between two; the output and the counts are the same as one thread's. Returns NULL
 * when out of memory or when a thread could not be started. */
cf_run *cf_run_new(const cf_run_config *cfg, const cf_patterns *patterns,
                   const cf_catalogue *catalogue, const cf_filter *filter, cf_summary *summary,
                   cf_out *out);

/* Switches the run to other patterns, catalogue and templates (all borrowed from then on), between
 * two blocks. Returns 0, or -1 when out of memory (the run then keeps the old ones). */
int cf_run_reload(cf_run *r, const cf_patterns *patterns, const cf_catalogue *catalogue,
                  const cf_templates *templates);

/* Makes the run look for templated messages rendered in selected lines (see template.h), with
 * templates borrowed for the run's lifetime. Returns -1 when out of memory. */
int cf_run_render(cf_run *r, const cf_templates *templates);

/* Frees the run; accepts NULL. */
void cf_run_free(cf_run *r);

typedef enum cf_run_status {
    CF_RUN_EOF,         /* the input ended */
    CF_RUN_STOPPED,     /* a stop was requested, or --quiet found its line */
    CF_RUN_READ_ERROR,  /* reading failed; errno says why */
    CF_RUN_WRITE_ERROR, /* writing failed; see cf_out_errno */
    CF_RUN_NO_MEMORY,   /* memory ran out: output or counts would be incomplete */
    CF_RUN_INPUT_ERROR  /* a compressed input is corrupt or truncated: see cf_run_input_error */
} cf_run_status;

/* Reads fd to its end and passes each line through; name is the input's name for jsonl output.
 * A gzip or zstd input (known by its first bytes) is decoded on the way. Does not close fd. */
cf_run_status cf_run_fd(cf_run *r, int fd, const char *name);

/* After CF_RUN_INPUT_ERROR: what is wrong with the input, and where ("gzip data corrupt at byte
 * 1234: invalid block type"). */
const char *cf_run_input_error(const cf_run *r);

/* How many matches were abandoned at PCRE2's match or depth limit. */
unsigned long cf_run_limit_hits(const cf_run *r);

/* Whether any line has been selected so far. */
int cf_run_selected_any(const cf_run *r);

/* Ends the last line written with a '\n' when it had none (the input's last line lacked one), in
 * text output, so that what comes next (another input, the summary) starts a line of its own. */
void cf_run_end_line(cf_run *r);

#endif
