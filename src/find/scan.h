/* scan.h - one pass over a block of lines that finds where the slower searches need to look: where
 * each pattern's leading literal stands (PCRE2 then runs anchored there only), the six-digit words
 * that may be catalogue codes (for the message rule), and how many newlines the block holds. */
#ifndef CF_SCAN_H
#define CF_SCAN_H

#include <stddef.h>

#include "message.h"

/* The most literals one pass looks for, and the longest literal. */
#define CF_SCAN_LITERALS 8
#define CF_LITERAL_MAX   16

/* A literal that every match of a pattern starts with: len bytes of text; when caseless, the
 * ASCII letters of text are lower case and match either case (PCRE2's (?i) without UTF). */
typedef struct cf_literal {
    char text[CF_LITERAL_MAX];
    size_t len; /* 2 to CF_LITERAL_MAX */
    int caseless;
} cf_literal;

/* What a pass looks for. */
typedef struct cf_scan_set {
    cf_literal lits[CF_SCAN_LITERALS];
    size_t nlits;
    const cf_prefixes *prefixes; /* six-digit words kept only with one of these; NULL: all */
    /* the literals' first three bytes, as the vector code compares them: (byte | fold) == want */
    unsigned char fold[3][CF_SCAN_LITERALS], want[3][CF_SCAN_LITERALS];
    unsigned char starting[256]; /* per byte: a bit for each literal that may start with it */
} cf_scan_set;

/* Offsets into the scanned block, in increasing order. */
typedef struct cf_offsets {
    size_t *at;
    size_t n, cap;
} cf_offsets;

/* What a pass found. Reused from pass to pass; free with cf_scan_free. */
typedef struct cf_scan {
    cf_offsets lits[CF_SCAN_LITERALS]; /* where literal i starts */
    cf_offsets sixes;                  /* where the six-digit words start */
    unsigned long long newlines;
    int failed; /* memory ran out: some offsets are missing */
} cf_scan;

/* Readies set to look for nlits literals (at most CF_SCAN_LITERALS) and the six-digit words with
 * prefixes (NULL: all). */
void cf_scan_set_init(cf_scan_set *set, const cf_literal *lits, size_t nlits,
                      const cf_prefixes *prefixes);

/* Scans s[0..n) once: every offset where a literal of set stands whole (overlapping ones too),
 * every run of exactly six ASCII digits that stands as a word (cf_number_stands) with one of
 * set's prefixes, and the newlines. Uses AVX2 where the machine has it, else SSE2. */
void cf_scan_block(const cf_scan_set *set, const char *s, size_t n, cf_scan *out);

/* The same pass with the baseline instructions only (SSE2 where the machine is x86-64, else one
 * byte at a time), whatever the machine has: for tests, which run on machines with AVX2. */
void cf_scan_block_baseline(const cf_scan_set *set, const char *s, size_t n, cf_scan *out);

/* Frees what out holds; it may be used again after. */
void cf_scan_free(cf_scan *out);

#endif
