/* pattern.h - the parts of a pattern set that its files share (not for use outside src/find/):
 * patterns.c compiles patterns and reads their leading literals (literal.c), pattern_file.c reads
 * pattern files with their pieces and words, matcher.c finds the spans of codes with them. */
#ifndef CF_PATTERN_H
#define CF_PATTERN_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>

#include "patterns.h"

/* A pattern's "code" group may have several numbers (duplicate names with (?J)). */
#define MAX_CODE_GROUPS 8

typedef struct pattern {
    pcre2_code *re;
    pcre2_code *anchored; /* the same, matching only where a search starts; NULL without lit */
    cf_literal lit;       /* what every match starts with; len 0 when unknown */
    int anchored_jit;     /* anchored was compiled by the JIT: it may be called directly */
    char *marks;          /* the names of its (*MARK:NAME)s, each ending in '\0', then "" */
    char *file;           /* where it came from, for messages */
    size_t line;
    char *rule;
    int groups[MAX_CODE_GROUPS];
    int ngroups;
    int list_group; /* the number of the group named "codes", or 0 */
} pattern;

/* A named piece, its text already expanded. */
typedef struct piece {
    char *name, *text;
} piece;

struct cf_patterns {
    pattern *list;
    size_t count, cap;
    uint32_t most_groups; /* the largest capture count + 1, to size match data */
    piece *pieces;
    size_t npieces;
    cf_words *words;
};

/* Compiles src[0..n) and adds it to p under rule, from file name at line. Returns 0, or -1 with
 * err set ("api.pcre:3: offset 5: missing closing parenthesis"). */
int cf_patterns_add(cf_patterns *p, const char *src, size_t n, const char *rule, const char *name,
                    size_t line, cf_error *err);

/* Frees what a pattern holds. */
void cf_pattern_drop(pattern *pat);

/* The last offset of the item of the pattern source src[0..n) that starts at src[i], as PCRE2
 * reads it (see literal.c). */
size_t cf_pattern_item_end(const char *src, size_t n, size_t i);

/* The kept name equal to mark, which points into one of the pattern's compiled copies. */
const char *cf_pattern_mark_name(const pattern *pat, const char *mark);

/* Sets lit to the literal that every match of the pattern src[0..n) starts with, or lit->len to 0
 * when it cannot be read for sure (see literal.c). */
void cf_literal_read(const char *src, size_t n, cf_literal *lit);

#endif
