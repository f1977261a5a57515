/* scan.h - finds the codes in a block of lines and counts its lines, on two threads when the block
 * is large and the machine has a second core. */
#ifndef CF_SCAN_H
#define CF_SCAN_H

#include <stddef.h>

#include "extract.h"

/* One part of a block: whole lines, their codes (offsets from s) and how many lines there are. */
typedef struct cf_scan_part {
    const char *s;
    size_t n;
    cf_hit *hits; /* owned by the scanner, valid and writable until the next scan */
    size_t nhits;
    unsigned long long lines;
} cf_scan_part;

typedef struct cf_scanner cf_scanner;

/* Creates a scanner with up to threads threads (1 or 2; 2 only if the machine has two cores).
 * patterns and catalogue are borrowed for its lifetime. Returns NULL when out of memory. */
cf_scanner *cf_scanner_new(const cf_patterns *patterns, const cf_catalogue *catalogue, int threads);

/* Stops the scanner's thread and frees it; accepts NULL. */
void cf_scanner_free(cf_scanner *sc);

/* Splits the block s[0..n), whole lines, into one or two parts at a line end and scans each.
 * Returns the number of parts (0 when n is 0) and fills parts in order. */
size_t cf_scanner_scan(cf_scanner *sc, const char *s, size_t n, cf_scan_part parts[2]);

/* How many matches were abandoned at PCRE2's limits, over all threads. */
unsigned long cf_scanner_limit_hits(const cf_scanner *sc);

/* Counts the lines in s[0..n): its newlines, plus a last line without one. */
unsigned long long cf_count_lines(const char *s, size_t n);

#endif
