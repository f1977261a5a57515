#include "scan.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <immintrin.h>
#endif

static int is_digit(char c) {
    return c >= '0' && c <= '9';
}

void cf_scan_set_init(cf_scan_set *set, const cf_literal *lits, size_t nlits,
                      const cf_prefixes *prefixes) {
    memset(set, 0, sizeof *set);
    set->nlits = nlits < CF_SCAN_LITERALS ? nlits : CF_SCAN_LITERALS;
    set->prefixes = prefixes;
    for (size_t i = 0; i < set->nlits; i++) {
        set->lits[i] = lits[i];
        for (size_t j = 0; j < 3; j++) {
            unsigned char c = (unsigned char)lits[i].text[j];
            /* Compared with the case bit set wherever the byte has it: a caseless letter's two
             * cases (and, for other bytes, one more byte at most, which the check of the whole
             * literal rules out). A byte past the literal's end: (byte | 0xff) == 0xff always. */
            set->fold[j][i] = j >= lits[i].len ? 0xff : c & 0x20;
            set->want[j][i] = j >= lits[i].len ? 0xff : c;
        }
        unsigned char c = (unsigned char)lits[i].text[0];
        set->starting[c] |= (unsigned char)(1u << i);
        if (lits[i].caseless && c >= 'a' && c <= 'z')
            set->starting[c - 'a' + 'A'] |= (unsigned char)(1u << i);
    }
}

void cf_scan_free(cf_scan *out) {
    for (size_t i = 0; i < CF_SCAN_LITERALS; i++)
        free(out->lits[i].at);
    free(out->sixes.at);
    memset(out, 0, sizeof *out);
}

static void push(cf_scan *out, cf_offsets *o, size_t at) {
    if (o->n == o->cap) {
        size_t cap = o->cap ? 2 * o->cap : 256;
        size_t *a = realloc(o->at, cap * sizeof *a);
        if (a == NULL) {
            out->failed = 1;
            return;
        }
        o->at = a;
        o->cap = cap;
    }
    o->at[o->n++] = at;
}

static inline int has_prefix(const cf_prefixes *p, const char *s) {
    unsigned v =
        (unsigned)((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'));
    return (p->bits[v / 8] >> (v % 8)) & 1;
}

/* Whether the six digits that end at offset end may start a code: they have one of the set's
 * prefixes (if it has any). The cheapest test, made before six(). */
static inline int prefix_ok(const cf_scan_set *set, const char *s, size_t end) {
    return set->prefixes == NULL || has_prefix(set->prefixes, s + end - 6);
}

/* The run of digits that reached six digits at offset end - 1, with a prefix that may start a
 * code: kept when it is exactly six and stands as a word. */
static void six(const char *s, size_t n, size_t end, cf_scan *out) {
    size_t a = end - 6;
    if ((a > 0 && is_digit(s[a - 1])) || (end < n && is_digit(s[end])))
        return;
    if (cf_number_stands(s, n, a, end))
        push(out, &out->sixes, a);
}

/* Whether literal l stands whole at offset at of s[0..n). */
static inline int literal_at(const cf_literal *l, const char *s, size_t n, size_t at) {
    if (n - at < l->len)
        return 0;
    for (size_t k = 0; k < l->len; k++) {
        char c = s[at + k];
        if (l->caseless && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != l->text[k])
            return 0;
    }
    return 1;
}

/* Notes every literal that stands at offset at: of those that may start with its byte. */
static void literals_at(const cf_scan_set *set, const char *s, size_t n, size_t at, cf_scan *out) {
    for (unsigned may = set->starting[(unsigned char)s[at]]; may != 0; may &= may - 1) {
        size_t i = (size_t)__builtin_ctz(may);
        if (literal_at(&set->lits[i], s, n, at))
            push(out, &out->lits[i], at);
    }
}

/* The pass one byte at a time over s[from..n), run being the digits just before from. */
static void scan_scalar(const cf_scan_set *set, const char *s, size_t from, size_t n, size_t run,
                        cf_scan *out) {
    for (size_t i = from; i < n; i++) {
        run = is_digit(s[i]) ? run + 1 : 0;
        if (run == 6 && prefix_ok(set, s, i + 1))
            six(s, n, i + 1, out);
        out->newlines += s[i] == '\n';
        literals_at(set, s, n, i, out);
    }
}

#ifdef __SSE2__
/* The masks of 64 bytes, one bit a byte: digits, newlines, and for each literal the places where
 * its first two or three bytes stand (read up to 2 bytes past the 64). */
typedef struct masks {
    uint64_t digits, newlines;
    uint64_t lits; /* where the first bytes of some literal stand */
} masks;

/* The literals' first three bytes as the vector code compares them, made once per pass: byte j of
 * literal i stands where (input | fold[j][i]) == want[j][i]. When every literal is caseless in its
 * first three bytes (uniform), the input is folded once for all of them. */
#define PREPARED(VEC)                                                                              \
    struct {                                                                                       \
        VEC fold[3][CF_SCAN_LITERALS], want[3][CF_SCAN_LITERALS];                                  \
        size_t nlits;                                                                              \
        int uniform;                                                                               \
    }

#define PREPARE(P, SET1)                                                                           \
    do {                                                                                           \
        (P).nlits = set->nlits;                                                                    \
        (P).uniform = 1;                                                                           \
        for (size_t i = 0; i < set->nlits; i++)                                                    \
            for (int j = 0; j < 3; j++) {                                                          \
                (P).fold[j][i] = SET1((char)set->fold[j][i]);                                      \
                (P).want[j][i] = SET1((char)set->want[j][i]);                                      \
                (P).uniform &= set->fold[j][i] == 0x20;                                            \
            }                                                                                      \
    } while (0)

/* The literal bits of VEC bytes v0 (and v1, v2 loaded one and two bytes on), into *OUT. */
#define LITERAL_BITS(VEC, OR, AND, CMPEQ, MOVEMASK, SET1, OUT)                                     \
    do {                                                                                           \
        VEC any = SET1(0);                                                                         \
        if (pp->uniform) {                                                                         \
            const VEC case_bit = SET1(0x20);                                                       \
            v0 = OR(v0, case_bit);                                                                 \
            v1 = OR(v1, case_bit);                                                                 \
            v2 = OR(v2, case_bit);                                                                 \
            for (size_t i = 0; i < pp->nlits; i++)                                                 \
                any = OR(any, AND(AND(CMPEQ(v0, pp->want[0][i]), CMPEQ(v1, pp->want[1][i])),       \
                                  CMPEQ(v2, pp->want[2][i])));                                     \
        } else {                                                                                   \
            for (size_t i = 0; i < pp->nlits; i++)                                                 \
                any = OR(any, AND(AND(CMPEQ(OR(v0, pp->fold[0][i]), pp->want[0][i]),               \
                                      CMPEQ(OR(v1, pp->fold[1][i]), pp->want[1][i])),              \
                                  CMPEQ(OR(v2, pp->fold[2][i]), pp->want[2][i])));                 \
        }                                                                                          \
        *(OUT) = (unsigned)MOVEMASK(any);                                                          \
    } while (0)

typedef PREPARED(__m128i) prepared_sse2;

static inline void masks_sse2(const prepared_sse2 *pp, const char *p, masks *m) {
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9), nl = _mm_set1_epi8('\n');
    m->digits = m->newlines = m->lits = 0;
    for (int k = 0; k < 4; k++) {
        const char *q = p + 16 * k;
        __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)q);
        __m128i d = _mm_sub_epi8(v0, zero);
        __m128i le9 = _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d);
        m->digits |= (uint64_t)(unsigned)_mm_movemask_epi8(le9) << (16 * k);
        m->newlines |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v0, nl)) << (16 * k);
        if (pp->nlits == 0)
            continue;
        __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(q + 1));
        __m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(q + 2));
        unsigned lits;
        LITERAL_BITS(__m128i, _mm_or_si128, _mm_and_si128, _mm_cmpeq_epi8, _mm_movemask_epi8,
                     _mm_set1_epi8, &lits);
        m->lits |= (uint64_t)lits << (16 * k);
    }
}

typedef PREPARED(__m256i) prepared_avx2;

/* The masks of the 32 bytes at q: digits, newlines and where literals may start. */
__attribute__((target("avx2"))) static inline void half_avx2(const prepared_avx2 *pp, const char *q,
                                                             unsigned *digits, unsigned *newlines,
                                                             unsigned *lits) {
    const __m256i zero = _mm256_set1_epi8('0'), nine = _mm256_set1_epi8(9),
                  nl = _mm256_set1_epi8('\n');
    __m256i v0 = _mm256_loadu_si256((const __m256i *)(const void *)q);
    __m256i d = _mm256_sub_epi8(v0, zero);
    *digits = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(d, nine), d));
    *newlines = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, nl));
    *lits = 0;
    if (pp->nlits == 0)
        return;
    __m256i v1 = _mm256_loadu_si256((const __m256i *)(const void *)(q + 1));
    __m256i v2 = _mm256_loadu_si256((const __m256i *)(const void *)(q + 2));
    LITERAL_BITS(__m256i, _mm256_or_si256, _mm256_and_si256, _mm256_cmpeq_epi8,
                 _mm256_movemask_epi8, _mm256_set1_epi8, lits);
}

__attribute__((target("avx2"))) static inline void masks_avx2(const prepared_avx2 *pp,
                                                              const char *p, masks *m) {
    unsigned d0, n0, l0, d1, n1, l1;
    half_avx2(pp, p, &d0, &n0, &l0);
    half_avx2(pp, p + 32, &d1, &n1, &l1);
    m->digits = (uint64_t)d1 << 32 | d0;
    m->newlines = (uint64_t)n1 << 32 | n0;
    m->lits = (uint64_t)l1 << 32 | l0;
}

/* The pass 64 bytes at a time with the masks of MASKS, then one byte at a time for the last few:
 * the same code for SSE2 and AVX2. A literal whose first bytes stand is checked whole. A
 * six-digit word is found by shifting the digit bits: bit k of six means bytes k-5..k are all
 * digits, and first marks the first such bit of a run. */
#define SCAN_BODY(MASKS, POPCOUNT)                                                                 \
    uint64_t prev = 0, prev_two = 0, prev_six = 0; /* of the 64 bytes before */                    \
    size_t i = 0;                                                                                  \
    for (; n >= 66 && i <= n - 66; i += 64) {                                                      \
        masks k;                                                                                   \
        MASKS(&pp, s + i, &k);                                                                     \
        if (k.newlines != 0)                                                                       \
            out->newlines += (unsigned long long)POPCOUNT(k.newlines);                             \
        for (uint64_t l = k.lits; l != 0; l &= l - 1)                                              \
            literals_at(set, s, n, i + (size_t)__builtin_ctzll(l), out);                           \
        uint64_t m = k.digits;                                                                     \
        if (m == 0) {                                                                              \
            prev = prev_two = prev_six = 0;                                                        \
            continue;                                                                              \
        }                                                                                          \
        uint64_t two = m & ((m << 1) | (prev >> 63));                                              \
        uint64_t four = two & ((two << 2) | (prev_two >> 62));                                     \
        uint64_t six_ = four & ((two << 4) | (prev_two >> 60));                                    \
        uint64_t first = six_ & ~((six_ << 1) | (prev_six >> 63));                                 \
        first &= ~(m >> 1) | (1ull << 63); /* a seventh digit follows: not a word of six */        \
        for (; first != 0; first &= first - 1) {                                                   \
            size_t end = i + (size_t)__builtin_ctzll(first) + 1;                                   \
            if (prefix_ok(set, s, end))                                                            \
                six(s, n, end, out);                                                               \
        }                                                                                          \
        prev = m;                                                                                  \
        prev_two = two;                                                                            \
        prev_six = six_;                                                                           \
    }                                                                                              \
    size_t run = 0;                                                                                \
    while (run < i && run < 6 && is_digit(s[i - 1 - run]))                                         \
        run++;                                                                                     \
    scan_scalar(set, s, i, n, run, out);

/* Counts the bits of x without the POPCNT instruction, which baseline x86-64 lacks. */
static inline int popcount_sse2(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (int)((x * 0x0101010101010101ull) >> 56);
}

static void scan_sse2(const cf_scan_set *set, const char *s, size_t n, cf_scan *out) {
    prepared_sse2 pp;
    PREPARE(pp, _mm_set1_epi8);
    SCAN_BODY(masks_sse2, popcount_sse2)
}

__attribute__((target("avx2,popcnt"))) static void scan_avx2(const cf_scan_set *set, const char *s,
                                                             size_t n, cf_scan *out) {
    prepared_avx2 pp;
    PREPARE(pp, _mm256_set1_epi8);
    SCAN_BODY(masks_avx2, __builtin_popcountll)
}
#endif

/* Empties out's lists and count for a new pass. */
static void start_pass(cf_scan *out) {
    for (size_t i = 0; i < CF_SCAN_LITERALS; i++)
        out->lits[i].n = 0;
    out->sixes.n = 0;
    out->newlines = 0;
    out->failed = 0;
}

void cf_scan_block_baseline(const cf_scan_set *set, const char *s, size_t n, cf_scan *out) {
    start_pass(out);
#ifdef __SSE2__
    scan_sse2(set, s, n, out);
#else
    scan_scalar(set, s, 0, n, 0, out);
#endif
}

void cf_scan_block(const cf_scan_set *set, const char *s, size_t n, cf_scan *out) {
#ifdef __SSE2__
    if (__builtin_cpu_supports("avx2")) { /* read from what the loader found: no state here */
        start_pass(out);
        scan_avx2(set, s, n, out);
        return;
    }
#endif
    cf_scan_block_baseline(set, s, n, out);
}
