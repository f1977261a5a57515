#define PCRE2_CODE_UNIT_WIDTH 8
#include "patterns.h"

#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

/* A pattern's "code" group may have several numbers (duplicate names with (?J)). */
#define MAX_CODE_GROUPS 8

typedef struct pattern {
    pcre2_code *re;
    char *file; /* where it came from, for messages */
    size_t line;
    int groups[MAX_CODE_GROUPS];
    int ngroups;
} pattern;

struct cf_patterns {
    pattern *list;
    size_t count, cap;
    uint32_t most_groups; /* the largest capture count + 1, to size match data */
};

struct cf_matcher {
    const cf_patterns *patterns;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    cf_span *spans, *merged; /* both spans_cap long */
    size_t nspans, spans_cap;
    unsigned long limit_hits;
    unsigned long *pattern_limit_hits; /* one count per pattern */
    int failed;                        /* memory ran out */
};

cf_patterns *cf_patterns_new(void) {
    return calloc(1, sizeof(cf_patterns));
}

void cf_patterns_free(cf_patterns *p) {
    if (p == NULL)
        return;
    for (size_t i = 0; i < p->count; i++) {
        pcre2_code_free(p->list[i].re);
        free(p->list[i].file);
    }
    free(p->list);
    free(p);
}

size_t cf_patterns_count(const cf_patterns *p) {
    return p->count;
}

const char *cf_patterns_source(const cf_patterns *p, size_t i, size_t *line) {
    *line = p->list[i].line;
    return p->list[i].file;
}

/* Collects the numbers of the groups named "code" from the pattern's name table. */
static int code_groups(pattern *pat) {
    uint32_t count, size;
    PCRE2_SPTR table;
    pcre2_pattern_info(pat->re, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(pat->re, PCRE2_INFO_NAMEENTRYSIZE, &size);
    pcre2_pattern_info(pat->re, PCRE2_INFO_NAMETABLE, &table);
    pat->ngroups = 0;
    for (uint32_t i = 0; i < count && pat->ngroups < MAX_CODE_GROUPS; i++) {
        PCRE2_SPTR entry = table + (size_t)i * size;
        if (strcmp((const char *)entry + 2, "code") == 0)
            pat->groups[pat->ngroups++] = (entry[0] << 8) | entry[1];
    }
    return pat->ngroups;
}

static void count_groups(cf_patterns *p, const pattern *pat) {
    uint32_t c;
    pcre2_pattern_info(pat->re, PCRE2_INFO_CAPTURECOUNT, &c);
    if (c + 1 > p->most_groups)
        p->most_groups = c + 1;
}

/* Makes room in the list for one more pattern. */
static int make_room(cf_patterns *p) {
    if (p->count < p->cap)
        return 0;
    size_t cap = p->cap ? p->cap * 2 : 8;
    pattern *list = realloc(p->list, cap * sizeof *list);
    if (list == NULL)
        return -1;
    p->list = list;
    p->cap = cap;
    return 0;
}

static int add(cf_patterns *p, const char *src, size_t n, const char *name, size_t line,
               cf_error *err) {
    int code;
    PCRE2_SIZE off;
    pattern pat = {0};
    pat.re = pcre2_compile((PCRE2_SPTR)src, n, PCRE2_MULTILINE, &code, &off, NULL);
    if (pat.re == NULL) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        return cf_error_set(err, "%s:%zu: offset %zu: %s", name, line, (size_t)off, msg);
    }
    if (code_groups(&pat) == 0) {
        pcre2_code_free(pat.re);
        return cf_error_set(err, "%s:%zu: offset 0: pattern has no group named \"code\"", name,
                            line);
    }
    pcre2_jit_compile(pat.re, PCRE2_JIT_COMPLETE); /* without JIT, the interpreter still works */
    pat.file = strdup(name);
    pat.line = line;
    if (pat.file == NULL || make_room(p) != 0) {
        pcre2_code_free(pat.re);
        free(pat.file);
        return cf_error_set(err, "%s:%zu: out of memory", name, line);
    }
    p->list[p->count++] = pat;
    count_groups(p, &pat);
    return 0;
}

static int is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

int cf_patterns_load(cf_patterns *p, const char *text, size_t len, const char *name,
                     cf_error *err) {
    size_t before = p->count, line = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl != NULL ? (size_t)(nl - text) : len;
        size_t a = i, b = end;
        line++;
        i = end + 1;
        while (a < b && is_blank(text[a]))
            a++;
        while (b > a && is_blank(text[b - 1]))
            b--;
        if (a == b || text[a] == '#')
            continue;
        if (add(p, text + a, b - a, name, line, err) != 0)
            goto fail;
    }
    if (p->count > before)
        return 0;
    cf_error_set(err, "%s: no patterns (every line is blank or a comment)", name);
fail:
    while (p->count > before) {
        p->count--;
        pcre2_code_free(p->list[p->count].re);
        free(p->list[p->count].file);
    }
    return -1;
}

cf_matcher *cf_matcher_new(const cf_patterns *p) {
    cf_matcher *m = calloc(1, sizeof *m);
    if (m == NULL)
        return NULL;
    m->patterns = p;
    m->md = pcre2_match_data_create(p->most_groups ? p->most_groups : 1, NULL);
    m->mctx = pcre2_match_context_create(NULL);
    m->pattern_limit_hits = calloc(p->count ? p->count : 1, sizeof *m->pattern_limit_hits);
    if (m->md == NULL || m->mctx == NULL || m->pattern_limit_hits == NULL) {
        cf_matcher_free(m);
        return NULL;
    }
    /* Bound the work a hostile line can cause a pathological pattern to do. */
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

static int push_span(cf_matcher *m, size_t start, size_t end) {
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
    m->spans[m->nspans++] = (cf_span){start, end};
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

/* Adds the code spans of every match of pat in s; a match across a line end does not count. */
static void find_one(cf_matcher *m, size_t i, const char *s, size_t n) {
    const pattern *pat = &m->patterns->list[i];
    PCRE2_SIZE at = 0;
    while (at <= n) {
        int rc = pcre2_match(pat->re, (PCRE2_SPTR)s, n, at, 0, m->md, m->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            return;
        if (rc < 0) {
            /* At a limit: give up on the rest of this line only, and go on after it. */
            m->limit_hits++;
            m->pattern_limit_hits[i]++;
            const char *nl = memchr(s + at, '\n', n - at);
            if (nl == NULL)
                return;
            at = (PCRE2_SIZE)(nl - s) + 1;
            continue;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        if (memchr(s + ov[0], '\n', ov[1] - ov[0]) != NULL) {
            at = ov[0] + 1;
            continue;
        }
        for (int g = 0; g < pat->ngroups; g++) {
            int k = pat->groups[g];
            if (k < rc && ov[2 * k] != PCRE2_UNSET) {
                if (push_span(m, ov[2 * k], ov[2 * k + 1]) != 0)
                    return;
                break;
            }
        }
        at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
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

const cf_span *cf_matcher_find(cf_matcher *m, const char *s, size_t n, size_t *count) {
    const cf_patterns *p = m->patterns;
    m->nspans = 0;
    for (size_t i = 0; i < p->count; i++) {
        size_t before = m->nspans;
        find_one(m, i, s, n);
        order_run(m, before);
        if (before > 0 && m->nspans > before)
            merge(m, before);
    }
    *count = m->nspans;
    return m->nspans > 0 ? m->spans : NULL;
}
