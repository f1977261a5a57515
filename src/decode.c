#include "decode.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

/* Compressed bytes read at a time, and decoded bytes written to the pipe at a time. */
#define IN_SIZE  (128 * 1024)
#define OUT_SIZE (128 * 1024)

/* The pipe holds this much decoded text, so that the thread decodes ahead while lines are read. */
#define PIPE_SIZE (1024 * 1024)

struct cf_decoder {
    cf_format format;
    int in_fd;          /* the compressed input (the caller's) */
    int pipe_r, pipe_w; /* the decoded text */
    pthread_t thread;
    unsigned char *in;     /* compressed bytes; first what the reader had read */
    size_t have;           /* bytes in `in` */
    unsigned long long at; /* the input offset of in[0] */
    unsigned char *out;
    z_stream z; /* the thread's decoding state, here so that a cancelled thread leaves none */
    int z_ready;
    ZSTD_DStream *zs;
    int failed;   /* the input is corrupt or truncated, or could not be read: see err */
    cf_error err; /* written by the thread, read after it is joined */
};

cf_format cf_format_of(const void *bytes, size_t n, int at_end) {
    static const unsigned char gzip[] = {0x1f, 0x8b, 0x08};
    static const unsigned char zstd[] = {0x28, 0xb5, 0x2f, 0xfd};
    static const unsigned char skippable[] = {0x50, 0x2a, 0x4d, 0x18}; /* a zstd skippable frame:
                                                                          its first byte 0x5? */
    const unsigned char *b = bytes;
    int gz = 1, zs = 1, skip = 1;
    for (size_t i = 0; i < n && i < 4; i++) {
        gz &= i >= 3 || b[i] == gzip[i];
        zs &= b[i] == zstd[i];
        skip &= i == 0 ? (b[i] & 0xf0) == skippable[0] : b[i] == skippable[i];
    }
    if (gz && n >= 3)
        return CF_FORMAT_GZIP;
    if ((zs || skip) && n >= 4)
        return CF_FORMAT_ZSTD;
    return (gz || zs || skip) && n > 0 && !at_end ? CF_FORMAT_UNSURE : CF_FORMAT_PLAIN;
}

const char *cf_format_name(cf_format f) {
    return f == CF_FORMAT_GZIP ? "gzip" : f == CF_FORMAT_ZSTD ? "zstd" : "plain";
}

/* Marks the input bad at compressed offset `at`, with why. Returns -1. */
static int bad(cf_decoder *d, unsigned long long at, const char *why) {
    d->failed = 1;
    cf_error_set(&d->err, "%s data corrupt at byte %llu: %s", cf_format_name(d->format), at, why);
    return -1;
}

static int truncated(cf_decoder *d) {
    d->failed = 1;
    cf_error_set(&d->err, "%s data truncated at byte %llu: the input ends inside a %s",
                 cf_format_name(d->format), d->at + d->have,
                 d->format == CF_FORMAT_GZIP ? "member" : "frame");
    return -1;
}

/* Reads the next compressed bytes into d->in. Returns how many (0 at the end), or -1 after a
 * message. */
static ssize_t refill(cf_decoder *d) {
    d->at += d->have;
    d->have = 0;
    ssize_t n;
    do {
        n = read(d->in_fd, d->in, IN_SIZE);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        d->failed = 1;
        cf_error_set(&d->err, "%s", strerror(errno));
        return -1;
    }
    d->have = (size_t)n;
    return n;
}

/* Writes n decoded bytes into the pipe. Returns -1 when its reader is gone: the run stopped. */
static int put(cf_decoder *d, size_t n) {
    for (size_t done = 0; done < n;) {
        ssize_t w = write(d->pipe_w, d->out + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        done += (size_t)w;
    }
    return 0;
}

/* Inflates every gzip member in turn: logrotate's and `cat a.gz b.gz`'s files have several. */
static int inflate_all(cf_decoder *d) {
    if (inflateInit2(&d->z, 15 + 16) != Z_OK) /* 16: a gzip header and trailer */
        return bad(d, 0, "out of memory");
    d->z_ready = 1;
    z_stream *z = &d->z;
    z->next_in = d->in;
    z->avail_in = (uInt)d->have;
    int in_member = 1, full = 0, rc = 0;
    unsigned long long member = 0; /* where the member being read starts */
    while (rc == 0) {
        if (z->avail_in == 0 && !full) {
            ssize_t n = refill(d);
            if (n < 0) {
                rc = -1;
                break;
            }
            if (n == 0) {
                rc = in_member ? truncated(d) : 0;
                break;
            }
            z->next_in = d->in;
            z->avail_in = (uInt)n;
            if (!in_member && inflateReset(z) == Z_OK) {
                in_member = 1; /* another member follows */
                member = d->at;
            }
        }
        z->next_out = d->out;
        z->avail_out = OUT_SIZE;
        int zr = inflate(z, Z_NO_FLUSH);
        full = z->avail_out == 0;
        if (put(d, OUT_SIZE - z->avail_out) != 0)
            break;
        if (zr == Z_STREAM_END) {
            in_member = full = 0;
            if (z->avail_in > 0 && inflateReset(z) == Z_OK) {
                in_member = 1;
                member = d->at + (size_t)(z->next_in - d->in);
            }
        } else if (zr != Z_OK && !(zr == Z_BUF_ERROR && z->avail_in == 0)) {
            /* Bad bytes where a later member's header should be: what gzip calls trailing
             * garbage. */
            if (member > 0 && z->total_out == 0 && zr == Z_DATA_ERROR)
                rc = bad(d, member, "what follows the last member is not gzip data");
            else
                rc = bad(d, d->at + (size_t)(z->next_in - d->in),
                         zr == Z_MEM_ERROR ? "out of memory"
                         : z->msg != NULL  ? z->msg
                                           : "bad data");
        }
    }
    return rc;
}

/* Decodes every zstd frame in turn (skippable frames give nothing). */
static int unzstd_all(cf_decoder *d) {
    ZSTD_DStream *s = d->zs = ZSTD_createDStream();
    if (s == NULL)
        return bad(d, 0, "out of memory");
    ZSTD_inBuffer in = {d->in, d->have, 0};
    size_t left = 1; /* 0 when the last frame was decoded whole */
    int full = 0, rc = 0;
    while (rc == 0) {
        if (in.pos == in.size && !full) {
            ssize_t n = refill(d);
            if (n < 0) {
                rc = -1;
                break;
            }
            if (n == 0) {
                rc = left != 0 ? truncated(d) : 0;
                break;
            }
            in = (ZSTD_inBuffer){d->in, (size_t)n, 0};
        }
        ZSTD_outBuffer out = {d->out, OUT_SIZE, 0};
        size_t zr = ZSTD_decompressStream(s, &out, &in);
        if (ZSTD_isError(zr)) {
            rc = bad(d, d->at + in.pos, ZSTD_getErrorName(zr));
            break;
        }
        left = zr;
        full = out.pos == OUT_SIZE;
        if (put(d, out.pos) != 0)
            break;
    }
    return rc;
}

static void *decode_main(void *arg) {
    cf_decoder *d = arg;
    if (d->format == CF_FORMAT_GZIP)
        inflate_all(d);
    else
        unzstd_all(d);
    /* The end of the pipe tells the reader that all is decoded; a cancel must not come between
     * the close and forgetting the descriptor. */
    int old;
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
    close(d->pipe_w);
    d->pipe_w = -1;
    return NULL;
}

static void decoder_free(cf_decoder *d) {
    if (d->pipe_r >= 0)
        close(d->pipe_r);
    if (d->pipe_w >= 0)
        close(d->pipe_w);
    if (d->z_ready)
        inflateEnd(&d->z);
    ZSTD_freeDStream(d->zs);
    free(d->in);
    free(d->out);
    free(d);
}

cf_decoder *cf_decoder_start(cf_reader *r, int fd, cf_error *err) {
    const char *prefix;
    size_t n;
    cf_format f = cf_reader_compressed(r, &prefix, &n);
    cf_decoder *d = calloc(1, sizeof *d);
    if (d == NULL) {
        cf_error_set(err, "out of memory");
        return NULL;
    }
    int fds[2] = {-1, -1};
    d->format = f;
    d->in_fd = fd;
    d->in = malloc(IN_SIZE > n ? IN_SIZE : n);
    d->out = malloc(OUT_SIZE);
    if (d->in == NULL || d->out == NULL || pipe2(fds, O_CLOEXEC) != 0) {
        cf_error_set(err, "%s",
                     d->in == NULL || d->out == NULL ? "out of memory" : strerror(errno));
        d->pipe_r = d->pipe_w = -1;
        decoder_free(d);
        return NULL;
    }
    d->pipe_r = fds[0];
    d->pipe_w = fds[1];
    (void)fcntl(d->pipe_w, F_SETPIPE_SZ, PIPE_SIZE); /* a smaller pipe only decodes less ahead */
    memcpy(d->in, prefix, n);
    d->have = n;
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int e = pthread_create(&d->thread, NULL, decode_main, d);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (e != 0) {
        cf_error_set(err, "cannot start a thread: %s", strerror(e));
        decoder_free(d);
        return NULL;
    }
    cf_reader_take_over(r, d->pipe_r);
    return d;
}

int cf_decoder_finish(cf_decoder *d, cf_error *err) {
    if (d == NULL)
        return 0;
    pthread_cancel(d->thread); /* it may wait to read more input, or for room in the pipe */
    pthread_join(d->thread, NULL);
    int failed = d->failed;
    if (failed)
        *err = d->err;
    decoder_free(d);
    return failed ? -1 : 0;
}
