#include "reader.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "decode.h"

struct cf_reader {
    int fd;
    int eof;
    int may_block; /* not a regular file: a read may wait for a writer */
    int follows;   /* the input itself may wait for a writer (a pipe, a terminal): before such a
                      wait the idle hook runs; not for a regular file decoded through a pipe */
    char *buf;
    size_t cap;
    size_t base_cap;   /* the size to shrink back to after a long line */
    size_t start, end; /* unreturned bytes are buf[start..end) */
    size_t scanned;    /* buf[start..scanned) is known to hold no '\n' */
    size_t max_line;   /* 0: no limit */
    int in_long;       /* inside a line longer than max_line */
    cf_idle_fn idle;
    void *idle_ctx;
    int wake_fd;
    int detect; /* tell compressed input by its first bytes */
    int sniff;  /* the first bytes of this input are still to be looked at */
    int format; /* what they showed: a cf_format */
};

int cf_read_resize(char **buf, size_t *cap, size_t want) {
    char *b = realloc(*buf, want + CF_READ_SLACK);
    if (b == NULL)
        return -1;
    size_t from = *cap < want ? *cap : want;
    memset(b + from, 0, want - from + CF_READ_SLACK);
    *buf = b;
    *cap = want;
    return 0;
}

cf_reader *cf_reader_new(size_t bufsize, cf_idle_fn idle, void *idle_ctx) {
    cf_reader *r = calloc(1, sizeof *r);
    if (r == NULL)
        return NULL;
    r->cap = r->base_cap = bufsize > 0 ? bufsize : 4096;
    r->buf = calloc(1, r->cap + CF_READ_SLACK);
    if (r->buf == NULL) {
        free(r);
        return NULL;
    }
    r->idle = idle;
    r->idle_ctx = idle_ctx;
    r->fd = -1;
    r->wake_fd = -1;
    return r;
}

void cf_reader_free(cf_reader *r) {
    if (r == NULL)
        return;
    free(r->buf);
    free(r);
}

void cf_reader_reset(cf_reader *r, int fd) {
    struct stat st;
    r->fd = fd;
    r->eof = 0;
    r->start = r->end = r->scanned = 0;
    r->in_long = 0;
    r->may_block = r->follows = fstat(fd, &st) != 0 || !S_ISREG(st.st_mode);
    r->sniff = r->detect;
}

void cf_reader_detect(cf_reader *r, int on) {
    r->detect = on;
}

int cf_reader_compressed(const cf_reader *r, const char **bytes, size_t *n) {
    *bytes = r->buf + r->start;
    *n = r->end - r->start;
    return r->format;
}

void cf_reader_take_over(cf_reader *r, int fd) {
    int follows = r->follows;
    cf_reader_reset(r, fd);
    r->sniff = 0; /* the decoded text is read as it is, even when it is compressed again */
    r->follows = r->may_block && follows; /* a decoder's pipe follows what its input does */
}

void cf_reader_set_max_line(cf_reader *r, size_t max) {
    r->max_line = max;
    if (max > 0 && max + 1 < r->cap)
        r->cap = r->base_cap = max + 1; /* so that every line longer than max comes in pieces */
}

void cf_reader_wake_on(cf_reader *r, int wake_fd) {
    r->wake_fd = wake_fd;
}

/* Before reading input that may not be ready: runs the idle hook when it is not, then waits for
 * input or a wake-up. A signal that came while the hook wrote is seen here, not lost in a read
 * that blocks: its handler has made wake_fd readable. */
static cf_read_status wait_for_input(cf_reader *r) {
    struct pollfd p[2] = {{.fd = r->fd, .events = POLLIN}, {.fd = r->wake_fd, .events = POLLIN}};
    nfds_t n = r->wake_fd >= 0 ? 2 : 1;
    if (r->idle != NULL && r->follows && poll(p, 1, 0) == 0)
        r->idle(r->idle_ctx);
    if (n == 1)
        return CF_READ_BLOCK;
    if (poll(p, n, -1) < 0)
        return errno == EINTR ? CF_READ_INTR : CF_READ_ERROR;
    return p[1].revents != 0 ? CF_READ_INTR : CF_READ_BLOCK;
}

void cf_reader_finish(cf_reader *r) {
    r->eof = 1;
}

/* Moves the unreturned bytes to the front of the buffer. */
static void compact(cf_reader *r) {
    if (r->start == 0)
        return;
    memmove(r->buf, r->buf + r->start, r->end - r->start);
    r->end -= r->start;
    r->scanned -= r->start;
    r->start = 0;
}

/* Makes room after end: moves the unreturned bytes to the front, and grows the buffer when they
 * fill it. */
static int make_room(cf_reader *r) {
    compact(r);
    if (r->end < r->cap)
        return 0;
    size_t cap = r->cap * 2;
    if (r->max_line > 0 && cap > r->max_line + 1)
        cap = r->max_line + 1; /* a line of max_line bytes and its '\n' */
    return cf_read_resize(&r->buf, &r->cap, cap);
}

static cf_read_status fill(cf_reader *r) {
    if (r->end == r->cap && make_room(r) != 0)
        return CF_READ_ERROR;
    if (r->may_block) {
        cf_read_status st = wait_for_input(r);
        if (st != CF_READ_BLOCK)
            return st;
    }
    ssize_t n = read(r->fd, r->buf + r->end, r->cap - r->end);
    if (n < 0)
        return errno == EINTR ? CF_READ_INTR : CF_READ_ERROR;
    if (n == 0)
        r->eof = 1;
    r->end += (size_t)n;
    return CF_READ_BLOCK;
}

/* Where a block that ends with a '\n' stops: after the last line that ends within base_cap bytes
 * (so that blocks stay small after a long line made the buffer grow), or after the first line
 * when that one is longer. */
static size_t block_end(const cf_reader *r) {
    size_t limit = r->end - r->start > r->base_cap ? r->start + r->base_cap : r->end;
    const char *nl = memrchr(r->buf + r->start, '\n', limit - r->start);
    if (nl == NULL)
        nl = memchr(r->buf + limit, '\n', r->end - limit);
    return (size_t)(nl - r->buf) + 1;
}

/* Gives back what a long line made the buffer grow to, once what is left of it fits in half the
 * first size. */
static void shrink(cf_reader *r) {
    if (r->cap <= r->base_cap || r->end - r->start > r->base_cap / 2)
        return;
    compact(r);
    (void)cf_read_resize(&r->buf, &r->cap, r->base_cap); /* else keep the larger buffer */
}

/* Returns the unreturned bytes up to and including the next '\n' (or all of them) as a piece of a
 * long line. */
static cf_read_status long_piece(cf_reader *r, const char **block, size_t *len) {
    const char *nl = memchr(r->buf + r->start, '\n', r->end - r->start);
    size_t stop = nl != NULL ? (size_t)(nl - r->buf) + 1 : r->end;
    *block = r->buf + r->start;
    *len = stop - r->start;
    r->start = r->scanned = stop;
    if (nl == NULL)
        return CF_READ_LONG;
    r->in_long = 0;
    return CF_READ_LONG_END;
}

/* Whether the first unreturned line is longer than max_line, its '\n' counted. The buffer holds
 * max_line + 1 bytes at most, so such a line is all that a block can hold. */
static int first_line_long(const cf_reader *r) {
    const char *nl = memchr(r->buf + r->start, '\n', r->end - r->start);
    size_t len = nl != NULL ? (size_t)(nl - r->buf) + 1 - r->start : r->end - r->start;
    return len > r->max_line;
}

/* Looks at the input's first bytes. Returns CF_READ_BLOCK when they are plain text, or when
 * more must be read to tell (r->sniff stays set). */
static cf_read_status sniff(cf_reader *r) {
    cf_format f = cf_format_of(r->buf + r->start, r->end - r->start, r->eof);
    if (f == CF_FORMAT_UNSURE)
        return CF_READ_BLOCK;
    r->sniff = 0;
    r->format = (int)f;
    return f == CF_FORMAT_PLAIN ? CF_READ_BLOCK : CF_READ_COMPRESSED;
}

/* While the input's first bytes are still to be looked at: tells its format, or reads more to
 * tell. Returns 1 with *st to return, 0 when more was read, or -1 when the input is plain text and
 * its lines may be read. */
static int sniff_step(cf_reader *r, cf_read_status *st) {
    if (r->sniff && (r->end > r->start || r->eof) && sniff(r) == CF_READ_COMPRESSED) {
        *st = CF_READ_COMPRESSED;
        return 1;
    }
    if (!r->sniff || r->eof)
        return -1;
    if (r->end - r->start == r->cap) {
        r->sniff = 0; /* a --max-line of 1 or 2 leaves no room to tell: plain, rather than a read
                         of 0 bytes taken for the end of the input */
        r->format = (int)CF_FORMAT_PLAIN;
        return -1;
    }
    *st = fill(r); /* too few bytes yet to tell: none is a '\n' */
    return *st != CF_READ_BLOCK ? 1 : 0;
}

cf_read_status cf_reader_next(cf_reader *r, const char **block, size_t *len) {
    for (;;) {
        cf_read_status st;
        int told = sniff_step(r, &st);
        if (told > 0)
            return st;
        if (told == 0)
            continue;
        if (r->in_long && r->start < r->end)
            return long_piece(r, block, len);
        if (r->in_long && r->eof) {
            r->in_long = 0; /* the long line ended without a '\n' */
            *block = r->buf + r->start;
            *len = 0;
            return CF_READ_LONG_END;
        }
        const char *nl =
            r->in_long ? NULL : memrchr(r->buf + r->scanned, '\n', r->end - r->scanned);
        if (nl != NULL || (!r->in_long && r->eof && r->end > r->start)) {
            size_t stop = nl != NULL ? block_end(r) : r->end;
            if (r->max_line > 0 && stop - r->start > r->max_line && first_line_long(r))
                return long_piece(r, block, len); /* max_line bytes and its '\n': the whole
                                                     line in one piece */
            *block = r->buf + r->start;
            *len = stop - r->start;
            r->start = r->scanned = stop;
            return CF_READ_BLOCK;
        }
        r->scanned = r->end;
        if (r->eof)
            return CF_READ_EOF;
        if (r->start == r->end)
            r->start = r->end = r->scanned = 0; /* all returned: read into the whole buffer */
        shrink(r);
        if (!r->in_long && r->max_line > 0 && r->end - r->start > r->max_line) {
            r->in_long = 1; /* more than max_line bytes and no '\n': pass the line on in pieces */
            continue;
        }
        st = fill(r);
        if (st != CF_READ_BLOCK)
            return st;
    }
}

int cf_watch_requests(const cf_watch *w) {
    char drain[64];
    while (w->wake_fd >= 0 && read(w->wake_fd, drain, sizeof drain) > 0)
        continue; /* the flags say what happened; the bytes only woke us */
    if (w->attention != NULL && *w->attention) {
        *w->attention = 0;
        if (w->attend != NULL)
            w->attend(w->attend_ctx);
    }
    return w->stop != NULL && *w->stop;
}
