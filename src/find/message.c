#include "message.h"

#include <string.h>

#include "scan.h"

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

void cf_six_digit_words(const char *s, size_t n, const cf_prefixes *only,
                        void (*fn)(void *ctx, size_t start), void *ctx) {
    cf_scan_set set;
    cf_scan found = {0};
    cf_scan_set_init(&set, NULL, 0, only);
    cf_scan_block(&set, s, n, &found);
    for (size_t i = 0; i < found.sixes.n; i++)
        fn(ctx, found.sixes.at[i]);
    cf_scan_free(&found);
}

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
