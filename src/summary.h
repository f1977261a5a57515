/* summary.h - counts of lines, categories and codes, and the reports made of them. */
#ifndef CF_SUMMARY_H
#define CF_SUMMARY_H

#include <stddef.h>

#include "extract.h"

typedef struct cf_summary cf_summary;

/* Creates an empty summary, or returns NULL when out of memory. */
cf_summary *cf_summary_new(void);

/* Frees the summary; accepts NULL. */
void cf_summary_free(cf_summary *s);

/* Counts one line read. When selected, counts it as selected and counts each of its n hits (a code
 * twice on a line counts twice). Returns -1 when out of memory (the line's codes may then be
 * partly counted), else 0. */
int cf_summary_add(cf_summary *s, const cf_hit *hits, size_t n, int selected);

/* Counts lines lines without codes, all selected or none. */
void cf_summary_add_lines(cf_summary *s, unsigned long long lines, int selected);

/* Counts one line longer than --max-line, passed on without looking for codes. */
void cf_summary_add_long_line(cf_summary *s, int selected);

/* Counts n matches that PCRE2 abandoned at its match or depth limit. */
void cf_summary_add_limit_hits(cf_summary *s, unsigned long long n);

/* Adds counts read from elsewhere (a summary being merged): the totals, in the order of
 * cf_report's JSON form, then a category's count, then a code's. Adding a code returns -1 when
 * out of memory. */
void cf_summary_add_totals(cf_summary *s, const unsigned long long totals[6]);
void cf_summary_add_category(cf_summary *s, cf_category c, unsigned long long n);
int cf_summary_add_code(cf_summary *s, const char *code, const cf_entry *entry,
                        unsigned long long n);

/* Adds every count of src to dst. Returns -1 when out of memory (dst is then partly merged). */
int cf_summary_merge(cf_summary *dst, const cf_summary *src);

/* Forgets every count. */
void cf_summary_reset(cf_summary *s);

/* Accessors for the totals. */
unsigned long long cf_summary_lines(const cf_summary *s);
unsigned long long cf_summary_selected(const cf_summary *s);
unsigned long long cf_summary_lines_with_codes(const cf_summary *s);
unsigned long long cf_summary_category(const cf_summary *s, cf_category c);
unsigned long long cf_summary_long_lines(const cf_summary *s);
unsigned long long cf_summary_limit_hits(const cf_summary *s);

/* The count of one code (six digits), 0 when never seen. */
unsigned long long cf_summary_code(const cf_summary *s, const char *code);

/* One code's count. */
typedef struct cf_code_count {
    char code[7];
    const cf_entry *entry; /* NULL for a code the catalogue does not have */
    unsigned long long count;
} cf_code_count;

/* The counted codes, most frequent first, then by code, in a new array (*out, NULL when there is
 * none) that the caller frees. Returns their number, 0 also when memory ran out. */
size_t cf_summary_codes(const cf_summary *s, cf_code_count **out);

/* The number of code occurrences counted. */
unsigned long long cf_summary_codes_total(const cf_summary *s);

#endif
