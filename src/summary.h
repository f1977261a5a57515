/* summary.h - counts of lines, categories and codes, and the reports made of them. */
#ifndef CF_SUMMARY_H
#define CF_SUMMARY_H

#include <stddef.h>

#include "extract.h"
#include "out.h"

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

typedef enum cf_summary_format { CF_SUMMARY_TEXT, CF_SUMMARY_JSON } cf_summary_format;

/* Parses a format name ("text", "json"). Returns 0 and sets *out, or -1. */
int cf_summary_parse_format(const char *name, cf_summary_format *out);

/* Writes the summary in a format. The text form is an aligned table; with color, category names
 * are colored. The JSON form is one object on one line:
 * {"lines":N,"selected_lines":N,"lines_with_codes":N,"codes_total":N,"long_lines":N,
 *  "pattern_limit_hits":N,
 *  "categories":{"success":n,...,"unknown":n},
 *  "codes":[{"code":..,"category":..,"message":..,"count":n},...]}
 * Codes are listed most frequent first, then by code. */
void cf_summary_write(const cf_summary *s, cf_summary_format format, int color, cf_out *o);

#endif
