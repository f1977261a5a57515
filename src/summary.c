#include "summary.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef cf_code_count code_count;

struct cf_summary {
    unsigned long long lines, selected, with_codes, total, long_lines, limit_hits;
    unsigned long long categories[CF_CAT_COUNT];
    code_count *codes; /* open addressing on the code's value; count 0 = empty */
    size_t ncodes, nslots;
};

cf_summary *cf_summary_new(void) {
    return calloc(1, sizeof(cf_summary));
}

void cf_summary_free(cf_summary *s) {
    if (s == NULL)
        return;
    free(s->codes);
    free(s);
}

static size_t slot_of(const code_count *slots, size_t nslots, const char *code) {
    size_t i = (cf_code_value(code) * 2654435761u) & (nslots - 1);
    while (slots[i].count != 0 && memcmp(slots[i].code, code, 6) != 0)
        i = (i + 1) & (nslots - 1);
    return i;
}

static int grow(cf_summary *s) {
    size_t nslots = s->nslots ? s->nslots * 2 : 128;
    code_count *slots = calloc(nslots, sizeof *slots);
    if (slots == NULL)
        return -1;
    for (size_t i = 0; i < s->nslots; i++)
        if (s->codes[i].count != 0)
            slots[slot_of(slots, nslots, s->codes[i].code)] = s->codes[i];
    free(s->codes);
    s->codes = slots;
    s->nslots = nslots;
    return 0;
}

/* Adds n to the count of a code. */
static int count_code(cf_summary *s, const char *code, const cf_entry *entry,
                      unsigned long long n) {
    if (s->ncodes * 2 + 2 > s->nslots && grow(s) != 0)
        return -1;
    code_count *c = &s->codes[slot_of(s->codes, s->nslots, code)];
    if (c->count == 0) {
        memcpy(c->code, code, 7);
        c->entry = entry;
        s->ncodes++;
    }
    c->count += n;
    return 0;
}

void cf_summary_add_long_line(cf_summary *s, int selected) {
    s->lines++;
    s->long_lines++;
    s->selected += selected != 0;
}

void cf_summary_add_limit_hits(cf_summary *s, unsigned long long n) {
    s->limit_hits += n;
}

unsigned long long cf_summary_long_lines(const cf_summary *s) {
    return s->long_lines;
}

unsigned long long cf_summary_limit_hits(const cf_summary *s) {
    return s->limit_hits;
}

void cf_summary_add_totals(cf_summary *s, const unsigned long long totals[6]) {
    s->lines += totals[0];
    s->selected += totals[1];
    s->with_codes += totals[2];
    s->total += totals[3];
    s->long_lines += totals[4];
    s->limit_hits += totals[5];
}

void cf_summary_add_category(cf_summary *s, cf_category c, unsigned long long n) {
    if (c < CF_CAT_COUNT)
        s->categories[c] += n;
}

int cf_summary_add_code(cf_summary *s, const char *code, const cf_entry *entry,
                        unsigned long long n) {
    return n > 0 ? count_code(s, code, entry, n) : 0;
}

int cf_summary_merge(cf_summary *dst, const cf_summary *src) {
    dst->lines += src->lines;
    dst->long_lines += src->long_lines;
    dst->limit_hits += src->limit_hits;
    dst->selected += src->selected;
    dst->with_codes += src->with_codes;
    dst->total += src->total;
    for (int c = 0; c < CF_CAT_COUNT; c++)
        dst->categories[c] += src->categories[c];
    for (size_t i = 0; i < src->nslots; i++) {
        const code_count *c = &src->codes[i];
        if (c->count != 0 && count_code(dst, c->code, c->entry, c->count) != 0)
            return -1;
    }
    return 0;
}

void cf_summary_reset(cf_summary *s) {
    code_count *codes = s->codes;
    size_t nslots = s->nslots;
    memset(s, 0, sizeof *s);
    if (codes != NULL)
        memset(codes, 0, nslots * sizeof *codes);
    s->codes = codes;
    s->nslots = nslots;
}

int cf_summary_add(cf_summary *s, const cf_hit *hits, size_t n, int selected) {
    s->lines++;
    if (!selected)
        return 0;
    s->selected++;
    if (n > 0)
        s->with_codes++;
    s->total += n;
    for (size_t i = 0; i < n; i++) {
        s->categories[cf_hit_category(&hits[i])]++;
        if (count_code(s, hits[i].code, hits[i].entry, 1) != 0)
            return -1;
    }
    return 0;
}

void cf_summary_add_lines(cf_summary *s, unsigned long long lines, int selected) {
    s->lines += lines;
    if (selected)
        s->selected += lines;
}

unsigned long long cf_summary_lines(const cf_summary *s) {
    return s->lines;
}

unsigned long long cf_summary_selected(const cf_summary *s) {
    return s->selected;
}

unsigned long long cf_summary_lines_with_codes(const cf_summary *s) {
    return s->with_codes;
}

unsigned long long cf_summary_category(const cf_summary *s, cf_category c) {
    return c < CF_CAT_COUNT ? s->categories[c] : 0;
}

unsigned long long cf_summary_code(const cf_summary *s, const char *code) {
    if (s->nslots == 0)
        return 0;
    return s->codes[slot_of(s->codes, s->nslots, code)].count;
}

static int by_count(const void *a, const void *b) {
    const code_count *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return memcmp(x->code, y->code, 6);
}

size_t cf_summary_codes(const cf_summary *s, cf_code_count **out) {
    code_count *list = s->ncodes ? malloc(s->ncodes * sizeof *list) : NULL;
    *out = list;
    if (list == NULL)
        return 0;
    size_t k = 0;
    for (size_t i = 0; i < s->nslots; i++)
        if (s->codes[i].count != 0)
            list[k++] = s->codes[i];
    qsort(list, k, sizeof *list, by_count);
    return k;
}

unsigned long long cf_summary_codes_total(const cf_summary *s) {
    return s->total;
}
