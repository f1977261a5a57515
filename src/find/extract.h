/* extract.h - finds the status codes in a line: patterns locate them, the catalogue names them. */
#ifndef CF_EXTRACT_H
#define CF_EXTRACT_H

#include <stddef.h>

#include "catalogue.h"
#include "patterns.h"

/* Where a templated message stands rendered in a line, and its arguments ({0}, {1}, ...). */
typedef struct cf_rendered {
    int found;
    size_t start, end;
    int nargs;
    size_t args[4][2]; /* [start, end) of each argument, by placeholder number */
    int quote;         /* the quote around it: '"' (escapes decoded) or '\'' */
} cf_rendered;

/* One code found in a line. */
typedef struct cf_hit {
    size_t start, end;         /* the digits as they stand in the line */
    char code[7];              /* six digits, zero-padded when the line had fewer */
    const cf_entry *entry;     /* NULL when the catalogue does not have the code */
    cf_rendered rendered;      /* filled by cf_template_render, else found is 0 */
    const char *rule;          /* the rule that found it: "key", "phrase", "message", ... or NULL */
    size_t key_start, key_end; /* the key or phrase word that led to it (equal: none) */
} cf_hit;

typedef struct cf_extractor cf_extractor;

/* Creates an extractor over patterns and catalogue, both borrowed for its lifetime. Each thread
 * needs its own extractor. Returns NULL when out of memory. */
cf_extractor *cf_extractor_new(const cf_patterns *patterns, const cf_catalogue *catalogue);

/* Frees the extractor; accepts NULL. */
void cf_extractor_free(cf_extractor *x);

/* Finds the codes in s[0..n), one line or several, in order; hit offsets are from s. A code group
 * that captured six digits is a code, known or not; one that captured one to five digits (a JSON
 * number such as 40011) is zero-padded and is a code only when the catalogue has it; digits that
 * touch other digits, and anything else, are not a code. Besides the patterns' codes, a six-digit
 * catalogue code standing as a word with its own message beside it is a code (rule "message").
 * Returns the hits, owned by x and valid (and writable) until the next call, and sets *count (0
 * when there is none). */
cf_hit *cf_extract(cf_extractor *x, const char *s, size_t n, size_t *count);

/* The number of newlines in the text of the last cf_extract, counted in the same pass. */
unsigned long long cf_extract_newlines(const cf_extractor *x);

/* Like cf_extract over one line s[0..n), but only the codes that start in [from, to): a line too
 * long to hold all its hits at once is read by windows, in order, the first from 0 and each from
 * where the last ended (see cf_matcher_find_window). */
cf_hit *cf_extract_window(cf_extractor *x, const char *s, size_t n, size_t from, size_t to,
                          size_t *count);

/* Whether memory ran out in an extraction, so that some codes may be missing (sticky). */
int cf_extractor_failed(const cf_extractor *x);

/* How many matches were abandoned at PCRE2's match or depth limit: in all, and of pattern i. */
unsigned long cf_extractor_limit_hits(const cf_extractor *x);
unsigned long cf_extractor_pattern_limit_hits(const cf_extractor *x, size_t i);

/* The catalogue x looks codes up in, borrowed. */
const cf_catalogue *cf_extractor_catalogue(const cf_extractor *x);

/* The category of a hit: the catalogue's, or CF_CAT_UNKNOWN. */
cf_category cf_hit_category(const cf_hit *h);

#endif
