#include "out.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "utf8.h"

struct cf_out {
    cf_write_fn write;
    void *ctx;
    int fd;
    int err;
    int grow;       /* a memory sink: grow instead of writing */
    size_t initial; /* a memory sink's first size, to shrink back to */
    size_t len, cap;
    char *buf;
};

cf_out *cf_out_new(cf_write_fn write, void *ctx, size_t bufsize) {
    cf_out *o = calloc(1, sizeof *o);
    if (o == NULL)
        return NULL;
    o->cap = bufsize > 0 ? bufsize : 1;
    o->buf = malloc(o->cap);
    if (o->buf == NULL) {
        free(o);
        return NULL;
    }
    o->write = write;
    o->ctx = ctx;
    o->fd = -1;
    return o;
}

static ssize_t fd_write(void *ctx, const void *p, size_t n) {
    cf_out *o = ctx;
    ssize_t w;
    do {
        w = write(o->fd, p, n);
    } while (w < 0 && errno == EINTR);
    return w;
}

cf_out *cf_out_new_fd(int fd, size_t bufsize) {
    cf_out *o = cf_out_new(fd_write, NULL, bufsize);
    if (o != NULL) {
        o->ctx = o;
        o->fd = fd;
    }
    return o;
}

cf_out *cf_out_new_memory(size_t initial) {
    cf_out *o = cf_out_new(NULL, NULL, initial);
    if (o != NULL) {
        o->grow = 1;
        o->initial = o->cap;
    }
    return o;
}

const char *cf_out_take(cf_out *o, size_t *len) {
    *len = o->len;
    o->len = 0;
    return o->buf;
}

/* Makes room for n more bytes in a memory sink; an empty one that grew large shrinks back. */
static int reserve(cf_out *o, size_t n) {
    if (o->len == 0 && o->cap > 4 * o->initial && n <= o->initial) {
        char *small = realloc(o->buf, o->initial);
        if (small != NULL) {
            o->buf = small;
            o->cap = o->initial;
        }
    }
    size_t cap = o->cap;
    while (cap - o->len < n)
        cap *= 2;
    if (cap == o->cap)
        return 0;
    char *buf = realloc(o->buf, cap);
    if (buf == NULL) {
        o->err = ENOMEM;
        return -1;
    }
    o->buf = buf;
    o->cap = cap;
    return 0;
}

void cf_out_free(cf_out *o) {
    if (o == NULL)
        return;
    free(o->buf);
    free(o);
}

static void drain(cf_out *o, const char *p, size_t n) {
    while (n > 0 && o->err == 0) {
        ssize_t w = o->write(o->ctx, p, n);
        if (w <= 0) {
            o->err = w < 0 && errno != 0 ? errno : EIO;
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

int cf_out_flush(cf_out *o) {
    if (o->grow)
        return o->err == 0 ? 0 : -1;
    drain(o, o->buf, o->len);
    o->len = 0;
    return o->err == 0 ? 0 : -1;
}

void cf_out_write(cf_out *o, const void *p, size_t n) {
    if (o->err != 0 || (o->grow && reserve(o, n) != 0))
        return;
    if (n <= o->cap - o->len) {
        memcpy(o->buf + o->len, p, n);
        o->len += n;
        return;
    }
    cf_out_flush(o);
    if (n >= o->cap) {
        drain(o, p, n); /* large spans go straight from the caller's memory */
        return;
    }
    memcpy(o->buf, p, n);
    o->len = n;
}

void cf_out_ull(cf_out *o, unsigned long long v) {
    char digits[24], *d = digits + sizeof digits;
    do
        *--d = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    cf_out_write(o, d, (size_t)(digits + sizeof digits - d));
}

void cf_out_puts(cf_out *o, const char *s) {
    cf_out_write(o, s, strlen(s));
}

void cf_out_putc(cf_out *o, char c) {
    if (o->len < o->cap)
        o->buf[o->len++] = c;
    else
        cf_out_write(o, &c, 1);
}

void cf_out_printf(cf_out *o, const char *fmt, ...) {
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        cf_out_write(o, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (big == NULL) {
        o->err = o->err ? o->err : ENOMEM;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    cf_out_write(o, big, (size_t)n);
    free(big);
}

/* The offset of the first byte from i on in s[0..n) that a JSON string cannot hold as it is: a
 * control character, '"', '\\', or a byte over 0x7f (which may start a valid UTF-8 character),
 * or n. Sixteen bytes at a time where SSE2 is. */
static size_t plain_json_run(const unsigned char *s, size_t i, size_t n) {
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'),
                  backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        /* signed: bytes over 0x7f are negative, so below 0x20 too */
        __m128i bad =
            _mm_or_si128(_mm_cmplt_epi8(v, space),
                         _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        unsigned mask = (unsigned)_mm_movemask_epi8(bad);
        if (mask != 0)
            return i + (size_t)__builtin_ctz(mask);
    }
#endif
    for (; i < n; i++)
        if (s[i] < 0x20 || s[i] >= 0x80 || s[i] == '"' || s[i] == '\\')
            return i;
    return n;
}

int cf_out_json_chars(cf_out *o, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    int replaced = 0;
    size_t run = 0; /* start of the pending span of bytes that need no escaping */
    for (size_t i = 0; i < n;) {
        i = plain_json_run(u, i, n);
        if (i == n)
            break;
        unsigned char c = u[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            i++;
            continue;
        }
        size_t l = c >= 0x80 ? cf_utf8_char(u + i, n - i) : 0;
        if (l > 0) {
            i += l;
            continue;
        }
        cf_out_write(o, s + run, i - run);
        switch (c) {
        case '"':
            cf_out_puts(o, "\\\"");
            break;
        case '\\':
            cf_out_puts(o, "\\\\");
            break;
        case '\n':
            cf_out_puts(o, "\\n");
            break;
        case '\r':
            cf_out_puts(o, "\\r");
            break;
        case '\t':
            cf_out_puts(o, "\\t");
            break;
        default:
            if (c < 0x20) {
                cf_out_printf(o, "\\u%04x", c);
            } else {
                cf_out_puts(o, "\xEF\xBF\xBD");
                replaced = 1;
            }
        }
        run = ++i;
    }
    cf_out_write(o, s + run, n - run);
    return replaced;
}

int cf_out_json_string(cf_out *o, const char *s, size_t n) {
    cf_out_putc(o, '"');
    int replaced = cf_out_json_chars(o, s, n);
    cf_out_putc(o, '"');
    return replaced;
}

size_t cf_out_pending(const cf_out *o) {
    return o->len;
}

int cf_out_errno(const cf_out *o) {
    return o->err;
}
