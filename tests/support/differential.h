/* differential.h - for the unit tests and the fuzzers: the one-pass search (cf_scan_block, then
 * PCRE2 anchored where the literals stand) side by side with the plain one (each pattern over the
 * whole text), and a byte-at-a-time reference for the scan itself. Any difference is a bug of the
 * fast path. */
#ifndef CF_TEST_DIFFERENTIAL_H
#define CF_TEST_DIFFERENTIAL_H

#include <stdlib.h>
#include <string.h>

#include "patterns.h"
#include "scan.h"

/* The spans of m over s[0..n) found the fast way, with scan holding the pass (free it after). */
static inline const cf_span *fast_find(cf_matcher *m, const cf_patterns *p, const char *s, size_t n,
                                       cf_scan *scan, size_t *count) {
    size_t np = cf_patterns_count(p), nlits = 0;
    cf_literal lits[CF_SCAN_LITERALS];
    int *slot = malloc((np ? np : 1) * sizeof(int));
    for (size_t i = 0; i < np; i++) {
        const cf_literal *lit = nlits < CF_SCAN_LITERALS ? cf_patterns_literal(p, i) : NULL;
        slot[i] = lit != NULL ? (int)nlits : -1;
        if (lit != NULL)
            lits[nlits++] = *lit;
    }
    cf_scan_set set;
    cf_scan_set_init(&set, lits, nlits, NULL);
    cf_scan_block(&set, s, n, scan);
    const cf_span *spans = cf_matcher_find_at(m, s, n, scan->lits, slot, count);
    free(slot);
    return spans;
}

/* Whether two lists of spans are the same: offsets, keys and rule names. Returns the index of the
 * first difference, or -1. */
static inline long spans_differ(const cf_span *a, size_t na, const cf_span *b, size_t nb) {
    for (size_t i = 0; i < na || i < nb; i++) {
        if (i >= na || i >= nb || a[i].start != b[i].start || a[i].end != b[i].end ||
            a[i].key_start != b[i].key_start || a[i].key_end != b[i].key_end ||
            strcmp(a[i].rule, b[i].rule) != 0)
            return (long)i;
    }
    return -1;
}

/* Whether the plain and the fast search of s[0..n) by p find the same spans: -1 when they do,
 * else the index of the first difference. */
static inline long search_differs(const cf_patterns *p, const char *s, size_t n) {
    cf_matcher *plain = cf_matcher_new(p), *fast = cf_matcher_new(p);
    cf_scan scan = {0};
    size_t na, nb;
    const cf_span *a = cf_matcher_find(plain, s, n, &na);
    const cf_span *b = fast_find(fast, p, s, n, &scan, &nb);
    long d = spans_differ(a, na, b, nb);
    cf_scan_free(&scan);
    cf_matcher_free(plain);
    cf_matcher_free(fast);
    return d;
}

/* The scan of s[0..n) one byte at a time, written from its definition, into ref. */
static inline void scan_reference(const cf_scan_set *set, const char *s, size_t n, cf_scan *ref) {
    memset(ref, 0, sizeof *ref);
    for (size_t i = 0; i < CF_SCAN_LITERALS; i++)
        ref->lits[i].at = malloc((n + 1) * sizeof(size_t));
    ref->sixes.at = malloc((n + 1) * sizeof(size_t));
    for (size_t at = 0; at < n; at++) {
        ref->newlines += s[at] == '\n';
        for (size_t i = 0; i < set->nlits; i++) {
            const cf_literal *l = &set->lits[i];
            size_t k = 0;
            for (; k < l->len && at + k < n; k++) {
                char c = s[at + k];
                if (l->caseless && c >= 'A' && c <= 'Z')
                    c = (char)(c + 32);
                if (c != l->text[k])
                    break;
            }
            if (k == l->len)
                ref->lits[i].at[ref->lits[i].n++] = at;
        }
        size_t e = at;
        while (e < n && s[e] >= '0' && s[e] <= '9')
            e++;
        if (e - at == 6 && (at == 0 || s[at - 1] < '0' || s[at - 1] > '9') &&
            cf_number_stands(s, n, at, e))
            ref->sixes.at[ref->sixes.n++] = at;
    }
}

/* Whether a scan equals the reference: -1, or which list differs (0-7 a literal's, 8 the
 * six-digit words, 9 the newlines). */
static inline int scan_differs(const cf_scan_set *set, const cf_scan *a, const cf_scan *b) {
    for (size_t i = 0; i < set->nlits; i++)
        if (a->lits[i].n != b->lits[i].n ||
            (a->lits[i].n > 0 &&
             memcmp(a->lits[i].at, b->lits[i].at, a->lits[i].n * sizeof(size_t)) != 0))
            return (int)i;
    if (a->sixes.n != b->sixes.n ||
        (a->sixes.n > 0 && memcmp(a->sixes.at, b->sixes.at, a->sixes.n * sizeof(size_t)) != 0))
        return 8;
    return a->newlines != b->newlines ? 9 : -1;
}

#endif
