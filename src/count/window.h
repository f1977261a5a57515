/* window.h - the time window of --since and --until: which times a line must have to be selected.
 */
#ifndef CF_WINDOW_H
#define CF_WINDOW_H

#include <stdint.h>

/* [since, until): since inclusive, until exclusive; a bound not set does not bound. A window with
 * neither bound is no window: every line is in it. */
typedef struct cf_window {
    int has_since, has_until;
    int64_t since_ms, until_ms; /* milliseconds since 1970 UTC */
} cf_window;

/* Whether w has a bound. w may be NULL (no window). */
int cf_window_active(const cf_window *w);

/* Whether a line at ms is in w. known is 0 when the line has no time, nor any line before it in
 * its input: such a line is in w only when w has no bound. w may be NULL. */
int cf_window_holds(const cf_window *w, int known, int64_t ms);

/* Widens dst to the smallest window that holds both dst and src, for a merge of summaries: the
 * earlier since and the later until, and a side that either leaves open stays open. */
void cf_window_hull(cf_window *dst, const cf_window *src);

#endif
