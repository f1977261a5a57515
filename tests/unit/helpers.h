/* helpers.h - shared by the unit suites: an in-memory sink and the built-in configuration. */
#ifndef CF_TEST_HELPERS_H
#define CF_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "out.h"

typedef struct membuf {
    char *data;
    size_t len;
} membuf;

static inline ssize_t membuf_write(void *ctx, const void *p, size_t n) {
    membuf *mb = ctx;
    mb->data = realloc(mb->data, mb->len + n + 1);
    memcpy(mb->data + mb->len, p, n);
    mb->len += n;
    mb->data[mb->len] = '\0';
    return (ssize_t)n;
}

/* A sink with a tiny buffer, so that tests also exercise the flushing paths. */
static inline cf_out *membuf_out(membuf *m) {
    m->data = calloc(1, 1);
    m->len = 0;
    return cf_out_new(membuf_write, m, 7);
}

/* Flushes o, frees it, and returns the bytes written (the caller frees m->data). */
static inline const char *membuf_take(membuf *m, cf_out *o) {
    cf_out_flush(o);
    cf_out_free(o);
    return m->data;
}

static inline cf_catalogue *builtin_catalogue(void) {
    cf_error err;
    cf_catalogue *c = cf_config_catalogue(NULL, 0, &err);
    cr_assert_not_null(c, "%s", err.text);
    return c;
}

static inline cf_patterns *builtin_patterns(void) {
    cf_error err;
    cf_patterns *p = cf_config_patterns(NULL, 0, NULL, 0, &err);
    cr_assert_not_null(p, "%s", err.text);
    return p;
}

#endif
