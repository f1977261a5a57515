#include "decode.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>
#ifdef CF_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include "pool.h"

/* Compressed bytes read at a time, and decoded bytes written to the pipe at a time. */
#define IN_SIZE  (128 * 1024)
#define OUT_SIZE (128 * 1024)

/* The pipe holds this much decoded text, so that the thread decodes ahead while lines are read. */
#define PIPE_SIZE (1024 * 1024)

#ifdef CF_HAVE_ISAL
/* The parts of a gzip member's header, in order (RFC 1952), and the flag that says each is there.
 */
enum { H_FIXED, H_XLEN, H_EXTRA, H_NAME, H_COMMENT, H_HCRC, H_DONE };
static const unsigned char part_flag[] = {0, 4, 4, 8, 16, 2, 0};

/* How far the header of the member being read has been read (isal_head). */
typedef struct gz_head {
    int part;
    unsigned flags, n, len, hcrc; /* n: the bytes read of the part; len: the extra field's */
    uLong crc;                    /* of the header's bytes so far */
} gz_head;
#endif

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
#ifdef CF_HAVE_ISAL
    struct inflate_state *isal; /* gzip's state with igzip, NULL with zlib */
    gz_head head;
#endif
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

/* The first four bytes of a gzip member: the magic number, deflate, and no reserved flag. */
static const unsigned char head_bytes[] = {0x1f, 0x8b, 0x08, 0x00};
static const unsigned char head_mask[] = {0xff, 0xff, 0xff, 0xe0};

/* Marks the input bad at the member that starts at `member`, which is not one: bytes after the
 * last member that are not gzip data, what gzip calls trailing garbage. */
static int trailing(cf_decoder *d, unsigned long long member) {
    return bad(d, member, "what follows the last member is not gzip data");
}

/* Marks bad the member that starts at offset `member`, whose byte at offset `at` is not what a
 * member's first bytes are. Returns -1. */
static int not_member(cf_decoder *d, unsigned long long member, unsigned long long at) {
    return member > 0 ? trailing(d, member) : bad(d, at, "unknown header flags set");
}

/* Checks the first four bytes of the gzip member that starts at offset `member`, as far as the n
 * bytes at p (in d->in) hold them. zlib waits for two bytes before it looks at them, so that
 * without this a single byte of garbage after the last member would read as a truncated member.
 * Returns 0, or -1 after a message. */
static int check_head(cf_decoder *d, const unsigned char *p, size_t n, unsigned long long member) {
    unsigned long long rel = d->at + (size_t)(p - d->in) - member;
    for (size_t i = 0; i < n && rel + i < sizeof head_bytes; i++)
        if ((p[i] & head_mask[rel + i]) != head_bytes[rel + i])
            return not_member(d, member, member + rel + i);
    return 0;
}

/* Marks the input bad after zlib's inflate answered zr in the member that starts at member. */
static int inflate_failed(cf_decoder *d, int zr, unsigned long long member) {
    const z_stream *z = &d->z;
    /* Bad bytes where a later member's header should be: what gzip calls trailing garbage. */
    if (member > 0 && z->total_out == 0 && zr == Z_DATA_ERROR)
        return trailing(d, member);
    return bad(d, d->at + (size_t)(z->next_in - d->in),
               zr == Z_MEM_ERROR ? "out of memory"
               : z->msg != NULL  ? z->msg
                                 : "bad data");
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
        if ((rc = check_head(d, z->next_in, z->avail_in, member)) != 0)
            break;
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
            rc = inflate_failed(d, zr, member);
        }
    }
    return rc;
}

#ifdef CF_HAVE_ISAL
/* zlib's words for igzip's errors, so that a message reads the same with either. */
static const char *isal_why(int rc) {
    switch (rc) {
    case ISAL_INVALID_BLOCK:
        return "invalid block";
    case ISAL_INVALID_SYMBOL:
        return "invalid code";
    case ISAL_INVALID_LOOKBACK:
        return "invalid distance too far back";
    case ISAL_INVALID_WRAPPER:
        return "incorrect header check";
    case ISAL_UNSUPPORTED_METHOD:
        return "unknown compression method";
    case ISAL_INCORRECT_CHECKSUM:
        return "incorrect check value (CRC or length)";
    default:
        return "bad data";
    }
}

/* Moves h to the next part of the header that its flags say is there. */
static void next_part(gz_head *h) {
    do
        h->part++;
    while (h->part < H_DONE && (h->flags & part_flag[h->part]) == 0);
    h->n = 0;
}

/* Reads the header of the member that starts at offset `member` from d->isal's input, a byte at a
 * time as it arrives: its first bytes as check_head does, and its CRC when it is flagged. igzip
 * is given only the deflate data and the trailer (ISAL_GZIP_NO_HDR_VER: it checks the CRC-32 and
 * the length), because igzip 2.30 finds a flagged header CRC wrong when the header comes in two
 * reads. Returns 0 (d->head.part is H_DONE once the header is read), or -1 after a message. */
static int isal_head(cf_decoder *d, unsigned long long member) {
    struct inflate_state *s = d->isal;
    gz_head *h = &d->head;
    for (; h->part != H_DONE && s->avail_in > 0; s->next_in++, s->avail_in--) {
        unsigned char c = *s->next_in;
        unsigned long long at = d->at + (size_t)(s->next_in - d->in);
        if (h->part < H_HCRC)
            h->crc = crc32(h->crc, &c, 1);
        if (h->part == H_FIXED) {
            if (h->n < sizeof head_bytes && (c & head_mask[h->n]) != head_bytes[h->n])
                return not_member(d, member, at);
            h->flags = h->n == 3 ? c : h->flags;
            if (++h->n == 10)
                next_part(h);
        } else if (h->part == H_XLEN) {
            h->len |= (unsigned)c << 8 * h->n;
            if (++h->n == 2)
                next_part(h);
            if (h->part == H_EXTRA && h->len == 0)
                next_part(h);
        } else if (h->part == H_EXTRA) {
            if (++h->n == h->len)
                next_part(h);
        } else if (h->part == H_NAME || h->part == H_COMMENT) {
            if (c == 0)
                next_part(h);
        } else { /* H_HCRC: the low two bytes of the CRC-32 of the bytes before it */
            h->hcrc |= (unsigned)c << 8 * h->n;
            if (++h->n == 2 && h->hcrc != (h->crc & 0xffff))
                return bad(d, at + 1, "header crc mismatch");
            if (h->n == 2)
                next_part(h);
        }
    }
    return 0;
}

/* Starts a member with the input left in d->isal. */
static void isal_member(cf_decoder *d) {
    struct inflate_state *s = d->isal;
    uint8_t *next = s->next_in;
    uint32_t avail = s->avail_in;
    isal_inflate_reset(s);
    s->next_in = next;
    s->avail_in = avail;
    s->crc_flag = ISAL_GZIP_NO_HDR_VER;
    d->head = (gz_head){0};
}

/* inflate_all with ISA-L's igzip, which inflates about 2.5 times as fast (bench/inflate.c). */
static int isal_all(cf_decoder *d) {
    struct inflate_state *s = d->isal;
    isal_inflate_init(s);
    s->next_in = d->in;
    s->avail_in = (uint32_t)d->have;
    isal_member(d);
    int in_member = 1, full = 0, rc = 0;
    unsigned long long member = 0; /* where the member being read starts */
    while (rc == 0) {
        if (s->avail_in == 0 && !full) {
            ssize_t n = refill(d);
            if (n <= 0) {
                rc = n < 0 ? -1 : in_member ? truncated(d) : 0;
                break;
            }
            s->next_in = d->in;
            s->avail_in = (uint32_t)n;
            if (!in_member) {
                isal_member(d);
                in_member = 1;
                member = d->at;
            }
        }
        if (d->head.part != H_DONE && ((rc = isal_head(d, member)) != 0 || s->avail_in == 0))
            continue; /* a message, or more of the header to read */
        s->next_out = d->out;
        s->avail_out = OUT_SIZE;
        int ir = isal_inflate(s);
        full = s->avail_out == 0;
        if (put(d, OUT_SIZE - s->avail_out) != 0)
            break;
        unsigned long long at = d->at + (size_t)(s->next_in - d->in);
        if (ir != ISAL_DECOMP_OK) /* as with zlib: bad bytes where a member should start */
            rc = member > 0 && s->total_out == 0 ? trailing(d, member) : bad(d, at, isal_why(ir));
        else if (s->block_state == ISAL_BLOCK_FINISH) {
            in_member = full = 0;
            if (s->avail_in > 0) {
                isal_member(d);
                in_member = 1;
                member = at;
            }
        }
    }
    return rc;
}
#endif

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
        /* 0: the frame is decoded and flushed whole, even when it filled the buffer exactly; a
         * call after it without input would ask for the next frame's header. */
        full = out.pos == OUT_SIZE && zr != 0;
        if (put(d, out.pos) != 0)
            break;
    }
    return rc;
}

/* Inflates every gzip member, with igzip when it was chosen, else with zlib. */
static int gunzip_all(cf_decoder *d) {
#ifdef CF_HAVE_ISAL
    if (d->isal != NULL)
        return isal_all(d);
#endif
    return inflate_all(d);
}

static void *decode_main(void *arg) {
    cf_decoder *d = arg;
    if (d->format == CF_FORMAT_GZIP)
        gunzip_all(d);
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
#ifdef CF_HAVE_ISAL
    free(d->isal);
#endif
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
    int oom = d->in == NULL || d->out == NULL;
#ifdef CF_HAVE_ISAL
    const char *gzip = getenv("CODEFILTER_GZIP"); /* "zlib": the fallback, to compare or debug */
    if (f == CF_FORMAT_GZIP && (gzip == NULL || strcmp(gzip, "zlib") != 0))
        oom |= (d->isal = malloc(sizeof *d->isal)) == NULL;
#endif
    if (oom || pipe2(fds, O_CLOEXEC) != 0) {
        cf_error_set(err, "%s", oom ? "out of memory" : strerror(errno));
        d->pipe_r = d->pipe_w = -1;
        decoder_free(d);
        return NULL;
    }
    d->pipe_r = fds[0];
    d->pipe_w = fds[1];
    (void)fcntl(d->pipe_w, F_SETPIPE_SZ, PIPE_SIZE); /* a smaller pipe only decodes less ahead */
    memcpy(d->in, prefix, n);
    d->have = n;
    int e = cf_thread_start(&d->thread, decode_main, d);
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
