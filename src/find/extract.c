#include "extract.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "scan.h"

struct cf_extractor {
    cf_matcher *matcher;
    const cf_catalogue *catalogue;
    cf_hit *hits;
    size_t cap, count;
    cf_prefixes prefixes; /* of the catalogue's codes */
    cf_scan_set set;      /* the patterns' literals and the six-digit words, found in one pass */
    cf_scan_set sixes;    /* the six-digit words only, for a window of a long line */
    cf_scan scan;         /* what the last pass found */
    int *slot;            /* per pattern: the list of scan where its literal stands, or -1 */
    cf_span *beside;      /* the codes found by their messages */
    size_t nbeside, beside_cap;
    const char *s; /* the text of the find in progress */
    size_t n;
    const cf_span *spans; /* the patterns' spans in it, and the next one not before the scan */
    size_t nspans, next_span;
    size_t base, from, to; /* the scan's offset in s, and the window whose codes are kept */
    int failed;            /* memory ran out */
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
    cf_prefixes_of(catalogue, &x->prefixes);
    size_t npatterns = cf_patterns_count(patterns), nlits = 0;
    cf_literal lits[CF_SCAN_LITERALS];
    x->slot = malloc((npatterns ? npatterns : 1) * sizeof(int));
    if (x->slot == NULL) {
        cf_extractor_free(x);
        return NULL;
    }
    for (size_t i = 0; i < npatterns; i++) {
        const cf_literal *lit = nlits < CF_SCAN_LITERALS ? cf_patterns_literal(patterns, i) : NULL;
        x->slot[i] = lit != NULL ? (int)nlits : -1;
        if (lit != NULL)
            lits[nlits++] = *lit;
    }
    cf_scan_set_init(&x->set, lits, nlits, &x->prefixes);
    cf_scan_set_init(&x->sixes, NULL, 0, &x->prefixes);
    return x;
}

void cf_extractor_free(cf_extractor *x) {
    if (x == NULL)
        return;
    cf_matcher_free(x->matcher);
    cf_scan_free(&x->scan);
    free(x->slot);
    free(x->hits);
    free(x->beside);
    free(x);
}

const cf_catalogue *cf_extractor_catalogue(const cf_extractor *x) {
    return x->catalogue;
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
    h->key_start = sp.key_start;
    h->key_end = sp.key_end;
    h->rule = sp.rule;
    h->entry = cf_catalogue_find(x->catalogue, h->code);
    h->rendered.found = 0;
    return len == 6 || h->entry != NULL;
}

/* A six-digit word of the find in progress: a code when its message stands beside it (unless a
 * pattern found it already). */
static void by_message(void *ctx, size_t at) {
    cf_extractor *x = ctx;
    size_t start = x->base + at;
    if (start < x->from || start >= x->to)
        return;
    while (x->next_span < x->nspans && x->spans[x->next_span].start < start)
        x->next_span++;
    if (x->next_span < x->nspans && x->spans[x->next_span].start == start)
        return;
    char code[7];
    memcpy(code, x->s + start, 6);
    code[6] = '\0';
    const cf_entry *e = cf_catalogue_find(x->catalogue, code);
    if (e == NULL || !cf_message_beside(e, x->s, x->n, start))
        return;
    if (x->nbeside == x->beside_cap) {
        size_t cap = x->beside_cap ? 2 * x->beside_cap : 16;
        cf_span *b = realloc(x->beside, cap * sizeof *b);
        if (b == NULL) {
            x->failed = 1;
            return;
        }
        x->beside = b;
        x->beside_cap = cap;
    }
    x->beside[x->nbeside++] = (cf_span){start, start + 6, "message", start, start};
}

static int add_hit(cf_extractor *x, cf_span sp) {
    if (x->count == x->cap) {
        size_t cap = x->cap ? 2 * x->cap : 16;
        cf_hit *hits = realloc(x->hits, cap * sizeof *hits);
        if (hits == NULL)
            return x->failed = 1;
        x->hits = hits;
        x->cap = cap;
    }
    x->count += (size_t)make_hit(x, x->s, x->n, sp, &x->hits[x->count]);
    return 0;
}

/* Turns the patterns' spans and the codes beside their messages, among the six-digit words the
 * last pass found in s[x->base..), into hits. */
static cf_hit *collect(cf_extractor *x, const char *s, size_t n, const cf_span *spans,
                       size_t nspans, size_t *count) {
    size_t i = 0, j = 0;
    x->s = s;
    x->n = n;
    x->spans = spans;
    x->nspans = nspans;
    x->next_span = 0;
    x->count = x->nbeside = 0;
    x->failed |= x->scan.failed;
    for (size_t k = 0; k < x->scan.sixes.n; k++)
        by_message(x, x->scan.sixes.at[k]);
    while (i < nspans || j < x->nbeside) { /* both in order: merge, a pattern's first */
        int take_span = j == x->nbeside || (i < nspans && spans[i].start <= x->beside[j].start);
        cf_span next = take_span ? spans[i++] : x->beside[j++]; /* by_message skipped the spans' */
        if (add_hit(x, next) != 0)
            break;
    }
    *count = x->count;
    return x->count > 0 ? x->hits : NULL;
}

cf_hit *cf_extract(cf_extractor *x, const char *s, size_t n, size_t *count) {
    size_t nspans;
    cf_scan_block(&x->set, s, n, &x->scan);
    const cf_span *spans = cf_matcher_find_at(x->matcher, s, n, x->scan.lits, x->slot, &nspans);
    x->base = x->from = 0;
    x->to = SIZE_MAX;
    return collect(x, s, n, spans, nspans, count);
}

unsigned long long cf_extract_newlines(const cf_extractor *x) {
    return x->scan.newlines;
}

/* What the six-digit scan reads beyond a window on each side: enough to see whether a word at its
 * edge stands alone (a digit, a letter or a decimal part beside it). */
#define WINDOW_MARGIN 8

cf_hit *cf_extract_window(cf_extractor *x, const char *s, size_t n, size_t from, size_t to,
                          size_t *count) {
    size_t nspans;
    const cf_span *spans = cf_matcher_find_window(x->matcher, s, n, from, to, &nspans);
    x->base = from > WINDOW_MARGIN ? from - WINDOW_MARGIN : 0;
    x->from = from;
    x->to = to;
    size_t end = n - to > WINDOW_MARGIN ? to + WINDOW_MARGIN : n;
    cf_scan_block(&x->sixes, s + x->base, end - x->base, &x->scan);
    return collect(x, s, n, spans, nspans, count);
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
