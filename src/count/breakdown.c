#include "breakdown.h"

#include <stdlib.h>
#include <string.h>

/* The files in the order they came, and an open-addressing table of their indexes by name, so
 * that a run over many thousand files (-r over a tree) finds each one at once. */
struct cf_breakdown {
    cf_file_count *files;
    size_t n, cap;
    size_t *slots; /* index + 1, 0 = empty; nslots a power of two, at least twice n */
    size_t nslots;
    int reading; /* a file is being read: files[open] */
    size_t open;
    cf_file_count then; /* the summary's counts when it started */
};

cf_breakdown *cf_breakdown_new(void) {
    return calloc(1, sizeof(cf_breakdown));
}

void cf_breakdown_free(cf_breakdown *b) {
    if (b == NULL)
        return;
    for (size_t i = 0; i < b->n; i++)
        free(b->files[i].name);
    free(b->files);
    free(b->slots);
    free(b);
}

/* FNV-1a: a file name's hash. */
static size_t hash(const char *s) {
    size_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* The slot of name: its own, or the empty one where it would go. */
static size_t slot_of(const cf_breakdown *b, const char *name) {
    size_t mask = b->nslots - 1, i = hash(name) & mask;
    while (b->slots[i] != 0 && strcmp(b->files[b->slots[i] - 1].name, name) != 0)
        i = (i + 1) & mask;
    return i;
}

/* Makes the table twice as large as it must be for one more file. Returns -1 when out of memory. */
static int grow_slots(cf_breakdown *b) {
    if (2 * (b->n + 1) <= b->nslots)
        return 0;
    size_t nslots = b->nslots ? b->nslots * 2 : 16;
    size_t *slots = calloc(nslots, sizeof *slots);
    if (slots == NULL)
        return -1;
    free(b->slots);
    b->slots = slots;
    b->nslots = nslots;
    for (size_t i = 0; i < b->n; i++)
        b->slots[slot_of(b, b->files[i].name)] = i + 1;
    return 0;
}

/* The file called name, made with zero counts when new; NULL when out of memory. */
static cf_file_count *file_of(cf_breakdown *b, const char *name) {
    if (grow_slots(b) != 0)
        return NULL;
    size_t slot = slot_of(b, name);
    if (b->slots[slot] != 0)
        return &b->files[b->slots[slot] - 1];
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 8;
        cf_file_count *files = realloc(b->files, cap * sizeof *files);
        if (files == NULL)
            return NULL;
        b->files = files;
        b->cap = cap;
    }
    cf_file_count *f = &b->files[b->n];
    memset(f, 0, sizeof *f);
    if ((f->name = strdup(name)) == NULL)
        return NULL;
    b->slots[slot] = ++b->n;
    return f;
}

/* Adds to f what c counts more than minus (NULL: all of c). */
static void add_counts(cf_file_count *f, const cf_file_count *c, const cf_file_count *minus) {
    static const cf_file_count zero;
    if (minus == NULL)
        minus = &zero;
    f->lines += c->lines - minus->lines;
    f->selected += c->selected - minus->selected;
    f->with_codes += c->with_codes - minus->with_codes;
    f->codes += c->codes - minus->codes;
    for (int k = 0; k < CF_CAT_COUNT; k++)
        f->categories[k] += c->categories[k] - minus->categories[k];
}

int cf_breakdown_add(cf_breakdown *b, const cf_file_count *c) {
    cf_file_count *f = file_of(b, c->name);
    if (f == NULL)
        return -1;
    add_counts(f, c, NULL);
    return 0;
}

int cf_breakdown_begin(cf_breakdown *b, const char *name, const cf_file_count *now) {
    cf_breakdown_end(b, now);
    cf_file_count *f = file_of(b, name);
    if (f == NULL)
        return -1;
    b->open = (size_t)(f - b->files);
    b->then = *now;
    b->reading = 1;
    return 0;
}

void cf_breakdown_end(cf_breakdown *b, const cf_file_count *now) {
    if (b->reading)
        add_counts(&b->files[b->open], now, &b->then);
    b->reading = 0;
}

int cf_breakdown_merge(cf_breakdown *dst, const cf_breakdown *src) {
    for (size_t i = 0; i < src->n; i++)
        if (cf_breakdown_add(dst, &src->files[i]) != 0)
            return -1;
    return 0;
}

size_t cf_breakdown_count(const cf_breakdown *b) {
    return b->n;
}

static int by_name(const void *a, const void *b) {
    return strcmp(((const cf_file_count *)a)->name, ((const cf_file_count *)b)->name);
}

size_t cf_breakdown_list(const cf_breakdown *b, const cf_file_count *now, cf_file_count **out) {
    *out = b->n ? malloc(b->n * sizeof **out) : NULL;
    if (*out == NULL)
        return 0;
    memcpy(*out, b->files, b->n * sizeof **out);
    if (b->reading && now != NULL)
        add_counts(&(*out)[b->open], now, &b->then);
    qsort(*out, b->n, sizeof **out, by_name);
    return b->n;
}
