/* merge.h - reads JSON summaries (codefilter -c --summary=json, from many hosts or many chunks of
 * one file) and adds them up exactly. */
#ifndef CF_MERGE_H
#define CF_MERGE_H

#include <stddef.h>

#include "catalogue.h"
#include "error.h"
#include "reader.h"
#include "summary.h"

/* Adds to s every JSON summary in text[0..len): one or more objects, separated by white space
 * (one a line, as codefilter writes them, or pretty-printed over several). Codes are looked up in
 * cat for their category and message. Returns the number of summaries added, or -1 with err set
 * to "NAME:LINE:COL: what is wrong" (not JSON, a count that is not a non-negative integer, counts
 * that do not add up, a code that is not six digits, buckets that do not add up into s's); s then
 * holds the summaries before the bad one. When *adopt_bucket is 1 (--merge without --bucket), the
 * first summary with a timeline sets s's bucket width and sets it to 2; while it is 2, a summary
 * whose buckets do not divide s's widens s's to the least common multiple (up to 366 days).
 * adopt_bucket may be NULL: s's width stands. */
long cf_merge_summaries(cf_summary *s, const cf_catalogue *cat, const char *text, size_t len,
                        const char *name, int *adopt_bucket, cf_error *err);

/* A merge that reads its inputs a piece at a time, so that it holds no more than the summary it
 * is reading (plus one piece), however long the input. */
typedef struct cf_merger cf_merger;

/* Creates a merger that adds summaries to s, looking codes up in cat; s, cat, adopt_bucket (see
 * cf_merge_summaries) and watch (may be NULL) are borrowed until cf_merger_free. Returns NULL
 * when out of memory. */
cf_merger *cf_merger_new(cf_summary *s, const cf_catalogue *cat, int *adopt_bucket,
                         const cf_watch *watch);

/* Frees the merger; accepts NULL. */
void cf_merger_free(cf_merger *m);

/* Starts an input called name (borrowed until the next start): what is left of the previous one
 * is dropped, and messages count lines and columns from here. */
void cf_merger_start(cf_merger *m, const char *name);

/* Adds every summary that ends within the next len bytes of the input; one cut off by the end of
 * the piece waits for the rest. Returns the number added, or -1 with err set as by
 * cf_merge_summaries (positions count from the start of the input, across pieces). */
long cf_merger_feed(cf_merger *m, const char *piece, size_t len, cf_error *err);

/* Ends the input. Returns 0, or -1 with err set when it ends inside a summary ("not valid JSON")
 * or with something that is not one. */
int cf_merger_end(cf_merger *m, cf_error *err);

typedef enum cf_merge_status {
    CF_MERGE_DONE,    /* the input ended; every summary in it was added */
    CF_MERGE_STOPPED, /* *watch->stop was set: the summaries read so far were added, no more read */
    CF_MERGE_FAILED,  /* err says what: a bad summary, a read error, no memory */
} cf_merge_status;

/* Starts an input called name and reads fd to its end (or to a stop), adding its summaries.
 * Waits for a slow writer, waking for signals when watch has a wake_fd. Does not close fd. */
cf_merge_status cf_merger_read_fd(cf_merger *m, int fd, const char *name, cf_error *err);

#endif
