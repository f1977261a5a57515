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
            char *grown = realloc(text, cap *= 2);
            cr_assert_not_null(grown);
            text = grown;
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

/* Both gzip decoders: the default (igzip when built with it) and zlib, the fallback. */
static const char *const gzip_backends[] = {NULL, "zlib"};

static void use_gzip(const char *backend) {
    if (backend == NULL)
        unsetenv("CODEFILTER_GZIP");
    else
        setenv("CODEFILTER_GZIP", backend, 1);
}

/* gzip (igzip when built with it, and zlib) and zstd, one member and several, with buffers small
 * and large, decode to the text. */
Test(decode, roundtrip) {
    size_t n;
    char *text = text_of(20000, &n);
    for (int format = 0; format < 3; format++) {
        use_gzip(format == 2 ? "zlib" : NULL);
        size_t half = n / 2 + 17, a, b;
        char *p = format != 1 ? gzip_of(text, half, &a) : zstd_of(text, half, &a);
        char *q =
            format != 1 ? gzip_of(text + half, n - half, &b) : zstd_of(text + half, n - half, &b);
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
    use_gzip(NULL);
    free(text);
}

/* A cut input gives what came before the cut, and an error that says where, with both gzip
 * decoders. */
Test(decode, truncated) {
    size_t n, len;
    char *text = text_of(5000, &n);
    char *gz = gzip_of(text, n, &len);
    for (size_t b = 0; b < 2; b++) {
        use_gzip(gzip_backends[b]);
        int rc;
        cf_error err;
        size_t got;
        char *out = read_through(gz, len / 2, 4096, &rc, &err, &got);
        cr_expect_eq(rc, -1);
        char want[128];
        snprintf(want, sizeof want,
                 "gzip data truncated at byte %zu: the input ends inside a member", len / 2);
        cr_expect_str_eq(err.text, want);
        cr_expect_gt(got, n / 4);
        cr_expect_lt(got, n);
        cr_expect(memcmp(out, text, got) == 0);
        free(out);
    }
    use_gzip(NULL);
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

/* Decodes data with each gzip decoder and expects the text, or the message. */
static void expect_gzip(const char *data, size_t len, size_t bufsize, const char *text, size_t n,
                        const char *message) {
    for (size_t b = 0; b < 2; b++) {
        use_gzip(gzip_backends[b]);
        int rc;
        cf_error err;
        size_t got;
        char *out = read_through(data, len, bufsize, &rc, &err, &got);
        const char *name = gzip_backends[b] ? gzip_backends[b] : "default";
        if (message == NULL) {
            cr_expect_eq(rc, 0, "%s: %s", name, err.text);
            cr_expect(got == n && memcmp(out, text, n) == 0, "%s: %zu bytes, not %zu", name, got,
                      n);
        } else {
            cr_expect_eq(rc, -1, "%s: no error", name);
            cr_expect(rc == 0 || strncmp(err.text, message, strlen(message)) == 0,
                      "%s: \"%s\", not \"%s...\"", name, err.text, message);
        }
        free(out);
    }
    use_gzip(NULL);
}

/* A member whose header has every optional field (extra, a long name, a comment, its CRC), then
 * a plain one; read with 64-byte buffers, so the header comes in pieces. */
Test(decode, gzip_header_fields) {
    size_t n, len;
    char *text = text_of(3000, &n);
    char *gz = gzip_of(text, n, &len);
    unsigned char head[256] = {0x1f, 0x8b, 0x08, 0x02 | 0x04 | 0x08 | 0x10, 0, 0, 0, 0, 0, 3};
    size_t h = 10;
    head[h++] = 5;
    head[h++] = 0;
    memcpy(head + h, "extra", 5);
    h += 5;
    memset(head + h, 'n', 100); /* the name */
    h += 100;
    head[h++] = 0;
    memcpy(head + h, "a comment", 10);
    h += 10;
    uLong crc = crc32(0, head, (uInt)h);
    head[h++] = (unsigned char)(crc & 0xff);
    head[h++] = (unsigned char)(crc >> 8 & 0xff);
    size_t total = h + (len - 10) + len;
    char *data = malloc(total);
    memcpy(data, head, h);
    memcpy(data + h, gz + 10, len - 10); /* gzip_of's header has no optional field */
    memcpy(data + h + len - 10, gz, len);
    char *twice = malloc(2 * n);
    memcpy(twice, text, n);
    memcpy(twice + n, text, n);
    expect_gzip(data, total, 64, twice, 2 * n, NULL);
    expect_gzip(data, total, 1 << 20, twice, 2 * n, NULL);
    data[h - 1] ^= 1;
    char want[128];
    snprintf(want, sizeof want, "gzip data corrupt at byte %zu: header crc mismatch", h);
    expect_gzip(data, total, 64, NULL, 0, want);
    free(data);
    free(twice);
    free(gz);
    free(text);
}

/* A wrong CRC-32 or length in a trailer, a reserved flag, a byte after the last member. */
Test(decode, gzip_checks) {
    size_t n, len;
    char *text = text_of(3000, &n);
    char *gz = gzip_of(text, n, &len);
    char *data = malloc(len + 1);
    const size_t at[] = {len - 8, len - 1, 3};
    for (size_t i = 0; i < 3; i++) {
        memcpy(data, gz, len);
        data[at[i]] ^= i == 2 ? 0x20 : 1;
        expect_gzip(data, len, 4096, NULL, 0, "gzip data corrupt at byte ");
    }
    memcpy(data, gz, len);
    data[len] = '\n';
    char want[128];
    snprintf(want, sizeof want,
             "gzip data corrupt at byte %zu: what follows the last member is not gzip data", len);
    expect_gzip(data, len + 1, 4096, NULL, 0, want);
    expect_gzip(data, len, 64, text, n, NULL);
    free(data);
    free(gz);
    free(text);
}
