#include "message.h"

#include <string.h>

#ifdef __SSE2__
#include <immintrin.h>
#endif

#define MAX_SEPARATORS 6
#define MAX_ARGUMENT   64
#define CUT_WORDS      3   /* the words of a message that must stand when it is cut short */
#define BUDGET         512 /* the characters compared for one code at most */

static int is_digit(char c) {
    return c >= '0' && c <= '9';
}

static int is_word_char(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

int cf_number_stands(const char *s, size_t n, size_t a, size_t b) {
    if (a > 0 && (is_word_char(s[a - 1]) || (s[a - 1] == '.' && a > 1 && is_digit(s[a - 2]))))
        return 0;
    if (b < n && (is_word_char(s[b]) || (s[b] == '.' && b + 1 < n && is_digit(s[b + 1]))))
        return 0;
    return 1;
}

void cf_prefixes_of(const cf_catalogue *cat, cf_prefixes *p) {
    memset(p->bits, 0, sizeof p->bits);
    for (size_t i = 0; i < cf_catalogue_size(cat); i++) {
        const char *c = cf_catalogue_entry(cat, i)->code;
        unsigned v =
            (unsigned)((c[0] - '0') * 1000 + (c[1] - '0') * 100 + (c[2] - '0') * 10 + (c[3] - '0'));
        p->bits[v / 8] |= (unsigned char)(1u << (v % 8));
    }
}

static int has_prefix(const cf_prefixes *p, const char *s) {
    unsigned v =
        (unsigned)((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'));
    return (p->bits[v / 8] >> (v % 8)) & 1;
}

/* The run of digits that reached six digits at offset end - 1: a candidate when it is exactly six,
 * has one of the prefixes (if any) and stands as a word. */
static void candidate(const char *s, size_t n, size_t end, const cf_prefixes *only,
                      void (*fn)(void *, size_t), void *ctx) {
    size_t a = end - 6;
    if ((only != NULL && !has_prefix(only, s + a)) || (a > 0 && is_digit(s[a - 1])) ||
        (end < n && is_digit(s[end])))
        return;
    if (cf_number_stands(s, n, a, end))
        fn(ctx, a);
}

static void scan_scalar(const char *s, size_t from, size_t n, size_t run, const cf_prefixes *only,
                        void (*fn)(void *, size_t), void *ctx) {
    for (size_t i = from; i < n; i++) {
        run = is_digit(s[i]) ? run + 1 : 0;
        if (run == 6)
            candidate(s, n, i + 1, only, fn, ctx);
    }
}

#ifdef __SSE2__
/* A bit for each digit among the 64 bytes at p. */
static inline unsigned long long digit_mask_sse2(const char *p) {
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
    unsigned long long m = 0;
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * k)), zero);
        __m128i le9 = _mm_cmpeq_epi8(_mm_min_epu8(v, nine), v);
        m |= (unsigned long long)(unsigned)_mm_movemask_epi8(le9) << (16 * k);
    }
    return m;
}

__attribute__((target("avx2"))) static inline unsigned long long digit_mask_avx2(const char *p) {
    const __m256i zero = _mm256_set1_epi8('0'), nine = _mm256_set1_epi8(9);
    __m256i a = _mm256_sub_epi8(_mm256_loadu_si256((const __m256i *)p), zero);
    __m256i b = _mm256_sub_epi8(_mm256_loadu_si256((const __m256i *)(p + 32)), zero);
    unsigned lo = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(a, nine), a));
    unsigned hi = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(b, nine), b));
    return (unsigned long long)hi << 32 | lo;
}

/* The scan, with the digit bits of each 64 bytes from mask: the same code for SSE2 and AVX2. */
#define SCAN_BODY(mask)                                                                            \
    unsigned long long prev = 0, prev_two = 0, prev_six = 0; /* of the 64 bytes before */          \
    size_t i = 0;                                                                                  \
    for (; i + 64 <= n; i += 64) {                                                                 \
        unsigned long long m = mask(s + i);                                                        \
        if (m == 0) {                                                                              \
            prev = prev_two = prev_six = 0;                                                        \
            continue;                                                                              \
        }                                                                                          \
        /* Bit k of six: the bytes k-5..k are all digits; first: the first such bit of a run. */   \
        unsigned long long two = m & ((m << 1) | (prev >> 63)); /* bytes k-1..k are digits */      \
        unsigned long long four = two & ((two << 2) | (prev_two >> 62));                           \
        unsigned long long six = four & ((two << 4) | (prev_two >> 60));                           \
        unsigned long long first = six & ~((six << 1) | (prev_six >> 63));                         \
        first &= ~(m >> 1) | (1ull << 63); /* a seventh digit follows: not a code */               \
        while (first != 0) {                                                                       \
            candidate(s, n, i + (size_t)__builtin_ctzll(first) + 1, only, fn, ctx);                \
            first &= first - 1;                                                                    \
        }                                                                                          \
        prev = m;                                                                                  \
        prev_two = two;                                                                            \
        prev_six = six;                                                                            \
    }                                                                                              \
    size_t run = 0;                                                                                \
    while (run < i && is_digit(s[i - 1 - run]) && run < 6)                                         \
        run++;                                                                                     \
    scan_scalar(s, i, n, run, only, fn, ctx);

static void scan_sse2(const char *s, size_t n, const cf_prefixes *only,
                      void (*fn)(void *ctx, size_t start), void *ctx) {
    SCAN_BODY(digit_mask_sse2)
}

__attribute__((target("avx2"))) static void scan_avx2(const char *s, size_t n,
                                                      const cf_prefixes *only,
                                                      void (*fn)(void *ctx, size_t start),
                                                      void *ctx) {
    SCAN_BODY(digit_mask_avx2)
}

void cf_six_digit_words(const char *s, size_t n, const cf_prefixes *only,
                        void (*fn)(void *ctx, size_t start), void *ctx) {
    if (__builtin_cpu_supports("avx2")) /* read from what the loader found: no state here */
        scan_avx2(s, n, only, fn, ctx);
    else
        scan_sse2(s, n, only, fn, ctx);
}
#else
void cf_six_digit_words(const char *s, size_t n, const cf_prefixes *only,
                        void (*fn)(void *ctx, size_t start), void *ctx) {
    scan_scalar(s, 0, n, 0, only, fn, ctx);
}
#endif

static char lower(char c) {
    return (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

static int is_separator(char c) {
    switch (c) {
    case ' ':
    case '\t':
    case '-':
    case ':':
    case '|':
    case '(':
    case ')':
    case '[':
    case ']':
    case ',':
    case '=':
    case '>':
    case '"':
    case '\'':
    case '\\':
        return 1;
    default:
        return 0;
    }
}

static int is_placeholder(const char *m) {
    return m[0] == '{' && is_digit(m[1]) && m[2] == '}';
}

/* Whether c may stand in a placeholder's argument: not a control character or a double quote. */
static int argument_char(char c) {
    return (unsigned char)c >= 0x20 && c != 0x7f && c != '"';
}

/* Whether s[t..k) may be a placeholder's argument: 1 to 64 such characters. */
static int argument(const char *s, size_t t, size_t k) {
    if (k <= t || k - t > MAX_ARGUMENT)
        return 0;
    for (size_t i = t; i < k; i++)
        if (!argument_char(s[i]))
            return 0;
    return 1;
}

/* The length of the text of m up to its next placeholder or its end. */
static size_t literal_len(const char *m) {
    size_t i = 0;
    while (m[i] != '\0' && !is_placeholder(m + i))
        i++;
    return i;
}

/* Whether s[t..n) starts with m[0..len), compared without case. */
static int starts_with(const char *s, size_t n, size_t t, const char *m, size_t len, int *budget) {
    if (n - t < len)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (--*budget < 0 || lower(s[t + i]) != lower(m[i]))
            return 0;
    return 1;
}

/* Whether message m (NUL-terminated) is written at s[t..n), maybe cut short after CUT_WORDS
 * words; a placeholder's argument ends where the text after it (its first 16 characters at
 * most) stands. */
static int written_at(const char *m, const char *s, size_t n, size_t t, int *budget) {
    size_t words = 0;
    while (*m != '\0') {
        if (is_placeholder(m)) {
            m += 3;
            if (*m == '\0')
                return t < n && argument(s, t, t + 1);
            size_t want = literal_len(m) < 16 ? literal_len(m) : 16, k = t + 1;
            while (k < n && k - t <= MAX_ARGUMENT && !starts_with(s, n, k, m, want, budget))
                k++;
            if (k >= n || !argument(s, t, k))
                return words >= CUT_WORDS;
            t = k;
            continue;
        }
        if (t >= n || --*budget < 0 || lower(s[t]) != lower(*m))
            return words >= CUT_WORDS || (words + 1 >= CUT_WORDS && !is_word_char(*m));
        if (*m == ' ')
            words++;
        m++;
        t++;
    }
    return 1;
}

/* Whether the first len characters of message m end just before s[t], as a whole: from the
 * start of a word, each placeholder standing for 1 to 64 characters. */
/* NOLINTNEXTLINE(misc-no-recursion): one level per placeholder, each after spending budget */
static int ends_at(const char *m, size_t len, const char *s, size_t t, int *budget) {
    while (len > 0) {
        if (len >= 3 && is_placeholder(m + len - 3)) {
            len -= 3;
            /* The argument is s[k..t): longer and longer, until it would take a line break, a
             * tab or a double quote. */
            for (size_t k = t; k-- > 0 && t - k <= MAX_ARGUMENT;) {
                if (!argument_char(s[k]) || --*budget < 0)
                    return 0;
                if (len > 0 ? ends_at(m, len, s, k, budget)
                            : k == 0 || !is_word_char(s[k - 1]) || !is_word_char(s[k]))
                    return 1;
            }
            return 0;
        }
        if (t == 0 || --*budget < 0 || lower(s[t - 1]) != lower(m[len - 1]))
            return 0;
        len--;
        t--;
    }
    return t == 0 || !is_word_char(s[t - 1]) || !is_word_char(m[0]);
}

/* Whether message m ends just before s[t], whole, its last '.' optional. */
static int written_before(const char *m, const char *s, size_t t, int *budget) {
    size_t len = strlen(m);
    return ends_at(m, len, s, t, budget) ||
           (len > 1 && m[len - 1] == '.' && ends_at(m, len - 1, s, t, budget));
}

int cf_message_beside(const cf_entry *e, const char *s, size_t n, size_t a) {
    size_t b = a + 6, t = b;
    while (t < n && t - b < MAX_SEPARATORS && is_separator(s[t]))
        t++;
    int budget = BUDGET;
    if (t > b && t < n && written_at(e->message, s, n, t, &budget))
        return 1;
    t = a;
    while (t > 0 && a - t < MAX_SEPARATORS && is_separator(s[t - 1]))
        t--;
    return t < a && written_before(e->message, s, t, &budget);
}
