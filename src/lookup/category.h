/* category.h - the four categories of the catalogue, and "unknown": their ids, names and colors. */
#ifndef CF_CATEGORY_H
#define CF_CATEGORY_H

#include <stddef.h>

typedef enum cf_category {
    CF_CAT_SUCCESS,
    CF_CAT_VALIDATION,
    CF_CAT_CLIENT,
    CF_CAT_SERVER,
    CF_CAT_UNKNOWN, /* found in a code position, absent from the catalogue */
    CF_CAT_COUNT
} cf_category;

/* The short id ("validation") and the display name ("Validation & Business Errors"). */
const char *cf_category_id(cf_category c);
const char *cf_category_name(cf_category c);

/* Looks up a category by its id, n bytes of s. Returns 0 and sets *out, or -1 if none has it. */
int cf_category_parse(const char *s, size_t n, cf_category *out);

/* The ANSI color sequence of a category: success green, validation yellow, client magenta, server
 * bold red, unknown cyan. */
const char *cf_category_color(cf_category c);

#endif
