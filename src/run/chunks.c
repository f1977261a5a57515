#include "lane.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "decode.h"

/* A regular file read by the pool's threads, a chunk each, from base to size: the size when the
 * reading started (what is appended later is read by the single-thread path). */
typedef struct chunked {
    cf_run *r;
    int fd;
    const char *name;
    off_t base, size;
    size_t limit;              /* the longest line a chunk takes (with its '\n') */
    unsigned long long lineno; /* lines passed on before base */
    off_t done;                /* where the lines committed so far end */
    int read_errno;            /* a chunk could not be read */
} chunked;

/* Reads up to n bytes of fd at offset off into buf, however many calls it takes. Returns the
 * number read, fewer than n only at the end of the file, or -1 with errno set. */
static ssize_t pread_full(int fd, char *buf, size_t n, off_t off) {
    size_t got = 0;
    while (got < n) {
        ssize_t k = pread(fd, buf + got, n - got, off + (off_t)got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return -1;
        if (k == 0)
            break;
        got += (size_t)k;
    }
    return (ssize_t)got;
}

/* Makes room for n bytes in the lane's chunk buffer, and CF_READ_SLACK more, every byte of them
 * defined (a chunk's lines may end at the buffer's last byte, and PCRE2's JIT reads a little past
 * them, as past the reader's). Returns -1 when out of memory. */
static int chunk_room(lane *l, size_t n) {
    return n <= l->chunk_cap ? 0 : cf_read_resize(&l->chunk, &l->chunk_cap, n);
}

/* Sets the lane's part to the bytes [start, end) of its chunk buffer, which was read from file
 * offset lo, and notes where they end in the file. */
static cf_pool_ticket chunk_part(lane *l, off_t lo, size_t start, size_t end, cf_pool_ticket k) {
    l->s = l->chunk + start;
    l->n = end - start;
    l->chunk_end = lo + (off_t)end;
    return k;
}

/* Where the line that holds buf[last] ends, in the lane's chunk buffer buf[0..have), read from
 * file offset lo; the lines of the chunk start at start. Reads on past have as far as that line's
 * '\n'. Returns the offset just past it; or, when the file ends first or the line is longer than
 * c->limit, the offset where the line starts, with *cut set (the single-thread path takes the file
 * up there); or SIZE_MAX with errno set when reading failed. */
static size_t line_through(chunked *c, lane *l, off_t lo, size_t start, size_t have, size_t last,
                           int *cut) {
    const char *nl = memrchr(l->chunk + start, '\n', last - start);
    size_t ls = nl != NULL ? (size_t)(nl - l->chunk) + 1 : start, from = last;
    for (;;) {
        nl = memchr(l->chunk + from, '\n', have - from);
        if (nl != NULL && (size_t)(nl - l->chunk) + 1 - ls <= c->limit)
            return (size_t)(nl - l->chunk) + 1;
        off_t at = lo + (off_t)have;
        size_t step = 64 * 1024;
        if (nl != NULL || have - ls > c->limit || at >= c->size) {
            *cut = 1;
            return ls;
        }
        if ((off_t)step > c->size - at)
            step = (size_t)(c->size - at);
        if (chunk_room(l, have + step) != 0) {
            errno = ENOMEM;
            return SIZE_MAX;
        }
        ssize_t got = pread_full(c->fd, l->chunk + have, step, at);
        if (got < 0)
            return SIZE_MAX;
        if (got == 0) { /* the file shrank */
            *cut = 1;
            return ls;
        }
        from = have;
        have += (size_t)got;
    }
}

/* Reads the chunk that starts at file offset o into the lane: the lines that start in
 * [o, o + CHUNK), each whole, so that every line belongs to exactly one chunk. Returns
 * CF_POOL_END when no line starts at o or after it; CF_POOL_LAST when the threads' reading ends
 * with this chunk (at the file's size, before a line longer than the limit, or at a read error,
 * with l->read_errno set), l->chunk_end being where the single-thread path takes up; else
 * CF_POOL_GO. The part may be empty: a line that started in an earlier chunk covers this one. */
static cf_pool_ticket read_chunk(chunked *c, lane *l, off_t o) {
    l->n = 0;
    l->read_errno = 0;
    if (o >= c->size)
        return CF_POOL_END;
    off_t lo = o > c->base ? o - 1 : o; /* the byte before tells whether a line starts at o */
    off_t hi = c->size - o > CHUNK ? o + CHUNK : c->size;
    size_t want = (size_t)(hi - lo);
    if (chunk_room(l, want) != 0) {
        l->read_errno = ENOMEM;
        return chunk_part(l, lo, 0, 0, CF_POOL_LAST);
    }
    ssize_t got = pread_full(c->fd, l->chunk, want, lo);
    if (got < 0) {
        l->read_errno = errno;
        return chunk_part(l, lo, 0, 0, CF_POOL_LAST);
    }
    size_t have = (size_t)got, start = 0;
    int at_end = have < want || hi == c->size;
    if (o > c->base) {
        const char *nl = memchr(l->chunk, '\n', have);
        start = nl != NULL ? (size_t)(nl - l->chunk) + 1 : have;
        if (lo + (off_t)start >= hi) /* no line starts in the chunk */
            return at_end ? CF_POOL_END : chunk_part(l, lo, 0, 0, CF_POOL_GO);
    }
    if (at_end) { /* the lines end at the last '\n'; a last line without one is left */
        const char *nl = memrchr(l->chunk + start, '\n', have - start);
        return chunk_part(l, lo, start, nl != NULL ? (size_t)(nl - l->chunk) + 1 : start,
                          CF_POOL_LAST);
    }
    int cut = 0;
    size_t end = line_through(c, l, lo, start, have, have - 1, &cut);
    if (end == SIZE_MAX) {
        l->read_errno = errno;
        return chunk_part(l, lo, 0, 0, CF_POOL_LAST);
    }
    return chunk_part(l, lo, start, end, cut ? CF_POOL_LAST : CF_POOL_GO);
}

/* The pool's work on ticket t: reads chunk t and passes its lines on, into the lane's own output
 * and summary. */
static cf_pool_ticket chunk_work(void *ctx, int w, unsigned long t) {
    chunked *c = ctx;
    cf_run *r = c->r;
    lane *l = &r->lanes[w];
    cf_pool_ticket k = read_chunk(c, l, c->base + (off_t)t * CHUNK);
    if (k == CF_POOL_END)
        return k;
    unsigned long long before = 0;
    if (r->numbered && cf_pool_chain(r->pool, t, cf_lane_count_lines(l->s, l->n), &before) != 0)
        return CF_POOL_END; /* the reading ended before t */
    cf_lane_start(l, c->name, l->s, l->n, r->numbered ? c->lineno + before : 0, 0);
    if (cf_run_note_hits_before(l, r->npatterns) != 0)
        l->no_memory = 1;
    if (l->n > 0)
        cf_lane_run(l);
    return k;
}

/* The pool's commit of ticket t: the lane's output and counts, added to the run's in order. */
static int chunk_commit(void *ctx, int w, unsigned long t) {
    (void)t;
    chunked *c = ctx;
    cf_run *r = c->r;
    lane *l = &r->lanes[w];
    unsigned long long lineno = r->lineno;
    if (l->read_errno == ENOMEM)
        r->no_memory = 1;
    else if (l->read_errno != 0)
        c->read_errno = l->read_errno;
    if (l->read_errno != 0)
        return 1;
    cf_lane_add(r, l);
    if (!r->numbered)
        r->lineno = lineno + l->lineno;
    if (l->chunk_end > c->done)
        c->done = l->chunk_end;
    cf_run_note_lane_limit_hits(r, l, c->name);
    return r->no_memory || cf_out_errno(r->out) != 0 || cf_attention_asked(r);
}

/* The pool's drop of ticket t: what the lane wrote and counted is forgotten. */
static void chunk_drop(void *ctx, int w, unsigned long t) {
    (void)t;
    chunked *c = ctx;
    lane *l = &c->r->lanes[w];
    size_t len;
    (void)cf_out_take(l->own_out, &len);
    cf_summary_reset(l->own_summary);
}

/* Whether fd is read by the pool's threads: a regular file with at least two chunks left, when
 * every line the chunks take whole is one the single-thread path would take whole too, and no
 * window is set (a line without a time takes that of the line before it, which may stand in the
 * chunk before). Sets *at to where reading starts and *size to the file's size. */
int cf_chunks_usable(const cf_run *r, int fd, off_t *at, off_t *size) {
    struct stat st;
    if (r->pool == NULL || r->cfg.stop_at_first ||
        (r->cfg.max_line != 0 && r->cfg.max_line < READ_BUFFER) || fstat(fd, &st) != 0 ||
        !S_ISREG(st.st_mode))
        return 0;
    *at = lseek(fd, 0, SEEK_CUR);
    *size = st.st_size;
    char magic[4];
    ssize_t n = *at >= 0 ? pread_full(fd, magic, sizeof magic, *at) : -1;
    return n >= 0 && cf_format_of(magic, (size_t)n, 1) == CF_FORMAT_PLAIN &&
           *size - *at >= 2 * CHUNK; /* a compressed file is decoded by one thread, in order */
}

/* Reads the regular file fd with the pool's threads from *at until its lines up to size are
 * passed on, a line is longer than a chunk may take, or a signal asks for attention; *at is then
 * where the single-thread path takes up. */
cf_run_status cf_chunks_read(cf_run *r, int fd, const char *name, off_t *at, off_t size) {
    chunked c = {.r = r,
                 .fd = fd,
                 .name = name,
                 .base = *at,
                 .size = size,
                 .limit = READ_BUFFER,
                 .lineno = r->lineno,
                 .done = *at};
    cf_pool_job job = {chunk_work, chunk_commit, chunk_drop, &c};
    cf_pool_run(r->pool, &job);
    /* The hits of the chunks dropped are not counted: their lines are read again, or not at all. */
    r->limit_hits = cf_run_limit_hits(r);
    *at = c.done;
    if (c.read_errno != 0) {
        errno = c.read_errno;
        return CF_RUN_READ_ERROR;
    }
    if (r->no_memory)
        return CF_RUN_NO_MEMORY;
    if (cf_out_errno(r->out) != 0)
        return CF_RUN_WRITE_ERROR;
    return CF_RUN_EOF;
}
