/* out.h - a buffered byte sink with sticky errors, used for every byte codefilter writes. */
#ifndef CF_OUT_H
#define CF_OUT_H

#include <stddef.h>
#include <sys/types.h>

/* Writes n bytes of p somewhere; returns the number written (at least 1) or -1 with errno set. */
typedef ssize_t (*cf_write_fn)(void *ctx, const void *p, size_t n);

typedef struct cf_out cf_out;

/* Creates a sink that buffers up to bufsize bytes before calling write. Returns NULL when out of
 * memory. */
cf_out *cf_out_new(cf_write_fn write, void *ctx, size_t bufsize);

/* Creates a sink writing to file descriptor fd (retrying on EINTR and short writes). */
cf_out *cf_out_new_fd(int fd, size_t bufsize);

/* Creates a sink that keeps everything written in memory, growing as needed, until taken with
 * cf_out_take. Returns NULL when out of memory. */
cf_out *cf_out_new_memory(size_t initial);

/* For a memory sink: sets *len to the number of bytes held and returns them, then forgets them
 * (the bytes stay valid until the next write). */
const char *cf_out_take(cf_out *o, size_t *len);

/* Frees the sink without flushing it; accepts NULL. */
void cf_out_free(cf_out *o);

void cf_out_write(cf_out *o, const void *p, size_t n);
void cf_out_puts(cf_out *o, const char *s);
void cf_out_putc(cf_out *o, char c);

/* Writes v in decimal, without printf (it is written for every line of some outputs). */
void cf_out_ull(cf_out *o, unsigned long long v);
void cf_out_printf(cf_out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Writes s as the contents of a JSON string (no quotes): escapes what JSON requires, and replaces
 * bytes that are not valid UTF-8 with U+FFFD. Returns 1 if any byte was replaced, else 0. */
int cf_out_json_chars(cf_out *o, const char *s, size_t n);

/* Writes s as a quoted JSON string; see cf_out_json_chars. */
int cf_out_json_string(cf_out *o, const char *s, size_t n);

/* Writes the buffered bytes. Returns 0, or -1 once any write has failed (see cf_out_errno). */
int cf_out_flush(cf_out *o);

/* Number of bytes buffered and not yet written. */
size_t cf_out_pending(const cf_out *o);

/* The errno of the first failed write, or 0 when every write succeeded. Once a write has failed,
 * later output is discarded. */
int cf_out_errno(const cf_out *o);

#endif
