#include "extract.h"

#include <stdlib.h>
#include <string.h>

struct cf_extractor {
    cf_matcher *matcher;
    const cf_catalogue *catalogue;
    cf_hit *hits;
    size_t cap;
    int failed; /* memory ran out */
};

cf_extractor *cf_extractor_new(const cf_patterns *patterns, const cf_catalogue *catalogue) {
    cf_extractor *x = calloc(1, sizeof *x);
    if (x == NULL)
        return NULL;
    x->matcher = cf_matcher_new(patterns);
    if (x->matcher == NULL) {
        free(x);
        return NULL;
    }
    x->catalogue = catalogue;
    return x;
}

void cf_extractor_free(cf_extractor *x) {
    if (x == NULL)
        return;
    cf_matcher_free(x->matcher);
    free(x->hits);
    free(x);
}

cf_category cf_hit_category(const cf_hit *h) {
    return h->entry != NULL ? h->entry->category : CF_CAT_UNKNOWN;
}

static int is_digit(char c) {
    return c >= '0' && c <= '9';
}

/* Turns a captured span of s[0..n) into a hit; returns 0 when it is not a code. */
static int make_hit(const cf_extractor *x, const char *s, size_t n, cf_span sp, cf_hit *h) {
    size_t len = sp.end - sp.start;
    if (len == 0 || len > 6)
        return 0;
    if ((sp.start > 0 && is_digit(s[sp.start - 1])) || (sp.end < n && is_digit(s[sp.end])))
        return 0; /* part of a longer number */
    for (size_t i = sp.start; i < sp.end; i++)
        if (!is_digit(s[i]))
            return 0;
    memset(h->code, '0', 6 - len);
    memcpy(h->code + 6 - len, s + sp.start, len);
    h->code[6] = '\0';
    h->start = sp.start;
    h->end = sp.end;
    h->entry = cf_catalogue_find(x->catalogue, h->code);
    h->rendered.found = 0;
    return len == 6 || h->entry != NULL;
}

cf_hit *cf_extract(cf_extractor *x, const char *s, size_t n, size_t *count) {
    size_t nspans, k = 0;
    const cf_span *spans = cf_matcher_find(x->matcher, s, n, &nspans);
    *count = 0;
    if (nspans == 0)
        return NULL;
    if (nspans > x->cap) {
        cf_hit *hits = realloc(x->hits, nspans * sizeof *hits);
        if (hits == NULL) {
            x->failed = 1;
            return NULL;
        }
        x->hits = hits;
        x->cap = nspans;
    }
    for (size_t i = 0; i < nspans; i++)
        k += (size_t)make_hit(x, s, n, spans[i], &x->hits[k]);
    *count = k;
    return k > 0 ? x->hits : NULL;
}

unsigned long cf_extractor_limit_hits(const cf_extractor *x) {
    return cf_matcher_limit_hits(x->matcher);
}

unsigned long cf_extractor_pattern_limit_hits(const cf_extractor *x, size_t i) {
    return cf_matcher_pattern_limit_hits(x->matcher, i);
}

int cf_extractor_failed(const cf_extractor *x) {
    return x->failed || cf_matcher_failed(x->matcher);
}
