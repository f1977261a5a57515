#define PCRE2_CODE_UNIT_WIDTH 8
#include "patterns.h"

#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

/* A pattern's "code" group may have several numbers (duplicate names with (?J)). */
#define MAX_CODE_GROUPS 8

typedef struct pattern {
    pcre2_code *re;
    int groups[MAX_CODE_GROUPS];
    int ngroups;
} pattern;

struct cf_patterns {
    pattern *list;
    size_t count, cap;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    cf_span *spans;
    size_t nspans, spans_cap;
    unsigned long limit_hits;
};

cf_patterns *cf_patterns_new(void) {
    cf_patterns *p = calloc(1, sizeof *p);
    if (p == NULL)
        return NULL;
    p->mctx = pcre2_match_context_create(NULL);
    if (p->mctx == NULL) {
        free(p);
        return NULL;
    }
    /* Bound the work a hostile line can cause a pathological pattern to do. */
    pcre2_set_match_limit(p->mctx, 1000000);
    pcre2_set_depth_limit(p->mctx, 10000);
    return p;
}

void cf_patterns_free(cf_patterns *p) {
    if (p == NULL)
        return;
    for (size_t i = 0; i < p->count; i++)
        pcre2_code_free(p->list[i].re);
    free(p->list);
    pcre2_match_data_free(p->md);
    pcre2_match_context_free(p->mctx);
    free(p->spans);
    free(p);
}

size_t cf_patterns_count(const cf_patterns *p) {
    return p->count;
}

unsigned long cf_patterns_limit_hits(const cf_patterns *p) {
    return p->limit_hits;
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

static int add(cf_patterns *p, const char *src, size_t n, const char *name, size_t line,
               cf_error *err) {
    int code;
    PCRE2_SIZE off;
    pattern pat = {0};
    pat.re = pcre2_compile((PCRE2_SPTR)src, n, 0, &code, &off, NULL);
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
    if (p->count == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 8;
        pattern *list = realloc(p->list, cap * sizeof *list);
        if (list == NULL) {
            pcre2_code_free(pat.re);
            return cf_error_set(err, "%s:%zu: out of memory", name, line);
        }
        p->list = list;
        p->cap = cap;
    }
    p->list[p->count++] = pat;
    return 0;
}

/* Replaces the match data with one big enough for every pattern loaded. */
static int size_match_data(cf_patterns *p) {
    uint32_t most = 1;
    for (size_t i = 0; i < p->count; i++) {
        uint32_t c;
        pcre2_pattern_info(p->list[i].re, PCRE2_INFO_CAPTURECOUNT, &c);
        if (c + 1 > most)
            most = c + 1;
    }
    pcre2_match_data_free(p->md);
    p->md = pcre2_match_data_create(most, NULL);
    return p->md != NULL ? 0 : -1;
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
    if (p->count == before) {
        cf_error_set(err, "%s: no patterns (every line is blank or a comment)", name);
        return -1;
    }
    if (size_match_data(p) == 0)
        return 0;
    cf_error_set(err, "%s: out of memory", name);
fail:
    while (p->count > before)
        pcre2_code_free(p->list[--p->count].re);
    return -1;
}

static int push_span(cf_patterns *p, size_t start, size_t end) {
    if (p->nspans == p->spans_cap) {
        size_t cap = p->spans_cap ? p->spans_cap * 2 : 16;
        cf_span *s = realloc(p->spans, cap * sizeof *s);
        if (s == NULL)
            return -1;
        p->spans = s;
        p->spans_cap = cap;
    }
    p->spans[p->nspans++] = (cf_span){start, end};
    return 0;
}

/* Adds the code spans of every match of pat in s. */
static void find_one(cf_patterns *p, const pattern *pat, const char *s, size_t n) {
    PCRE2_SIZE at = 0;
    while (at <= n) {
        int rc = pcre2_match(pat->re, (PCRE2_SPTR)s, n, at, 0, p->md, p->mctx);
        if (rc < 0) {
            if (rc != PCRE2_ERROR_NOMATCH)
                p->limit_hits++;
            return;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
        for (int g = 0; g < pat->ngroups; g++) {
            int k = pat->groups[g];
            if (k < rc && ov[2 * k] != PCRE2_UNSET) {
                if (push_span(p, ov[2 * k], ov[2 * k + 1]) != 0)
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

const cf_span *cf_patterns_find(cf_patterns *p, const char *s, size_t n, size_t *count) {
    p->nspans = 0;
    for (size_t i = 0; i < p->count; i++)
        find_one(p, &p->list[i], s, n);
    if (p->count > 1 && p->nspans > 1) {
        qsort(p->spans, p->nspans, sizeof *p->spans, by_start);
        size_t w = 1;
        for (size_t r = 1; r < p->nspans; r++)
            if (p->spans[r].start != p->spans[w - 1].start)
                p->spans[w++] = p->spans[r];
        p->nspans = w;
    }
    *count = p->nspans;
    return p->nspans > 0 ? p->spans : NULL;
}
