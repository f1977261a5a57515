#include "breakdown.h"

#include <stdlib.h>
#include <string.h>

/* Few files are expected (one a host): a list searched in order is enough. */
struct cf_breakdown {
    cf_file_count *files;
    size_t n, cap;
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
    free(b);
}

/* The file called name, made with zero counts when new; NULL when out of memory. */
static cf_file_count *file_of(cf_breakdown *b, const char *name) {
    for (size_t i = 0; i < b->n; i++)
        if (strcmp(b->files[i].name, name) == 0)
            return &b->files[i];
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
    b->n++;
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
