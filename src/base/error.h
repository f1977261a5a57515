/* error.h - errors as values: core functions fill a cf_error, main.c prints it. */
#ifndef CF_ERROR_H
#define CF_ERROR_H

#include <stddef.h>

/* A message ready for the user, without the "codefilter: " prefix, e.g.
 * "catalogue/x.json:12:5: code \"40011\" is not six digits". */
typedef struct cf_error {
    char text[1024];
} cf_error;

/* Formats a message into err (truncating if needed); err may be NULL. Returns -1 so that
 * callers can write "return cf_error_set(err, ...);". */
int cf_error_set(cf_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Computes the 1-based line and column of byte offset off in text. */
void cf_error_position(const char *text, size_t len, size_t off, size_t *line, size_t *col);

#endif
