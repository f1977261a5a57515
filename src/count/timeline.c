#include "timeline.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Buckets in an open-addressing table keyed by their start; a free slot starts at FREE, which no
 * time of years 1 to 9999 is in. */
typedef struct slot {
    cf_bucket b;
} slot;

#define FREE INT64_MIN

/* A table of n free slots, or NULL when out of memory. */
static slot *free_slots(size_t n) {
    slot *slots = calloc(n, sizeof *slots);
    for (size_t i = 0; slots != NULL && i < n; i++)
        slots[i].b.start = FREE;
    return slots;
}

struct cf_timeline {
    int64_t width;
    slot *slots;
    size_t nslots, used;
};

cf_timeline *cf_timeline_new(int64_t width_ms) {
    cf_timeline *t = calloc(1, sizeof *t);
    if (t != NULL)
        t->width = width_ms > 0 ? width_ms : 1;
    return t;
}

void cf_timeline_free(cf_timeline *t) {
    if (t == NULL)
        return;
    free(t->slots);
    free(t);
}

int64_t cf_timeline_width(const cf_timeline *t) {
    return t->width;
}

static size_t find(const slot *slots, size_t nslots, int64_t start) {
    uint64_t h = (uint64_t)start * 0x9E3779B97F4A7C15u;
    size_t i = (size_t)(h >> 32) & (nslots - 1);
    while (slots[i].b.start != FREE && slots[i].b.start != start)
        i = (i + 1) & (nslots - 1);
    return i;
}

static int grow(cf_timeline *t) {
    size_t nslots = t->nslots ? t->nslots * 2 : 64;
    slot *slots = free_slots(nslots);
    if (slots == NULL)
        return -1;
    for (size_t i = 0; i < t->nslots; i++)
        if (t->slots[i].b.start != FREE)
            slots[find(slots, nslots, t->slots[i].b.start)] = t->slots[i];
    free(t->slots);
    t->slots = slots;
    t->nslots = nslots;
    return 0;
}

/* The bucket that starts at start, created when new; NULL when out of memory. */
static cf_bucket *bucket(cf_timeline *t, int64_t start) {
    if (4 * (t->used + 1) > 3 * t->nslots && grow(t) != 0) /* at most 3/4 full */
        return NULL;
    slot *s = &t->slots[find(t->slots, t->nslots, start)];
    if (s->b.start == FREE) {
        s->b.start = start;
        t->used++;
    }
    return &s->b;
}

int cf_timeline_add(cf_timeline *t, int64_t ms, cf_category c, unsigned long long n) {
    int64_t start = (ms >= 0 ? ms / t->width : (ms - t->width + 1) / t->width) * t->width;
    cf_bucket *b = bucket(t, start);
    if (b == NULL)
        return -1;
    if (c < CF_CAT_COUNT)
        b->counts[c] += n;
    return 0;
}

int cf_timeline_merge(cf_timeline *dst, const cf_timeline *src) {
    for (size_t i = 0; i < src->nslots; i++) {
        if (src->slots[i].b.start == FREE)
            continue;
        cf_bucket *b = bucket(dst, src->slots[i].b.start);
        if (b == NULL)
            return -1;
        for (int c = 0; c < CF_CAT_COUNT; c++)
            b->counts[c] += src->slots[i].b.counts[c];
    }
    return 0;
}

/* A table this big is freed when emptied, not kept for the next use. */
#define KEPT_SLOTS 1024

void cf_timeline_reset(cf_timeline *t) {
    if (t->nslots > KEPT_SLOTS) {
        free(t->slots);
        t->slots = NULL;
        t->nslots = 0;
    }
    for (size_t i = 0; i < t->nslots; i++)
        t->slots[i] = (slot){{FREE, {0}}};
    t->used = 0;
}

static int by_start(const void *a, const void *b) {
    const cf_bucket *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

size_t cf_timeline_count(const cf_timeline *t) {
    return t->used;
}

size_t cf_timeline_buckets(const cf_timeline *t, cf_bucket **out) {
    cf_bucket *list = t->used ? malloc(t->used * sizeof *list) : NULL;
    *out = list;
    if (list == NULL)
        return 0;
    size_t k = 0;
    for (size_t i = 0; i < t->nslots; i++)
        if (t->slots[i].b.start != FREE)
            list[k++] = t->slots[i].b;
    qsort(list, k, sizeof *list, by_start);
    return k;
}

long cf_timeline_peak(const cf_bucket *b, size_t nb, cf_category c) {
    long best = -1;
    for (size_t i = 0; i < nb; i++)
        if (b[i].counts[c] > 0 && (best < 0 || b[i].counts[c] > b[best].counts[c]))
            best = (long)i;
    return best;
}
