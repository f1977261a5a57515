/* lane.h - the parts of a run that its files share (not for use outside src/run/): the state of
 * a run and of its lanes, which pass lines on; run.c reads an input and hands blocks to lanes,
 * lane.c passes a lane's lines through every stage, chunks.c reads a regular file with every
 * thread at once. */
#ifndef CF_LANE_H
#define CF_LANE_H

#include <signal.h>
#include <sys/types.h>

#include "context.h"
#include "pair.h"
#include "pool.h"
#include "reader.h"
#include "run.h"

#define READ_BUFFER (1024 * 1024)

/* Blocks smaller than this are passed on by one thread: a follower's lines arrive a few at a time,
 * and waking the worker would cost more than it saves. */
#define PARALLEL_MIN (64 * 1024)

/* A regular file read by several threads is cut into chunks of this size: each thread reads its
 * own with pread and passes on the lines that start in it. Small enough that eight threads' chunks
 * and their output stay within a few megabytes, large enough that a chunk's work dwarfs its
 * hand-over. */
#define CHUNK (256 * 1024)

/* A lane passes on a part of the input: one of the two halves of a block, or a chunk of a file
 * read by several threads. Lane 0 of a split block writes to the real output and counts in the
 * run's summary; every other lane writes into memory and counts in a summary of its own, both
 * added to the run's in the input's order when the part is done. */
typedef struct lane {
    cf_run *r;
    cf_extractor *x;
    cf_template_matcher *tm; /* NULL: messages are not rendered */
    cf_summary *summary;     /* where the part is counted: the run's or own_summary */
    cf_out *out;             /* where the part goes: the run's or own_out */
    cf_summary *own_summary;
    cf_out *own_out;
    const char *name;
    const char *s; /* the part: whole lines */
    size_t n;
    unsigned long long lineno; /* lines passed on before the next one */
    int selected_any;
    int wrote;        /* a line was written */
    int unterminated; /* the last line written had no '\n' */
    int no_memory;    /* an allocation failed */
    char *own;        /* a line without codefilter's own annotation */
    size_t own_cap;
    char *chunk; /* a chunk read by this lane's thread, and its size */
    size_t chunk_cap;
    off_t chunk_end;             /* the file offset where the lines of the chunk end */
    int read_errno;              /* reading the chunk failed */
    unsigned long limit_hits;    /* the lane's PCRE2 limit hits before its chunk's part */
    unsigned long *pattern_hits; /* and each pattern's, npattern_hits of them */
    size_t npattern_hits;
    int known; /* with a window: a line of the input so far had a time, at_ms the last */
    int64_t at_ms;
} lane;

struct cf_run {
    cf_run_config cfg;
    const cf_filter *filter;
    cf_summary *summary;
    cf_out *out;
    cf_reader *reader;
    cf_pair *pair; /* NULL with one thread */
    cf_pool *pool; /* NULL with one thread */
    lane *lanes;   /* one per thread, and at least two */
    int nlanes;
    int selected_any;
    int unterminated;    /* the last line written had no '\n' */
    int bare_selected;   /* whether a line without codes is selected */
    int windowed;        /* cfg.window has a bound: every line's time is read */
    int per_line;        /* every line is passed on by one_line: lines without codes are numbered,
                            shown as context or timed */
    int long_selected;   /* the line longer than max_line being passed on is selected */
    int numbered;        /* jsonl output: lines are numbered */
    cf_context *context; /* grep's -n, -H, -m, -A, -B: every line is looked at, in order,
                            by one thread; NULL without them */
    int enough;          /* -m's count was reached: the input was not read to its end */
    unsigned long long lineno; /* lines of the current input passed on so far */
    int in_long;               /* in the middle of a line longer than max_line */
    int long_print;            /* and goes out (selected, or context) */
    cf_long_jsonl long_jsonl;  /* that line's jsonl encoding state */
    unsigned long limit_hits;  /* PCRE2 limit hits already counted in the summary */
    char *warned;              /* per pattern: the limit warning was given */
    size_t npatterns;
    int no_memory;        /* an allocation failed: output or counts are incomplete */
    cf_error input_error; /* why the input could not be read to its end (CF_RUN_INPUT_ERROR) */
};

/* Whether a flag that a signal handler sets is set. Read atomically, as the handler stores it
 * (signals.c): the threads that read a file look at it while the handler runs on another. */
static inline int cf_flag_set(const volatile sig_atomic_t *flag) {
    return flag != NULL && __atomic_load_n(flag, __ATOMIC_RELAXED) != 0;
}

/* Whether SIGINT or SIGTERM asked the run to stop. */
static inline int cf_stop_asked(const cf_run *r) {
    return cf_flag_set(r->cfg.watch.stop);
}

/* Whether a signal asked for a stop, a report or a reload: the threads' reading ends, so that the
 * single-thread loop can attend to it between two chunks. */
static inline int cf_attention_asked(const cf_run *r) {
    return cf_flag_set(r->cfg.watch.stop) || cf_flag_set(r->cfg.watch.attention);
}

/* Counts the lines in s[0..n). */
unsigned long long cf_lane_count_lines(const char *s, size_t n);

/* Readies a lane for a part: s[0..n), whose first line is number lineno + 1, written and counted
 * directly in the run's output and summary, or in the lane's own. */
void cf_lane_start(lane *l, const char *name, const char *s, size_t n, unsigned long long lineno,
                   int direct);

/* Passes on a lane's part (arg is the lane). */
void cf_lane_run(void *arg);

/* Passes on one line that is the whole part and longer than READ_BUFFER, a window at a time. */
void cf_lane_huge_line(lane *l, const char *line, size_t len);

/* Takes over what a lane found: whether it selected or wrote, and where the count stands. */
void cf_lane_join(cf_run *r, const lane *l);

/* Adds what a lane wrote and counted in its own output and summary to the run's, and takes over
 * the rest of what it found (cf_lane_join). */
void cf_lane_add(cf_run *r, lane *l);

/* Notes the lane's PCRE2 limit hits before it passes on a chunk's part. Returns -1 when out of
 * memory. */
int cf_run_note_hits_before(lane *l, size_t npatterns);

/* Counts the limit hits of the lane's part in the run's summary, and warns once per pattern. */
void cf_run_note_lane_limit_hits(cf_run *r, const lane *l, const char *name);

/* Whether fd is read by the pool's threads; sets *at to where reading starts and *size to the
 * file's size. */
int cf_chunks_usable(const cf_run *r, int fd, off_t *at, off_t *size);

/* Reads the regular file fd with the pool's threads from *at, up to size at most; *at is then
 * where the single-thread path takes up. */
cf_run_status cf_chunks_read(cf_run *r, int fd, const char *name, off_t *at, off_t size);

#endif
