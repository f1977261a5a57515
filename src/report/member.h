/* member.h - the members of a JSON summary being read back (--merge), each read with its check:
 * a count, a time; and messages that say where in its input the summary stands. Used by
 * summary_json.c and scope.c, which read what they write; merge.c places each summary. */
#ifndef CF_MEMBER_H
#define CF_MEMBER_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* A summary in its input: it starts at text[off], and text[0..len) stands from line0:col0 of the
 * input called name. Messages go to err. */
typedef struct cf_member_place {
    const char *text, *name;
    size_t len, off, line0, col0;
    cf_error *err;
    int *adopt_bucket; /* see cf_merge_summaries */
} cf_member_place;

/* Sets *line and *col to where text[off] stands, text[0] standing at line0:col0. */
void cf_member_position(const char *text, size_t off, size_t line0, size_t col0, size_t *line,
                        size_t *col);

/* Sets pl->err to "NAME:LINE:COL: what", the place where the summary starts, and returns -1. */
int cf_member_fail(const cf_member_place *pl, const char *what);

/* Fails as cf_member_fail, with "summary: \"member\" must be must". */
int cf_member_must(const cf_member_place *pl, const char *member, const char *must);

/* Reads v, the member called what, as a count: a non-negative integer a double holds exactly.
 * Returns 0 with *out set, or fails. */
int cf_member_count(const cf_member_place *pl, const cJSON *v, const char *what,
                    unsigned long long *out);

/* Reads v, the optional member called what, as a time: absent or null sets *known to 0, a time
 * sets it to 1 and *ms. Returns 0, or fails when v is neither. */
int cf_member_time(const cf_member_place *pl, const cJSON *v, const char *what, int *known,
                   int64_t *ms);

/* a + b, or the largest count when that overflows (then it adds up to no count read). */
unsigned long long cf_member_plus(unsigned long long a, unsigned long long b);

#endif
