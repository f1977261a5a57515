/* matcher.c - the spans of codes that a pattern set finds in a block, a line, or a window of a
 * long line, within PCRE2's limits. */
#include "pattern.h"

#include <stdlib.h>
#include <string.h>

struct cf_matcher {
    const cf_patterns *patterns;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    cf_span *spans, *merged; /* both spans_cap long */
    size_t nspans, spans_cap;
    unsigned long limit_hits;
    unsigned long *pattern_limit_hits; /* one count per pattern */
    int failed;                        /* memory ran out */
    /* A search by windows (cf_matcher_find_window): only codes that start in [from, to) are kept;
     * a match with a code at to or later waits for the next window, from its start, which each
     * pattern's resume holds. Otherwise from is 0 and to SIZE_MAX. */
    size_t from, to;
    int later; /* the match being added has a code at to or later */
    size_t *resume;
    const cf_offsets *lists; /* cf_matcher_find_at's: where the literals stand */
    const int *slot;         /* per pattern: its list, or -1 */
};

/* The checks patterns call: 0 lets the match go on, 1 makes it back off. */
static int check(pcre2_callout_block *cb, void *words) {
    const char *s = (const char *)cb->subject;
    if (cb->callout_string[0] == 'k')
        return cf_words_key_ok(words, s, cb->subject_length, cb->current_position) ? 0 : 1;
    return cf_words_measured(words, s, cb->subject_length, cb->current_position) ? 1 : 0;
}

cf_matcher *cf_matcher_new(const cf_patterns *p) {
    cf_matcher *m = calloc(1, sizeof *m);
    if (m == NULL)
        return NULL;
    m->patterns = p;
    m->md = pcre2_match_data_create(p->most_groups ? p->most_groups : 1, NULL);
    m->mctx = pcre2_match_context_create(NULL);
    m->pattern_limit_hits = calloc(p->count ? p->count : 1, sizeof *m->pattern_limit_hits);
    m->resume = calloc(p->count ? p->count : 1, sizeof *m->resume);
    m->to = SIZE_MAX;
    if (m->md == NULL || m->mctx == NULL || m->pattern_limit_hits == NULL || m->resume == NULL) {
        cf_matcher_free(m);
        return NULL;
    }
    /* Bound the work a hostile line can cause a pathological pattern to do. */
    pcre2_set_callout(m->mctx, check, (void *)p->words);
    pcre2_set_match_limit(m->mctx, 1000000);
    pcre2_set_depth_limit(m->mctx, 10000);
    return m;
}

void cf_matcher_free(cf_matcher *m) {
    if (m == NULL)
        return;
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mctx);
    free(m->spans);
    free(m->merged);
    free(m->pattern_limit_hits);
    free(m->resume);
    free(m);
}

unsigned long cf_matcher_limit_hits(const cf_matcher *m) {
    return m->limit_hits;
}

int cf_matcher_failed(const cf_matcher *m) {
    return m->failed;
}

unsigned long cf_matcher_pattern_limit_hits(const cf_matcher *m, size_t i) {
    return i < m->patterns->count ? m->pattern_limit_hits[i] : 0;
}

static int push_span(cf_matcher *m, cf_span span) {
    if (span.start < m->from || span.start >= m->to) { /* another window's */
        m->later |= span.start >= m->to;
        return 0;
    }
    if (m->nspans == m->spans_cap) {
        size_t cap = m->spans_cap ? m->spans_cap * 2 : 64;
        cf_span *s = realloc(m->spans, cap * sizeof *s);
        if (s == NULL)
            return m->failed = -1;
        m->spans = s;
        s = realloc(m->merged, cap * sizeof *s);
        if (s == NULL)
            return m->failed = -1;
        m->merged = s;
        m->spans_cap = cap;
    }
    m->spans[m->nspans++] = span;
    return 0;
}

/* The key or phrase word at offset at of s[0..n), where the match starts: the key that ends where
 * the run of key characters from at ends, as the key check reads it. */
static void key_around(const char *s, size_t n, size_t at, cf_span *sp) {
    size_t b = at;
    while (b < n && b - at < CF_KEY_MAX && cf_is_key_char(s[b]))
        b++;
    sp->key_start = cf_key_start(s, b);
    sp->key_end = sp->key_start < b ? b : sp->key_start;
}

/* Adds a span for every item of the list s[a..b): digits, each maybe quoted, between commas. */
static int push_list(cf_matcher *m, const char *s, size_t a, size_t b, cf_span sp) {
    for (size_t i = a; i < b; i++) {
        if (s[i] < '0' || s[i] > '9')
            continue;
        size_t e = i;
        while (e < b && s[e] >= '0' && s[e] <= '9')
            e++;
        sp.start = i;
        sp.end = e;
        if (push_span(m, sp) != 0)
            return -1;
        i = e;
    }
    return 0;
}

/* Adds the spans of one match: its code group, or the items of its list group. */
/* Whether the match and the group [a, b) of it (which a lookaround may place outside the match)
 * lie within one line. */
static int one_line(const char *s, const PCRE2_SIZE *ov, size_t a, size_t b) {
    size_t from = a < ov[0] ? a : ov[0], to = b > ov[1] ? b : ov[1];
    return memchr(s + from, '\n', to - from) == NULL;
}

/* Adds the spans of one match: its code group, or the items of its list group, when they stand
 * on the match's line. */
static int push_match(cf_matcher *m, const pattern *pat, const char *s, size_t n, int rc) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    PCRE2_SPTR mark = pcre2_get_mark(m->md);
    cf_span sp = {.rule = mark != NULL ? cf_pattern_mark_name(pat, (const char *)mark) : pat->rule};
    key_around(s, n, ov[0], &sp);
    int k = pat->list_group;
    if (k != 0 && k < rc && ov[2 * k] != PCRE2_UNSET)
        return one_line(s, ov, ov[2 * k], ov[2 * k + 1])
                   ? push_list(m, s, ov[2 * k], ov[2 * k + 1], sp)
                   : 0;
    for (int g = 0; g < pat->ngroups; g++) {
        k = pat->groups[g];
        if (k < rc && ov[2 * k] != PCRE2_UNSET) {
            sp.start = ov[2 * k];
            sp.end = ov[2 * k + 1];
            return one_line(s, ov, sp.start, sp.end) ? push_span(m, sp) : 0;
        }
    }
    return 0;
}

/* Merges the sorted runs spans[0..mid) and spans[mid..nspans) into one, keeping one span per
 * start offset. */
static void merge(cf_matcher *m, size_t mid) {
    cf_span *a = m->spans, *out = m->merged;
    size_t i = 0, j = mid, k = 0;
    while (i < mid || j < m->nspans) {
        int take_a = j == m->nspans || (i < mid && a[i].start <= a[j].start);
        cf_span next = take_a ? a[i++] : a[j++];
        if (k == 0 || out[k - 1].start != next.start)
            out[k++] = next;
    }
    m->merged = m->spans;
    m->spans = out;
    m->nspans = k;
}

/* Whether rc is PCRE2's word for a subject that is not valid UTF-8 (a (*UTF) pattern). */
static int utf_error(int rc) {
    return rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21;
}

/* Counts an error of pattern i's search that is a limit (invalid UTF-8 is not one). */
static void count_limit(cf_matcher *m, size_t i, int rc) {
    if (!utf_error(rc)) {
        m->limit_hits++;
        m->pattern_limit_hits[i]++;
    }
}

/* After an error in the search of s[0..n) from at (a limit, or invalid UTF-8 for a (*UTF)
 * pattern): searches one line at a time, each as a subject that ends at its '\n', until the line
 * that fails again, which is passed (and counted, for a limit). Returns where searching the block
 * whole may resume: the start of the line after it, or past n when no line is left. So the work
 * stays linear, a bad byte costs its own line only, and the count is a figure of each line,
 * whatever block it was read in. */
static size_t line_by_line(cf_matcher *m, size_t i, const char *s, size_t n, size_t at) {
    const pattern *pat = &m->patterns->list[i];
    while (at <= n) {
        const char *nl = memchr(s + at, '\n', n - at);
        size_t end = nl != NULL ? (size_t)(nl - s) : n, next = end + 1;
        for (;;) {
            int rc = pcre2_match(pat->re, (PCRE2_SPTR)s, end, at, 0, m->md, m->mctx);
            if (rc == PCRE2_ERROR_NOMATCH)
                break;
            if (rc < 0) {
                count_limit(m, i, rc);
                return next;
            }
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
            if (push_match(m, pat, s, n, rc) != 0)
                return n + 1;
            at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
            if (at > end)
                break;
        }
        at = next;
    }
    return n + 1;
}

/* Takes pcre2_match's answer rc for pattern i searched from *at: after a limit error the search
 * goes on line by line, a match across a line end does not count, any other is added; sets *at to
 * where the search goes on. Returns -1 when memory ran out. */
static int take_match(cf_matcher *m, size_t i, const char *s, size_t n, int rc, PCRE2_SIZE *at) {
    if (rc < 0) {
        *at = line_by_line(m, i, s, n, *at);
        return 0;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    if (memchr(s + ov[0], '\n', ov[1] - ov[0]) != NULL) {
        *at = ov[0] + 1;
        return 0;
    }
    if (push_match(m, &m->patterns->list[i], s, n, rc) != 0)
        return -1;
    *at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    return 0;
}

/* Adds the code spans of every match of pattern i in s. */
static void find_one(cf_matcher *m, size_t i, const char *s, size_t n) {
    PCRE2_SIZE at = 0;
    while (at <= n) {
        int rc = pcre2_match(m->patterns->list[i].re, (PCRE2_SPTR)s, n, at, 0, m->md, m->mctx);
        if (rc == PCRE2_ERROR_NOMATCH || take_match(m, i, s, n, rc, &at) != 0)
            return;
    }
}

/* Adds the code spans of every match of pattern i in s, the same as find_one, but trying the
 * pattern anchored only at the offsets in starts, where its leading literal stands (every match
 * starts at one of them, so the first that matches from where the search stands is the match an
 * unanchored search finds). */
static void find_from(cf_matcher *m, size_t i, const char *s, size_t n, const cf_offsets *starts) {
    const pattern *pat = &m->patterns->list[i];
    PCRE2_SIZE at = 0;
    for (size_t k = 0; k < starts->n; k++) {
        if (starts->at[k] < at)
            continue;
        /* called once per place, the JIT's own entry saves pcre2_match's checks, which hold: the
         * pattern has no UTF mode, and the offset is within the subject */
        int rc =
            pat->anchored_jit
                ? pcre2_jit_match(pat->anchored, (PCRE2_SPTR)s, n, starts->at[k], 0, m->md, m->mctx)
                : pcre2_match(pat->anchored, (PCRE2_SPTR)s, n, starts->at[k], 0, m->md, m->mctx);
        if (rc != PCRE2_ERROR_NOMATCH && take_match(m, i, s, n, rc, &at) != 0)
            return;
    }
}

/* Finds pattern i's spans from its starts when cf_matcher_find_at has them, else whole. */
static void find_listed(cf_matcher *m, size_t i, const char *s, size_t n) {
    if (m->slot[i] >= 0 && m->patterns->list[i].anchored != NULL)
        find_from(m, i, s, n, &m->lists[m->slot[i]]);
    else
        find_one(m, i, s, n);
}

static int by_start(const void *a, const void *b) {
    const cf_span *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

/* Makes the spans one pattern just found, spans[from..nspans), ordered by start with one per
 * start. They nearly always are already: only a code group inside a lookaround can step back. */
static void order_run(cf_matcher *m, size_t from) {
    if (m->nspans - from < 2)
        return;
    cf_span *run = m->spans + from;
    size_t n = m->nspans - from, w = 1;
    for (size_t i = 1; i < n && w == i; i++)
        if (run[i].start > run[i - 1].start)
            w++;
    if (w == n)
        return;
    qsort(run, n, sizeof *run, by_start);
    w = 1;
    for (size_t i = 1; i < n; i++)
        if (run[i].start != run[w - 1].start)
            run[w++] = run[i];
    m->nspans = from + w;
}

/* Adds the code spans in [m->from, m->to) of the matches of pattern i in the line s[0..n), from
 * where the last window left it, and notes where the next window takes it up. A limit error gives
 * up the pattern for the rest of the line, counted once, as line_by_line does. */
static void find_in_window(cf_matcher *m, size_t i, const char *s, size_t n) {
    const pattern *pat = &m->patterns->list[i];
    PCRE2_SIZE at = m->resume[i];
    while (at <= n) {
        int rc = pcre2_match(pat->re, (PCRE2_SPTR)s, n, at, 0, m->md, m->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc < 0) {
            count_limit(m, i, rc);
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        if (ov[0] >= m->to) { /* the next window's, unless a lookbehind put its code earlier */
            m->resume[i] = ov[0];
            return;
        }
        if (memchr(s + ov[0], '\n', ov[1] - ov[0]) != NULL) {
            at = ov[0] + 1;
            continue;
        }
        m->later = 0;
        if (push_match(m, pat, s, n, rc) != 0)
            break;
        if (m->later) { /* found again from here by the next window, for its later codes */
            m->resume[i] = ov[0];
            return;
        }
        at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
    m->resume[i] = n + 1;
}

/* Finds the spans of every pattern with find (whole or by window), in order, one per start. */
static const cf_span *find_all(cf_matcher *m, const char *s, size_t n, size_t *count,
                               void (*find)(cf_matcher *, size_t, const char *, size_t)) {
    const cf_patterns *p = m->patterns;
    m->nspans = 0;
    for (size_t i = 0; i < p->count; i++) {
        size_t before = m->nspans;
        find(m, i, s, n);
        order_run(m, before);
        if (before > 0 && m->nspans > before)
            merge(m, before);
    }
    *count = m->nspans;
    return m->nspans > 0 ? m->spans : NULL;
}

const cf_span *cf_matcher_find(cf_matcher *m, const char *s, size_t n, size_t *count) {
    m->from = 0;
    m->to = SIZE_MAX;
    return find_all(m, s, n, count, find_one);
}

const cf_span *cf_matcher_find_at(cf_matcher *m, const char *s, size_t n, const cf_offsets *lists,
                                  const int *slot, size_t *count) {
    m->from = 0;
    m->to = SIZE_MAX;
    m->lists = lists;
    m->slot = slot;
    const cf_span *spans = find_all(m, s, n, count, find_listed);
    m->lists = NULL;
    m->slot = NULL;
    return spans;
}

const cf_span *cf_matcher_find_window(cf_matcher *m, const char *s, size_t n, size_t from,
                                      size_t to, size_t *count) {
    if (from == 0)
        memset(m->resume, 0, m->patterns->count * sizeof *m->resume);
    m->from = from;
    m->to = to;
    const cf_span *spans = find_all(m, s, n, count, find_in_window);
    m->from = 0;
    m->to = SIZE_MAX;
    return spans;
}
