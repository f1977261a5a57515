/* patterns.h - the PCRE2 patterns that find codes in a line, compiled once with JIT. */
#ifndef CF_PATTERNS_H
#define CF_PATTERNS_H

#include <stddef.h>

#include "error.h"

/* Where one match's (?<code>...) group stands in the subject. */
typedef struct cf_span {
    size_t start, end;
} cf_span;

typedef struct cf_patterns cf_patterns;

/* Creates an empty pattern set, or returns NULL when out of memory. */
cf_patterns *cf_patterns_new(void);

/* Frees the set and its compiled patterns; accepts NULL. */
void cf_patterns_free(cf_patterns *p);

/* Compiles the patterns of one file, len bytes of text: one pattern per line, blank lines and lines
 * starting with '#' skipped, spaces and tabs around a pattern ignored. Every pattern must have a
 * group named "code". Returns 0, or -1 with err set to "NAME:LINE: offset N: message" (the set
 * then keeps only the patterns of earlier files). */
int cf_patterns_load(cf_patterns *p, const char *text, size_t len, const char *name, cf_error *err);

/* The number of patterns loaded. */
size_t cf_patterns_count(const cf_patterns *p);

/* Finds where every pattern's code group matches in s[0..n), and returns the spans ordered by
 * start, one per start offset. The array is owned by p and valid until the next call. Returns NULL
 * with *count 0 when there is none. Matches that hit PCRE2's match or depth limit are skipped and
 * counted in cf_patterns_limit_hits. */
const cf_span *cf_patterns_find(cf_patterns *p, const char *s, size_t n, size_t *count);

/* How many times a match was abandoned at PCRE2's limits since the set was created. */
unsigned long cf_patterns_limit_hits(const cf_patterns *p);

#endif
