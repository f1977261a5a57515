/* timeline.h - code counts by category in buckets of time. */
#ifndef CF_TIMELINE_H
#define CF_TIMELINE_H

#include <stddef.h>
#include <stdint.h>

#include "catalogue.h"

/* One bucket: the counts of codes by category in [start, start + width). */
typedef struct cf_bucket {
    int64_t start; /* milliseconds since 1970 UTC */
    unsigned long long counts[CF_CAT_COUNT];
} cf_bucket;

typedef struct cf_timeline cf_timeline;

/* Creates an empty timeline of buckets width_ms wide (> 0). Returns NULL when out of memory. */
cf_timeline *cf_timeline_new(int64_t width_ms);

/* Frees the timeline; accepts NULL. */
void cf_timeline_free(cf_timeline *t);

/* The width of its buckets, in milliseconds. */
int64_t cf_timeline_width(const cf_timeline *t);

/* Counts n codes of category c at time ms. Returns -1 when out of memory, else 0. */
int cf_timeline_add(cf_timeline *t, int64_t ms, cf_category c, unsigned long long n);

/* Adds every bucket of src to dst, which must have the same width. Returns 0, or -1 when out of
 * memory. */
int cf_timeline_merge(cf_timeline *dst, const cf_timeline *src);

/* Forgets every bucket. */
void cf_timeline_reset(cf_timeline *t);

/* The number of buckets with counts. */
size_t cf_timeline_count(const cf_timeline *t);

/* The buckets with counts, oldest first, in a new array (*out, NULL when none) that the caller
 * frees. Returns their number, 0 also when memory ran out. */
size_t cf_timeline_buckets(const cf_timeline *t, cf_bucket **out);

/* The index in b[0..nb) of the bucket where category c peaked (the earliest of equal ones), or -1
 * when it never occurred. */
long cf_timeline_peak(const cf_bucket *b, size_t nb, cf_category c);

#endif
