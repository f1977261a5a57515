#include "filter.h"

#include <stdlib.h>
#include <string.h>

struct cf_filter {
    unsigned categories; /* bit per cf_category */
    char (*codes)[7];
    size_t ncodes, cap;
    int invert;
    int active;
};

cf_filter *cf_filter_new(void) {
    return calloc(1, sizeof(cf_filter));
}

void cf_filter_free(cf_filter *f) {
    if (f == NULL)
        return;
    free(f->codes);
    free(f);
}

/* Calls add(f, item, len, err) for each comma-separated item of list; empty items are errors. */
static int each_item(cf_filter *f, const char *list, const char *what, cf_error *err,
                     int (*add)(cf_filter *, const char *, size_t, cf_error *)) {
    const char *p = list;
    for (;;) {
        size_t len = strcspn(p, ",");
        if (len == 0)
            return cf_error_set(err, "empty %s in '%s'", what, list);
        if (add(f, p, len, err) != 0)
            return -1;
        if (p[len] == '\0')
            break;
        p += len + 1;
    }
    f->active = 1;
    return 0;
}

static int add_category(cf_filter *f, const char *s, size_t n, cf_error *err) {
    cf_category c;
    if (cf_category_parse(s, n, &c) != 0)
        return cf_error_set(err,
                            "unknown category '%.*s' (use success, validation, client, server or "
                            "unknown)",
                            (int)n, s);
    f->categories |= 1u << c;
    return 0;
}

static int add_code(cf_filter *f, const char *s, size_t n, cf_error *err) {
    int digits = n == 6;
    for (size_t i = 0; digits && i < n; i++)
        digits = s[i] >= '0' && s[i] <= '9';
    if (!digits)
        return cf_error_set(err, "code '%.*s' is not six digits", (int)n, s);
    if (f->ncodes == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 16;
        char(*codes)[7] = realloc(f->codes, cap * sizeof *codes);
        if (codes == NULL)
            return cf_error_set(err, "out of memory");
        f->codes = codes;
        f->cap = cap;
    }
    memcpy(f->codes[f->ncodes], s, 6);
    f->codes[f->ncodes++][6] = '\0';
    return 0;
}

int cf_filter_add_categories(cf_filter *f, const char *list, cf_error *err) {
    return each_item(f, list, "category", err, add_category);
}

int cf_filter_add_codes(cf_filter *f, const char *list, cf_error *err) {
    return each_item(f, list, "code", err, add_code);
}

void cf_filter_invert(cf_filter *f) {
    f->invert = 1;
}

int cf_filter_active(const cf_filter *f) {
    return f->active || f->invert;
}

static int hit_matches(const cf_filter *f, const cf_hit *h) {
    if (f->categories & (1u << cf_hit_category(h)))
        return 1;
    for (size_t i = 0; i < f->ncodes; i++)
        if (memcmp(f->codes[i], h->code, 6) == 0)
            return 1;
    return 0;
}

int cf_filter_matches(const cf_filter *f, const cf_hit *hits, size_t n) {
    int match = 0;
    if (!f->active)
        match = n > 0; /* -v alone selects the lines without any code */
    for (size_t i = 0; f->active && !match && i < n; i++)
        match = hit_matches(f, &hits[i]);
    return match;
}

int cf_filter_select_match(const cf_filter *f, int match) {
    if (!cf_filter_active(f))
        return 1;
    return f->invert ? !match : match;
}

int cf_filter_selects(const cf_filter *f, const cf_hit *hits, size_t n) {
    return cf_filter_select_match(f, cf_filter_active(f) && cf_filter_matches(f, hits, n));
}

int cf_filter_selects_category(const cf_filter *f, cf_category c) {
    int match = f->active ? (f->categories & (1u << c)) != 0 : 1; /* as cf_filter_matches */
    return cf_filter_select_match(f, match);
}
