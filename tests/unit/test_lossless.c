/* The lossless property: random hostile byte streams (NUL, invalid UTF-8, lone CR, CRLF, long
 * lines, no final newline, JSON fragments, nesting 100 000 deep, numbers of 400 digits, codes in
 * every position) come out with as many lines as went in, and removing the annotations gives the
 * input back exactly. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "filter.h"
#include "helpers.h"
#include "json.h"
#include "run.h"

typedef struct buf {
    char *p;
    size_t n, cap;
} buf;

static void put(buf *b, const void *p, size_t n) {
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2;
        b->p = realloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, p, n);
    b->n += n;
}

static void puts_(buf *b, const char *s) {
    put(b, s, strlen(s));
}

static uint64_t rng;
static unsigned pick(unsigned n) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

/* Appends one random piece of a hostile stream. */
static void piece(buf *b) {
    static const char *const bits[] = {"code=040011 ",
                                       "{\"code\":\"500000\",\"n\":",
                                       "}",
                                       "{\"code\":40011}",
                                       "[040004] ",
                                       "status 503000",
                                       "\r\n",
                                       "\r",
                                       "\n",
                                       "\t",
                                       "\"",
                                       "\\",
                                       "{",
                                       "[",
                                       "]",
                                       ",",
                                       ":",
                                       "\xff\xfe",
                                       "\xc3(",
                                       "\xe2\x82",
                                       "\xf0\x9f\x98\x80",
                                       "10:15:32.500000 ",
                                       "amount=500000",
                                       "{\"a\":[1,{\"errorCode\":\"040004\"}],\"b\":\"x\"}",
                                       "upstream code=030006 mapped to code=500000"};
    unsigned k = pick(40);
    if (k < sizeof bits / sizeof *bits) {
        puts_(b, bits[k]);
    } else if (k < 30) {
        char c = (char)pick(256);
        put(b, &c, 1);
    } else if (k < 32) {
        put(b, "\0", 1);
    } else if (k == 32) { /* a number of 400 digits */
        for (int i = 0; i < 400; i++) {
            char c = (char)('0' + pick(10));
            put(b, &c, 1);
        }
    } else if (k == 33 && pick(20) == 0) { /* nesting 100 000 deep, on a line of its own */
        puts_(b, "\n{\"code\":\"500000\",\"x\":");
        for (int i = 0; i < 100000; i++)
            put(b, "[", 1);
        for (int i = 0; i < 100000; i++)
            put(b, "]", 1);
        puts_(b, "}\n");
    } else if (k == 34 && pick(10) == 0) { /* a long line */
        size_t n = 50000 + pick(200000);
        for (size_t i = 0; i < n; i++)
            put(b, "x", 1);
    } else {
        puts_(b, "plain text ");
    }
}

static char *run_text(const buf *in, size_t *len, unsigned long long *lines) {
    static cf_catalogue *cat;
    static cf_patterns *pats;
    if (cat == NULL) {
        cat = builtin_catalogue();
        pats = builtin_patterns();
    }
    int fd = memfd_create("input", 0);
    cr_assert_eq(write(fd, in->p, in->n), (ssize_t)in->n);
    lseek(fd, 0, SEEK_SET);
    cf_filter *f = cf_filter_new();
    cf_summary *s = cf_summary_new();
    cf_out *o = cf_out_new_memory(4096);
    cf_run_config cfg = {
        .output = CF_OUTPUT_TEXT, .print_lines = 1, .watch = {.wake_fd = -1}, .max_line = 100000};
    cf_run *r = cf_run_new(&cfg, pats, cat, f, s, o);
    cr_assert_eq(cf_run_fd(r, fd, "in"), CF_RUN_EOF);
    *lines = cf_summary_lines(s);
    const char *text = cf_out_take(o, len);
    char *copy = malloc(*len + 1);
    memcpy(copy, text, *len);
    cf_run_free(r);
    cf_out_free(o);
    cf_summary_free(s);
    cf_filter_free(f);
    close(fd);
    return copy;
}

/* Removes the annotations of one output line, out[0..n) without its terminator, in place; returns
 * the new length. A spliced member is ,"codefilter":[...] before the last '}'; text annotations
 * are "\t[DDDDDD category] message" at the end. */
static size_t strip_line(char *out, size_t n) {
    static const char member[] = ",\"codefilter\":[";
    char *m = memmem(out, n, member, sizeof member - 1);
    if (m != NULL) {
        size_t at = (size_t)(m - out) + sizeof member - 2, end = at;
        if (cf_json_scan(out, n, &end) == 0) {
            memmove(m, out + end, n - end);
            return n - (end - (size_t)(m - out));
        }
    }
    for (size_t i = 0; i + 10 <= n; i++) {
        if (out[i] == '\t' && out[i + 1] == '[' && out[i + 8] == ' ' &&
            strspn(out + i + 2, "0123456789") >= 6) {
            return i; /* the first annotation: everything after it is annotations */
        }
    }
    return n;
}

Test(lossless, hostile_streams_round_trip) {
    size_t annotation_bytes = 0;
    for (uint64_t seed = 1; seed <= 40; seed++) {
        rng = seed * 0x9E3779B97F4A7C15u;
        buf in = {0};
        size_t pieces = 200 + pick(3000);
        for (size_t i = 0; i < pieces; i++)
            piece(&in);
        size_t len;
        unsigned long long lines;
        char *out = run_text(&in, &len, &lines);
        size_t in_lines = 0, out_lines = 0;
        for (size_t i = 0; i < in.n; i++)
            in_lines += in.p[i] == '\n';
        for (size_t i = 0; i < len; i++)
            out_lines += out[i] == '\n';
        cr_assert_eq(out_lines, in_lines, "seed %lu: %zu lines in, %zu out", (unsigned long)seed,
                     in_lines, out_lines);
        cr_assert_eq(lines, in_lines + (in.n > 0 && in.p[in.n - 1] != '\n'));
        annotation_bytes += len - in.n;
        size_t w = 0;
        for (size_t i = 0; i < len;) {
            char *nl = memchr(out + i, '\n', len - i);
            size_t end = nl != NULL ? (size_t)(nl - out) : len;
            size_t body = end > i && out[end - 1] == '\r' ? end - 1 : end;
            size_t kept = strip_line(out + i, body - i);
            memmove(out + w, out + i, kept);
            w += kept;
            memmove(out + w, out + body, end - body + (nl != NULL));
            w += end - body + (nl != NULL);
            i = end + (nl != NULL);
        }
        cr_assert_eq(w, in.n, "seed %lu: %zu bytes in, %zu after stripping", (unsigned long)seed,
                     in.n, w);
        cr_assert_eq(memcmp(out, in.p, in.n), 0, "seed %lu: bytes differ", (unsigned long)seed);
        free(out);
        free(in.p);
    }
    cr_assert_gt(annotation_bytes, 10000, "the streams must hold codes for the test to mean much");
}
