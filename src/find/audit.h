/* audit.h - what the recognizer took and what it did not, on a user's own logs: the codes taken,
 * by rule and key, and the numbers not taken that could be codes, grouped by the shape of their
 * context with digits masked, so that a shape the patterns do not know shows itself. */
#ifndef CF_AUDIT_H
#define CF_AUDIT_H

#include <stddef.h>

#include "catalogue.h"
#include "out.h"
#include "patterns.h"

/* The most shapes kept apart; numbers of further shapes are counted together as "(other)". */
#define CF_AUDIT_MAX_SHAPES 4096

typedef struct cf_audit cf_audit;

/* Creates an audit of the codes that patterns and catalogue (both borrowed for its lifetime)
 * find. Returns NULL when out of memory. */
cf_audit *cf_audit_new(const cf_patterns *patterns, const cf_catalogue *catalogue);

/* Frees the audit; accepts NULL. */
void cf_audit_free(cf_audit *a);

/* Looks at one line, line[0..len) without its '\n', number lineno of the input named file
 * (copied when needed). Numbers that could be codes but were not taken: six-digit numbers
 * standing as words, and one- to five-digit numbers after a key with "code" or "status" in it
 * whose zero-padded form the catalogue has. Returns 0, or -1 when out of memory. */
int cf_audit_line(cf_audit *a, const char *file, unsigned long long lineno, const char *line,
                  size_t len);

/* Writes the audit: one screen of text, or (json set) one JSON object. A shape of numbers never
 * taken, most of them catalogue codes, is flagged as a likely miss. */
void cf_audit_write(const cf_audit *a, cf_out *o, int json);

#endif
