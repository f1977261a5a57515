#include "summary.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rendering.h"

typedef cf_code_count code_count;

#define HOUR_MS (3600 * 1000)

struct cf_summary {
    unsigned long long totals[CF_TOTAL_COUNT], untimed;
    unsigned long long categories[CF_CAT_COUNT];
    code_count *codes; /* open addressing on the code's value; count 0 = empty */
    size_t ncodes, nslots;
    cf_timeline *timeline;
    int timed;    /* a line had a time: first and last are set */
    int no_codes; /* count categories only, keeping nothing per code */
    int64_t first, last;
    cf_window window;    /* the window the lines were selected in */
    int window_given;    /* a window was set or merged: later merges widen it */
    cf_breakdown *files; /* --by-file; NULL when not kept */
};

cf_summary *cf_summary_new(void) {
    cf_summary *s = calloc(1, sizeof(cf_summary));
    if (s == NULL)
        return NULL;
    s->timeline = cf_timeline_new(HOUR_MS);
    if (s->timeline == NULL) {
        free(s);
        return NULL;
    }
    return s;
}

/* Frees the renderings of every code. */
static void free_renderings(cf_summary *s) {
    for (size_t i = 0; i < s->nslots; i++)
        cf_rendering_drop(&s->codes[i]);
}

void cf_summary_free(cf_summary *s) {
    if (s == NULL)
        return;
    free_renderings(s);
    free(s->codes);
    cf_timeline_free(s->timeline);
    cf_breakdown_free(s->files);
    free(s);
}

int cf_summary_set_bucket(cf_summary *s, int64_t width_ms) {
    cf_timeline *t = cf_timeline_new(width_ms);
    if (t == NULL)
        return -1;
    cf_timeline_free(s->timeline);
    s->timeline = t;
    return 0;
}

int cf_summary_widen_bucket(cf_summary *s, int64_t width_ms) {
    cf_timeline *t = cf_timeline_new(width_ms);
    cf_bucket *b = NULL;
    size_t nb = cf_timeline_buckets(s->timeline, &b);
    int rc = t == NULL || nb != cf_timeline_count(s->timeline); /* out of memory */
    for (size_t i = 0; rc == 0 && i < nb; i++)
        for (int c = 0; rc == 0 && c < CF_CAT_COUNT; c++)
            if (b[i].counts[c] > 0)
                rc = cf_timeline_add(t, b[i].start, (cf_category)c, b[i].counts[c]);
    free(b);
    if (rc != 0) {
        cf_timeline_free(t);
        return -1;
    }
    cf_timeline_free(s->timeline);
    s->timeline = t;
    return 0;
}

int64_t cf_summary_bucket(const cf_summary *s) {
    return cf_timeline_width(s->timeline);
}

void cf_summary_note_time(cf_summary *s, int64_t ms) {
    if (!s->timed || ms < s->first)
        s->first = ms;
    if (!s->timed || ms > s->last)
        s->last = ms;
    s->timed = 1;
}

int cf_summary_time_span(const cf_summary *s, int64_t *first, int64_t *last) {
    *first = s->first;
    *last = s->last;
    return s->timed;
}

unsigned long long cf_summary_untimed(const cf_summary *s) {
    return s->untimed;
}

size_t cf_summary_timeline(const cf_summary *s, cf_bucket **out) {
    return cf_timeline_buckets(s->timeline, out);
}

void cf_summary_add_untimed(cf_summary *s, unsigned long long n) {
    s->untimed += n;
}

int cf_summary_add_bucket(cf_summary *s, int64_t ms, cf_category c, unsigned long long n) {
    return cf_timeline_add(s->timeline, ms, c, n);
}

/* The slot of code under category cat: its own, or the empty one where it would go. */
static size_t slot_of(const code_count *slots, size_t nslots, const char *code, cf_category cat) {
    size_t i = ((cf_code_value(code) * CF_CAT_COUNT + (size_t)cat) * 2654435761u) & (nslots - 1);
    while (slots[i].code[0] != '\0' &&
           (memcmp(slots[i].code, code, 6) != 0 || slots[i].category != cat))
        i = (i + 1) & (nslots - 1);
    return i;
}

static int grow(cf_summary *s) {
    size_t nslots = s->nslots ? s->nslots * 2 : 128;
    code_count *slots = calloc(nslots, sizeof *slots);
    if (slots == NULL)
        return -1;
    for (size_t i = 0; i < s->nslots; i++)
        if (s->codes[i].code[0] != '\0')
            slots[slot_of(slots, nslots, s->codes[i].code, s->codes[i].category)] = s->codes[i];
    free(s->codes);
    s->codes = slots;
    s->nslots = nslots;
    return 0;
}

/* Returns the count of code under cat, created (with count 0) when new; NULL when out of memory. */
static code_count *code_slot(cf_summary *s, const char *code, cf_category cat,
                             const cf_entry *entry) {
    if (4 * (s->ncodes + 1) > 3 * s->nslots && grow(s) != 0) /* at most 3/4 full */
        return NULL;
    code_count *c = &s->codes[slot_of(s->codes, s->nslots, code, cat)];
    if (c->code[0] == '\0') {
        memcpy(c->code, code, 7);
        c->category = cat;
        c->entry = entry;
        s->ncodes++;
    }
    return c;
}

/* Widens a code's first and last times to hold [first, last]. */
static void widen(code_count *c, int64_t first, int64_t last) {
    if (!c->timed || first < c->first_ms)
        c->first_ms = first;
    if (!c->timed || last > c->last_ms)
        c->last_ms = last;
    c->timed = 1;
}

int cf_summary_add_rendering(cf_summary *s, const char *code, cf_category cat, const char *rendered,
                             const char *args, int nargs, unsigned long long n) {
    code_count *c = code_slot(s, code, cat, NULL);
    return c == NULL ? -1 : cf_rendering_add(c, rendered, args, nargs, n);
}

int cf_summary_add_code_times(cf_summary *s, const char *code, cf_category cat, int64_t first_ms,
                              int64_t last_ms) {
    code_count *c = code_slot(s, code, cat, NULL);
    if (c == NULL)
        return -1;
    widen(c, first_ms, last_ms);
    return 0;
}

void cf_summary_add_long_line(cf_summary *s, int selected) {
    s->totals[CF_TOTAL_LINES]++;
    s->totals[CF_TOTAL_LONG_LINES]++;
    s->totals[CF_TOTAL_SELECTED] += selected != 0;
}

void cf_summary_add_limit_hits(cf_summary *s, unsigned long long n) {
    s->totals[CF_TOTAL_LIMIT_HITS] += n;
}

unsigned long long cf_summary_long_lines(const cf_summary *s) {
    return s->totals[CF_TOTAL_LONG_LINES];
}

unsigned long long cf_summary_limit_hits(const cf_summary *s) {
    return s->totals[CF_TOTAL_LIMIT_HITS];
}

void cf_summary_add_totals(cf_summary *s, const unsigned long long totals[CF_TOTAL_COUNT]) {
    for (int t = 0; t < CF_TOTAL_COUNT; t++)
        s->totals[t] += totals[t];
}

unsigned long long cf_summary_total(const cf_summary *s, cf_total t) {
    return t < CF_TOTAL_COUNT ? s->totals[t] : 0;
}

void cf_summary_add_category(cf_summary *s, cf_category c, unsigned long long n) {
    if (c < CF_CAT_COUNT)
        s->categories[c] += n;
}

int cf_summary_add_code(cf_summary *s, const char *code, cf_category cat, const cf_entry *entry,
                        unsigned long long n) {
    if (n == 0)
        return 0;
    code_count *c = code_slot(s, code, cat, entry);
    if (c == NULL)
        return -1;
    c->entry = entry;
    c->count += n;
    return 0;
}

int cf_summary_merge(cf_summary *dst, const cf_summary *src) {
    cf_summary_add_totals(dst, src->totals);
    dst->untimed += src->untimed;
    if (src->timed) {
        cf_summary_note_time(dst, src->first);
        cf_summary_note_time(dst, src->last);
    }
    for (int c = 0; c < CF_CAT_COUNT; c++)
        dst->categories[c] += src->categories[c];
    if (src->files != NULL && ((dst->files == NULL && cf_summary_keep_files(dst) != 0) ||
                               cf_breakdown_merge(dst->files, src->files) != 0))
        return -1;
    for (size_t i = 0; i < src->nslots && !dst->no_codes; i++) {
        const code_count *c = &src->codes[i];
        if (c->code[0] == '\0')
            continue;
        code_count *d = code_slot(dst, c->code, c->category, c->entry);
        if (d == NULL)
            return -1;
        d->count += c->count;
        if (c->timed)
            widen(d, c->first_ms, c->last_ms);
        if (c->renderings_overflowed)
            cf_rendering_overflow(d);
        for (size_t k = 0; k < c->nrenderings; k++) {
            const cf_rendering *r = &c->renderings[k];
            if (cf_rendering_add(d, r->rendered, r->args, r->nargs, r->count) != 0)
                return -1;
        }
    }
    return cf_timeline_merge(dst->timeline, src->timeline);
}

void cf_summary_rebind(cf_summary *s, const cf_catalogue *cat) {
    for (size_t i = 0; i < s->nslots; i++)
        if (s->codes[i].code[0] != '\0')
            s->codes[i].entry = cf_catalogue_find(cat, s->codes[i].code);
}

void cf_summary_keep_codes(cf_summary *s, int keep) {
    s->no_codes = !keep;
}

int cf_summary_keeps_codes(const cf_summary *s) {
    return !s->no_codes;
}

void cf_summary_reset(cf_summary *s) {
    free_renderings(s);
    code_count *codes = s->codes;
    size_t nslots = s->nslots;
    int no_codes = s->no_codes, window_given = s->window_given;
    cf_window window = s->window;
    cf_timeline *timeline = s->timeline;
    cf_breakdown *files = s->files;
    cf_breakdown_free(files);
    if (files != NULL)
        files = cf_breakdown_new(); /* NULL when out of memory: no longer kept */
    memset(s, 0, sizeof *s);
    s->window = window;
    s->window_given = window_given;
    s->files = files;
    if (nslots > 1024) { /* a big table is not kept for the next block */
        free(codes);
        codes = NULL;
        nslots = 0;
    }
    if (codes != NULL)
        memset(codes, 0, nslots * sizeof *codes);
    cf_timeline_reset(timeline);
    s->codes = codes;
    s->nslots = nslots;
    s->timeline = timeline;
    s->no_codes = no_codes;
}

void cf_summary_add_line(cf_summary *s, int selected, int with_codes, const int64_t *ms) {
    s->totals[CF_TOTAL_LINES]++;
    if (ms != NULL)
        cf_summary_note_time(s, *ms);
    if (!selected)
        return;
    s->totals[CF_TOTAL_SELECTED]++;
    s->totals[CF_TOTAL_WITH_CODES] += with_codes != 0;
}

int cf_summary_add_hits(cf_summary *s, const cf_hit *hits, size_t n, const int64_t *ms,
                        const char *line) {
    s->totals[CF_TOTAL_CODES] += n;
    if (ms == NULL)
        s->untimed += n;
    for (size_t i = 0; i < n; i++) {
        cf_category cat = cf_hit_category(&hits[i]);
        s->categories[cat]++;
        if (s->no_codes) {
            if (ms != NULL && cf_timeline_add(s->timeline, *ms, cat, 1) != 0)
                return -1;
            continue;
        }
        code_count *c = code_slot(s, hits[i].code, cat, hits[i].entry);
        if (c == NULL)
            return -1;
        c->count++;
        if (hits[i].rendered.found && line != NULL && cf_rendering_count(c, &hits[i], line) != 0)
            return -1;
        if (ms == NULL)
            continue;
        widen(c, *ms, *ms);
        if (cf_timeline_add(s->timeline, *ms, cat, 1) != 0)
            return -1;
    }
    return 0;
}

int cf_summary_add_at(cf_summary *s, const cf_hit *hits, size_t n, int selected, const int64_t *ms,
                      const char *line) {
    cf_summary_add_line(s, selected, n > 0, ms);
    return selected ? cf_summary_add_hits(s, hits, n, ms, line) : 0;
}

int cf_summary_add(cf_summary *s, const cf_hit *hits, size_t n, int selected) {
    return cf_summary_add_at(s, hits, n, selected, NULL, NULL);
}

void cf_summary_add_lines(cf_summary *s, unsigned long long lines, int selected) {
    s->totals[CF_TOTAL_LINES] += lines;
    if (selected)
        s->totals[CF_TOTAL_SELECTED] += lines;
}

unsigned long long cf_summary_lines(const cf_summary *s) {
    return s->totals[CF_TOTAL_LINES];
}

unsigned long long cf_summary_selected(const cf_summary *s) {
    return s->totals[CF_TOTAL_SELECTED];
}

unsigned long long cf_summary_lines_with_codes(const cf_summary *s) {
    return s->totals[CF_TOTAL_WITH_CODES];
}

unsigned long long cf_summary_category(const cf_summary *s, cf_category c) {
    return c < CF_CAT_COUNT ? s->categories[c] : 0;
}

unsigned long long cf_summary_code(const cf_summary *s, const char *code) {
    unsigned long long n = 0;
    for (int c = 0; c < CF_CAT_COUNT && s->nslots > 0; c++)
        n += s->codes[slot_of(s->codes, s->nslots, code, (cf_category)c)].count;
    return n;
}

static int by_count(const void *a, const void *b) {
    const code_count *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    int c = memcmp(x->code, y->code, 6);
    return c != 0 ? c : (int)x->category - (int)y->category;
}

/* The number of renderings of every code. */
static size_t renderings_total(const cf_summary *s) {
    size_t n = 0;
    for (size_t i = 0; i < s->nslots; i++)
        n += s->codes[i].nrenderings;
    return n;
}

size_t cf_summary_codes(const cf_summary *s, cf_code_count **out) {
    /* One block: the codes, then their renderings (aligned as they need), so one free frees it. */
    size_t align = _Alignof(cf_rendering);
    size_t at = (s->ncodes * sizeof(code_count) + align - 1) / align * align;
    char *block = s->ncodes ? malloc(at + renderings_total(s) * sizeof(cf_rendering)) : NULL;
    code_count *list = (code_count *)(void *)block;
    cf_rendering *r = (cf_rendering *)(void *)(block + at);
    *out = list;
    if (list == NULL)
        return 0;
    size_t k = 0;
    for (size_t i = 0; i < s->nslots; i++) {
        const code_count *c = &s->codes[i];
        if (c->code[0] == '\0')
            continue;
        list[k] = *c;
        list[k].renderings = NULL;
        if (c->nrenderings > 0) {
            memcpy(r, c->renderings, c->nrenderings * sizeof *r);
            cf_rendering_sort(r, c->nrenderings);
            list[k].renderings = r;
            r += c->nrenderings;
        }
        k++;
    }
    qsort(list, k, sizeof *list, by_count);
    return k;
}

unsigned long long cf_summary_codes_total(const cf_summary *s) {
    return s->totals[CF_TOTAL_CODES];
}

void cf_summary_set_window(cf_summary *s, const cf_window *w) {
    s->window = *w;
    s->window_given = 1;
}

void cf_summary_widen_window(cf_summary *s, const cf_window *w) {
    if (s->window_given)
        cf_window_hull(&s->window, w);
    else
        cf_summary_set_window(s, w);
}

const cf_window *cf_summary_window(const cf_summary *s) {
    return cf_window_active(&s->window) ? &s->window : NULL;
}

int cf_summary_keep_files(cf_summary *s) {
    if (s->files == NULL)
        s->files = cf_breakdown_new();
    return s->files != NULL ? 0 : -1;
}

int cf_summary_keeps_files(const cf_summary *s) {
    return s->files != NULL;
}

/* The counts a file's share is measured by, as they stand. */
static cf_file_count counts_now(const cf_summary *s) {
    cf_file_count c = {NULL,
                       s->totals[CF_TOTAL_LINES],
                       s->totals[CF_TOTAL_SELECTED],
                       s->totals[CF_TOTAL_WITH_CODES],
                       s->totals[CF_TOTAL_CODES],
                       {0}};
    memcpy(c.categories, s->categories, sizeof c.categories);
    return c;
}

int cf_summary_begin_file(cf_summary *s, const char *name) {
    cf_file_count now = counts_now(s);
    return s->files != NULL ? cf_breakdown_begin(s->files, name, &now) : 0;
}

void cf_summary_end_file(cf_summary *s) {
    cf_file_count now = counts_now(s);
    if (s->files != NULL)
        cf_breakdown_end(s->files, &now);
}

int cf_summary_add_file(cf_summary *s, const cf_file_count *c) {
    return cf_summary_keep_files(s) != 0 ? -1 : cf_breakdown_add(s->files, c);
}

size_t cf_summary_files(const cf_summary *s, cf_file_count **out) {
    cf_file_count now = counts_now(s);
    *out = NULL;
    return s->files != NULL ? cf_breakdown_list(s->files, &now, out) : 0;
}
