/* reader.h - splits a file descriptor's bytes into lines, with large reads and no copying of
 * complete lines. */
#ifndef CF_READER_H
#define CF_READER_H

#include <stddef.h>

typedef struct cf_reader cf_reader;

/* Called before a read that may block (input not ready), so that pending output can be flushed. */
typedef void (*cf_idle_fn)(void *ctx);

/* Creates a reader with a buffer of bufsize bytes (it grows for longer lines). Returns NULL when
 * out of memory. */
cf_reader *cf_reader_new(size_t bufsize, cf_idle_fn idle, void *idle_ctx);

/* Frees the reader; accepts NULL. Does not close any descriptor. */
void cf_reader_free(cf_reader *r);

/* Starts reading fd from its current position, dropping anything left from a previous one. */
void cf_reader_reset(cf_reader *r, int fd);

typedef enum cf_read_status {
    CF_READ_LINE,  /* *line and *len hold one line, with its '\n' if it had one */
    CF_READ_EOF,   /* no more input */
    CF_READ_INTR,  /* a signal interrupted a read; call again to go on */
    CF_READ_ERROR, /* a read failed; errno says why */
} cf_read_status;

/* Returns the next line. The line is borrowed until the next call. A last line without '\n' is
 * returned as it is. */
cf_read_status cf_reader_next(cf_reader *r, const char **line, size_t *len);

/* Makes the next calls return what is already buffered, then CF_READ_EOF, without reading. */
void cf_reader_finish(cf_reader *r);

#endif
