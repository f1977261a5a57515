#include "json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static size_t skip_ws(const char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

static int is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Scans the string whose opening quote is at *i. */
static int scan_string(const char *s, size_t n, size_t *i) {
    size_t j = *i + 1;
    while (j < n) {
        unsigned char c = (unsigned char)s[j];
        if (c == '"') {
            *i = j + 1;
            return 0;
        }
        if (c < 0x20)
            return -1;
        if (c != '\\') {
            j++;
            continue;
        }
        if (j + 1 >= n)
            return -1;
        char e = s[j + 1];
        if (e == 'u') {
            if (j + 5 >= n || !is_hex(s[j + 2]) || !is_hex(s[j + 3]) || !is_hex(s[j + 4]) ||
                !is_hex(s[j + 5]))
                return -1;
            j += 6;
        } else if (strchr("\"\\/bfnrt", e) != NULL && e != '\0') {
            j += 2;
        } else {
            return -1;
        }
    }
    return -1;
}

static size_t digits(const char *s, size_t n, size_t i) {
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    return i;
}

static int scan_number(const char *s, size_t n, size_t *i) {
    size_t j = *i;
    if (j < n && s[j] == '-')
        j++;
    if (j < n && s[j] == '0') {
        j++;
    } else {
        size_t k = digits(s, n, j);
        if (k == j || s[j] == '0')
            return -1;
        j = k;
    }
    if (j < n && s[j] == '.') {
        size_t k = digits(s, n, j + 1);
        if (k == j + 1)
            return -1;
        j = k;
    }
    if (j < n && (s[j] == 'e' || s[j] == 'E')) {
        j++;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            j++;
        size_t k = digits(s, n, j);
        if (k == j)
            return -1;
        j = k;
    }
    *i = j;
    return 0;
}

static int scan_scalar(const char *s, size_t n, size_t *i) {
    static const char *const words[] = {"true", "false", "null"};
    if (s[*i] == '"')
        return scan_string(s, n, i);
    for (size_t w = 0; w < 3; w++) {
        size_t l = strlen(words[w]);
        if (n - *i >= l && memcmp(s + *i, words[w], l) == 0) {
            *i += l;
            return 0;
        }
    }
    return scan_number(s, n, i);
}

/* The scanner is a loop over three states with an explicit stack of the open containers, a bit
 * each (object or array), so that hostile nesting costs no C stack: 4096 levels in place, more
 * on the heap (a line of n bytes nests at most n deep, n / 8 bytes of stack). */
enum scan_state { WANT_VALUE, WANT_KEY, AFTER_VALUE };

typedef struct nesting {
    uint64_t local[64], *bits;
    size_t cap, depth; /* in bits */
} nesting;

static int push(nesting *st, int object) {
    if (st->depth == st->cap) {
        size_t words = st->cap / 32; /* twice as many 64-bit words */
        uint64_t *more = st->bits == st->local ? malloc(words * sizeof *more)
                                               : realloc(st->bits, words * sizeof *more);
        if (more == NULL)
            return -1;
        if (st->bits == st->local)
            memcpy(more, st->local, sizeof st->local);
        st->bits = more;
        st->cap = words * 64;
    }
    uint64_t bit = (uint64_t)1 << (st->depth % 64), *word = &st->bits[st->depth / 64];
    if (st->depth % 64 == 0)
        *word = 0; /* a word's first bit: its other bits were never written, so clear them */
    if (object)
        *word |= bit;
    else
        *word &= ~bit;
    st->depth++;
    return 0;
}

/* The closing bracket of the innermost open container. */
static char closer(const nesting *st) {
    size_t d = st->depth - 1;
    return st->bits[d / 64] >> (d % 64) & 1 ? '}' : ']';
}

/* Scans one JSON value from s[*pos]. A state machine reads better whole: its three states side by
 * side. Returns 0 with *pos just past the value, or -1. */
static int scan(const char *s, size_t n, size_t *pos, nesting *st) {
    size_t i = *pos;
    enum scan_state state = WANT_VALUE;
    for (;;) {
        if (state == AFTER_VALUE && st->depth == 0) {
            *pos = i;
            return 0;
        }
        i = skip_ws(s, n, i);
        if (i >= n)
            return -1;
        char c = s[i];
        switch (state) {
        case WANT_KEY:
            if (c != '"' || scan_string(s, n, &i) != 0)
                return -1;
            i = skip_ws(s, n, i);
            if (i >= n || s[i] != ':')
                return -1;
            i++;
            state = WANT_VALUE;
            break;
        case WANT_VALUE:
            if (c != '{' && c != '[') {
                if (scan_scalar(s, n, &i) != 0)
                    return -1;
                state = AFTER_VALUE;
            } else if (push(st, c == '{') != 0) {
                return -1; /* out of memory: treated as not JSON */
            } else {
                i = skip_ws(s, n, i + 1);
                if (i < n && s[i] == closer(st)) {
                    i++;
                    st->depth--;
                    state = AFTER_VALUE;
                } else {
                    state = c == '{' ? WANT_KEY : WANT_VALUE;
                }
            }
            break;
        case AFTER_VALUE:
            if (c == ',') {
                i++;
                state = closer(st) == '}' ? WANT_KEY : WANT_VALUE;
            } else if (c == closer(st)) {
                i++;
                st->depth--;
            } else {
                return -1;
            }
            break;
        }
    }
}

int cf_json_scan(const char *s, size_t n, size_t *pos) {
    nesting st;
    st.bits = st.local;
    st.cap = sizeof st.local * 8;
    st.depth = 0;
    int rc = scan(s, n, pos, &st);
    if (st.bits != st.local)
        free(st.bits);
    return rc;
}

int cf_json_object_line(const char *s, size_t n, size_t *close, int *empty) {
    size_t bom = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; /* a UTF-8 byte order mark */
    size_t start = skip_ws(s, n, bom);
    if (start >= n || s[start] != '{')
        return 0;
    size_t end = start;
    if (cf_json_scan(s, n, &end) != 0 || skip_ws(s, n, end) != n)
        return 0;
    *close = end - 1;
    *empty = skip_ws(s, n, start + 1) == end - 1;
    return 1;
}

int cf_json_other_line(const char *s, size_t n) {
    size_t start = skip_ws(s, n, 0), end = start;
    return start < n && s[start] != '{' && cf_json_scan(s, n, &end) == 0 && skip_ws(s, n, end) == n;
}

/* With i at a member name, checks whether it is key and moves i to the member's value. */
static int member_is(const char *s, size_t n, size_t *i, const char *key) {
    size_t start = *i;
    if (scan_string(s, n, i) != 0)
        return -1;
    size_t len = *i - start - 2;
    int same = strlen(key) == len && memcmp(s + start + 1, key, len) == 0;
    *i = skip_ws(s, n, *i);
    if (*i >= n || s[*i] != ':')
        return -1;
    *i = skip_ws(s, n, *i + 1);
    return same;
}

/* With i at an object or array, moves i to the value that step names. */
static int take_step(const char *s, size_t n, size_t *i, const cf_json_step *step) {
    char open = step->key != NULL ? '{' : '[';
    if (*i >= n || s[*i] != open)
        return -1;
    *i = skip_ws(s, n, *i + 1);
    for (size_t k = 0;; k++) {
        if (*i >= n || s[*i] == (open == '{' ? '}' : ']'))
            return -1;
        if (step->key != NULL) {
            int same = member_is(s, n, i, step->key);
            if (same != 0)
                return same > 0 ? 0 : -1;
        } else if (k == step->index) {
            return 0;
        }
        if (cf_json_scan(s, n, i) != 0)
            return -1;
        *i = skip_ws(s, n, *i);
        if (*i >= n || s[*i] != ',')
            return -1;
        *i = skip_ws(s, n, *i + 1);
    }
}

int cf_json_locate(const char *s, size_t n, const cf_json_step *path, size_t steps, size_t *off) {
    size_t i = skip_ws(s, n, 0);
    for (size_t k = 0; k < steps; k++)
        if (take_step(s, n, &i, &path[k]) != 0)
            return -1;
    *off = i;
    return 0;
}
