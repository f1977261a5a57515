#include "extract.h"

#include <stdlib.h>
#include <string.h>

struct cf_extractor {
    cf_patterns *patterns;
    const cf_catalogue *catalogue;
    cf_hit *hits;
    size_t cap;
};

cf_extractor *cf_extractor_new(cf_patterns *patterns, const cf_catalogue *catalogue) {
    cf_extractor *x = calloc(1, sizeof *x);
    if (x != NULL) {
        x->patterns = patterns;
        x->catalogue = catalogue;
    }
    return x;
}

void cf_extractor_free(cf_extractor *x) {
    if (x == NULL)
        return;
    free(x->hits);
    free(x);
}

cf_category cf_hit_category(const cf_hit *h) {
    return h->entry != NULL ? h->entry->category : CF_CAT_UNKNOWN;
}

/* Turns a captured span into a hit; returns 0 when it is not a code. */
static int make_hit(const cf_extractor *x, const char *s, cf_span sp, cf_hit *h) {
    size_t len = sp.end - sp.start;
    if (len == 0 || len > 6)
        return 0;
    for (size_t i = sp.start; i < sp.end; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    memset(h->code, '0', 6 - len);
    memcpy(h->code + 6 - len, s + sp.start, len);
    h->code[6] = '\0';
    h->start = sp.start;
    h->end = sp.end;
    h->entry = cf_catalogue_find(x->catalogue, h->code);
    return len == 6 || h->entry != NULL;
}

const cf_hit *cf_extract(cf_extractor *x, const char *s, size_t n, size_t *count) {
    size_t nspans, k = 0;
    const cf_span *spans = cf_patterns_find(x->patterns, s, n, &nspans);
    *count = 0;
    if (nspans == 0)
        return NULL;
    if (nspans > x->cap) {
        cf_hit *hits = realloc(x->hits, nspans * sizeof *hits);
        if (hits == NULL)
            return NULL;
        x->hits = hits;
        x->cap = nspans;
    }
    for (size_t i = 0; i < nspans; i++)
        k += (size_t)make_hit(x, s, spans[i], &x->hits[k]);
    *count = k;
    return k > 0 ? x->hits : NULL;
}
