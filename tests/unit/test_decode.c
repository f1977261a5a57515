#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "decode.h"

/* The magic numbers, whole and in part, at the input's end or not. */
Test(decode, format_of) {
    cr_expect_eq(cf_format_of("\x1f\x8b\x08", 3, 0), CF_FORMAT_GZIP);
    cr_expect_eq(cf_format_of("\x1f\x8b\x08\x00", 4, 1), CF_FORMAT_GZIP);
    cr_expect_eq(cf_format_of("\x1f\x8b\x07", 3, 0), CF_FORMAT_PLAIN); /* not deflate */
    cr_expect_eq(cf_format_of("\x1f\x8b", 2, 0), CF_FORMAT_UNSURE);
    cr_expect_eq(cf_format_of("\x1f\x8b", 2, 1), CF_FORMAT_PLAIN);
    cr_expect_eq(cf_format_of("\x1f", 1, 0), CF_FORMAT_UNSURE);
    cr_expect_eq(cf_format_of("\x28\xb5\x2f\xfd", 4, 0), CF_FORMAT_ZSTD);
    cr_expect_eq(cf_format_of("\x28\xb5\x2f", 3, 0), CF_FORMAT_UNSURE);
    cr_expect_eq(cf_format_of("\x28\xb5\x2f", 3, 1), CF_FORMAT_PLAIN);
    cr_expect_eq(cf_format_of("(x", 2, 0), CF_FORMAT_PLAIN);
    cr_expect_eq(cf_format_of("\x5e\x2a\x4d\x18", 4, 0), CF_FORMAT_ZSTD); /* skippable frame */
    cr_expect_eq(cf_format_of("\x60\x2a\x4d\x18", 4, 0), CF_FORMAT_PLAIN);
    cr_expect_eq(cf_format_of("", 0, 0), CF_FORMAT_PLAIN);
    cr_expect_eq(cf_format_of("2025-09-01 code=500000", 22, 0), CF_FORMAT_PLAIN);
}

/* n lines of text, different from one another. */
static char *text_of(size_t lines, size_t *len) {
    char *t = malloc(lines * 64);
    size_t at = 0;
    for (size_t i = 0; i < lines; i++)
        at += (size_t)sprintf(t + at, "2025-09-02T10:%02zu:00Z line %zu code=%06zu\n", i % 60, i,
                              i * 7919 % 1000000);
    *len = at;
    return t;
}

static char *gzip_of(const char *s, size_t n, size_t *len) {
    z_stream z = {0};
    cr_assert_eq(deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, n) + 64;
    char *out = malloc(cap);
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)out;
    z.avail_out = (uInt)cap;
    cr_assert_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
    *len = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

static char *zstd_of(const char *s, size_t n, size_t *len) {
    size_t cap = ZSTD_compressBound(n);
    char *out = malloc(cap);
    *len = ZSTD_compress(out, cap, s, n, 3);
    cr_assert(!ZSTD_isError(*len));
    return out;
}

/* Reads data (from a temporary file) through a reader with detection on and returns the text it
 * gave, with what cf_decoder_finish said in *rc and err. */
static char *read_through(const char *data, size_t len, size_t bufsize, int *rc, cf_error *err,
                          size_t *got) {
    char path[] = "/tmp/cf-decode-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    unlink(path);
    cr_assert_eq(write(fd, data, len), (ssize_t)len);
    lseek(fd, 0, SEEK_SET);
    cf_reader *r = cf_reader_new(bufsize, NULL, NULL);
    cf_reader_detect(r, 1);
    cf_reader_reset(r, fd);
    cf_decoder *d = NULL;
    size_t cap = 1024, at = 0;
    char *text = malloc(cap);
    const char *block;
    size_t n;
    cf_read_status st;
    while ((st = cf_reader_next(r, &block, &n)) != CF_READ_EOF) {
        cr_assert_neq(st, CF_READ_ERROR);
        if (st == CF_READ_COMPRESSED) {
            cr_assert_null(d, "a decoded input was taken for compressed again");
            d = cf_decoder_start(r, fd, err);
            cr_assert_not_null(d);
            continue;
        }
        while (at + n > cap) {
            char *more = realloc(text, cap *= 2);
            cr_assert_not_null(more);
            text = more;
        }
        memcpy(text + at, block, n);
        at += n;
    }
    *rc = cf_decoder_finish(d, err);
    cf_reader_free(r);
    close(fd);
    *got = at;
    return text;
}

/* gzip and zstd, one member and several, with buffers small and large, decode to the text. */
Test(decode, roundtrip) {
    size_t n;
    char *text = text_of(20000, &n);
    for (int format = 0; format < 2; format++) {
        size_t half = n / 2 + 17, a, b;
        char *p = format == 0 ? gzip_of(text, half, &a) : zstd_of(text, half, &a);
        char *q =
            format == 0 ? gzip_of(text + half, n - half, &b) : zstd_of(text + half, n - half, &b);
        char *both = malloc(a + b);
        memcpy(both, p, a);
        memcpy(both + a, q, b);
        size_t bufs[] = {64, 4096, 1 << 20};
        for (size_t i = 0; i < 3; i++) {
            int rc;
            cf_error err;
            size_t got;
            char *out = read_through(both, a + b, bufs[i], &rc, &err, &got);
            cr_expect_eq(rc, 0, "format %d buffer %zu: %s", format, bufs[i], err.text);
            cr_expect_eq(got, n, "format %d buffer %zu: %zu bytes, not %zu", format, bufs[i], got,
                         n);
            cr_expect(got == n && memcmp(out, text, n) == 0);
            free(out);
        }
        free(p);
        free(q);
        free(both);
    }
    free(text);
}

/* A cut input gives what came before the cut, and an error that says where. */
Test(decode, truncated) {
    size_t n, len;
    char *text = text_of(5000, &n);
    char *gz = gzip_of(text, n, &len);
    int rc;
    cf_error err;
    size_t got;
    char *out = read_through(gz, len / 2, 4096, &rc, &err, &got);
    cr_expect_eq(rc, -1);
    char want[128];
    snprintf(want, sizeof want, "gzip data truncated at byte %zu: the input ends inside a member",
             len / 2);
    cr_expect_str_eq(err.text, want);
    cr_expect_gt(got, n / 4);
    cr_expect_lt(got, n);
    cr_expect(memcmp(out, text, got) == 0);
    free(out);
    free(gz);
    free(text);
}

/* Plain text is given as it is, even text that begins like a magic number. */
Test(decode, plain) {
    const char *cases[] = {"\x1f\x8b\n", "(\xb5/x\n", "plain\n", "\x1f"};
    for (size_t i = 0; i < 4; i++) {
        int rc;
        cf_error err;
        size_t got;
        char *out = read_through(cases[i], strlen(cases[i]), 4096, &rc, &err, &got);
        cr_expect_eq(rc, 0);
        cr_expect_eq(got, strlen(cases[i]));
        cr_expect(memcmp(out, cases[i], got) == 0);
        free(out);
    }
}
