/* reader.h - reads a file descriptor in large blocks of whole lines, with no copying of complete
 * lines. */
#ifndef CF_READER_H
#define CF_READER_H

#include <signal.h>
#include <stddef.h>

typedef struct cf_reader cf_reader;

/* Zeroed bytes kept past the end of a buffer of lines: PCRE2's JIT reads a little past a
 * subject's end with SIMD, and these make such reads defined (for valgrind) and always inside the
 * allocation. */
#define CF_READ_SLACK 64

/* Resizes *buf, of *cap bytes, to want bytes and CF_READ_SLACK more, the bytes past what it held
 * zeroed (its text up to the smaller size is kept). Returns 0, or -1 when out of memory (*buf is
 * then unchanged). */
int cf_read_resize(char **buf, size_t *cap, size_t want);

/* Called before a read that may block (input not ready), so that pending output can be flushed. */
typedef void (*cf_idle_fn)(void *ctx);

/* Creates a reader with a buffer of bufsize bytes (it grows for longer lines). Returns NULL when
 * out of memory. */
cf_reader *cf_reader_new(size_t bufsize, cf_idle_fn idle, void *idle_ctx);

/* What a loop reading input listens to between blocks, set by signal handlers: stop after what
 * was already read; or call attend (after zeroing *attention), which does what the handlers
 * asked (a report, a reload). wake_fd is readable when a handler set a flag (a self-pipe), or -1.
 * The pointers may be NULL. */
typedef struct cf_watch {
    volatile sig_atomic_t *stop, *attention;
    int wake_fd;
    void (*attend)(void *ctx);
    void *attend_ctx;
} cf_watch;

/* Drains w->wake_fd and calls attend when asked. Returns 1 when the loop should stop reading. */
int cf_watch_requests(const cf_watch *w);

/* Makes a wait for input also end when wake_fd becomes readable (a signal handler writes to it),
 * with CF_READ_INTR; -1, the default, waits for input only. The reader never reads wake_fd. */
void cf_reader_wake_on(cf_reader *r, int wake_fd);

/* Makes the reader tell compressed input from plain by its first bytes (see decode.h): a
 * compressed input's first read returns CF_READ_COMPRESSED. Off by default. */
void cf_reader_detect(cf_reader *r, int on);

/* After CF_READ_COMPRESSED: the input's format, and the bytes read of it so far (borrowed until
 * the next call). */
int cf_reader_compressed(const cf_reader *r, const char **bytes, size_t *n);

/* Goes on reading fd, a pipe that carries the decoded text of the input, from its start; or a
 * file known to be plain from its current position. Its first bytes are not looked at. Output is
 * flushed before a wait for the pipe only when the input itself may wait for a writer (a
 * follower's pipe), not while a regular file is being decoded. */
void cf_reader_take_over(cf_reader *r, int fd);

/* Frees the reader; accepts NULL. Does not close any descriptor. */
void cf_reader_free(cf_reader *r);

/* Starts reading fd from its current position, dropping anything left from a previous one. */
void cf_reader_reset(cf_reader *r, int fd);

typedef enum cf_read_status {
    CF_READ_BLOCK,      /* *block and *len hold one or more whole lines */
    CF_READ_LONG,       /* a piece of a line longer than the limit; more of it follows */
    CF_READ_LONG_END,   /* the last piece of such a line, with its '\n' if it has one (may be empty)
                         */
    CF_READ_EOF,        /* no more input */
    CF_READ_INTR,       /* a signal interrupted a read; call again to go on */
    CF_READ_ERROR,      /* a read failed; errno says why */
    CF_READ_COMPRESSED, /* with detection on: the input is compressed; see cf_decoder_start */
} cf_read_status;

/* Returns the next block: every whole line buffered so far, each with its '\n', or at the end of
 * the input what is left (a last line without '\n'). The block is borrowed until the next call.
 * A line longer than the buffer makes the buffer grow. */
cf_read_status cf_reader_next(cf_reader *r, const char **block, size_t *len);

/* Limits lines to max bytes (counting the '\n'; 0 for no limit, the default): the buffer never
 * grows past max, and a longer line comes in pieces (CF_READ_LONG ... CF_READ_LONG_END) instead
 * of in a block. Call before the first read. */
void cf_reader_set_max_line(cf_reader *r, size_t max);

/* Makes the next calls return what is already buffered, then CF_READ_EOF, without reading. */
void cf_reader_finish(cf_reader *r);

#endif
