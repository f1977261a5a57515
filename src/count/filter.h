/* filter.h - which lines to select, grep-style: by category, by code, inverted. */
#ifndef CF_FILTER_H
#define CF_FILTER_H

#include <stddef.h>

#include "error.h"
#include "extract.h"

typedef struct cf_filter cf_filter;

/* Creates a filter that selects every line. Returns NULL when out of memory. */
cf_filter *cf_filter_new(void);

/* Frees the filter; accepts NULL. */
void cf_filter_free(cf_filter *f);

/* Adds categories from a comma-separated list of ids ("server,client"). Returns 0, or -1 with err
 * set when an id is not a category. */
int cf_filter_add_categories(cf_filter *f, const char *list, cf_error *err);

/* Adds codes from a comma-separated list of six-digit codes. Returns 0, or -1 with err set. */
int cf_filter_add_codes(cf_filter *f, const char *list, cf_error *err);

/* Selects the lines without a matching code instead of those with one. */
void cf_filter_invert(cf_filter *f);

/* Whether any category, code or inversion was set: without them every line is selected. */
int cf_filter_active(const cf_filter *f);

/* Returns 1 when the line with these hits is selected: a hit matches when its category or its code
 * was added; a line matches when any of its hits does; inversion selects the other lines. */
int cf_filter_selects(const cf_filter *f, const cf_hit *hits, size_t n);

/* Returns 1 when a line whose one code is of category c, and is not one of the codes added, is
 * selected: so 1 for every category when nothing filters, and 0 for every one when only
 * inverting. */
int cf_filter_selects_category(const cf_filter *f, cf_category c);

/* cf_filter_selects in two parts, for a line read in windows: whether some of its hits match
 * (true for any hit when only inverting), and whether a line that matched so is selected. */
int cf_filter_matches(const cf_filter *f, const cf_hit *hits, size_t n);
int cf_filter_select_match(const cf_filter *f, int match);

#endif
