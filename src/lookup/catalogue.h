/* catalogue.h - the status codes, their categories and messages. */
#ifndef CF_CATALOGUE_H
#define CF_CATALOGUE_H

#include <stddef.h>
#include <stdint.h>

#include "category.h"
#include "error.h"

/* The numeric value of six ASCII digits: codes are fixed-width, so it is unique to the code. */
uint32_t cf_code_value(const char *code);

/* One catalogue code. The message is the catalogue text, placeholders ({0}) as written. */
typedef struct cf_entry {
    char code[7]; /* six ASCII digits and a NUL */
    cf_category category;
    char *message;
} cf_entry;

typedef struct cf_catalogue cf_catalogue;

/* Creates an empty catalogue, or returns NULL when out of memory. */
cf_catalogue *cf_catalogue_new(void);

/* Frees the catalogue and its entries; accepts NULL. */
void cf_catalogue_free(cf_catalogue *cat);

/* Adds the codes of one catalogue document, len bytes of text; name is the file name used in
 * messages. A code already present is replaced (a later file wins). Returns 0, or -1 with err set
 * to "NAME:LINE:COL: what is wrong", in which case cat is unchanged. */
int cf_catalogue_load(cf_catalogue *cat, const char *text, size_t len, const char *name,
                      cf_error *err);

/* Checks a catalogue document like cf_catalogue_load, but reports every problem (a message as
 * "NAME:LINE:COL: what is wrong") to report instead of stopping at the first. Returns the number
 * of problems: 0 when the document is a valid catalogue. */
int cf_catalogue_check(const char *text, size_t len, const char *name,
                       void (*report)(void *ctx, const char *msg), void *ctx);

/* Returns the entry for the six digits at code, or NULL when the catalogue has none. The entry is
 * borrowed until the catalogue is freed or loaded into again. */
const cf_entry *cf_catalogue_find(const cf_catalogue *cat, const char *code);

/* The number of codes, and the i-th of them in the order they were first added. */
size_t cf_catalogue_size(const cf_catalogue *cat);
const cf_entry *cf_catalogue_entry(const cf_catalogue *cat, size_t i);

#endif
