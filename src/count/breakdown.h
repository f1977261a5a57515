/* breakdown.h - a summary's counts by input file (--by-file): lines, selected lines, lines with
 * codes, codes, and codes by category, added up per file name. */
#ifndef CF_BREAKDOWN_H
#define CF_BREAKDOWN_H

#include <stddef.h>

#include "catalogue.h"

/* One file's counts. */
typedef struct cf_file_count {
    char *name; /* owned by the breakdown; borrowed when passed in */
    unsigned long long lines, selected, with_codes, codes;
    unsigned long long categories[CF_CAT_COUNT];
} cf_file_count;

typedef struct cf_breakdown cf_breakdown;

/* Creates an empty breakdown, or returns NULL when out of memory. */
cf_breakdown *cf_breakdown_new(void);

/* Frees the breakdown; accepts NULL. */
void cf_breakdown_free(cf_breakdown *b);

/* Adds c's counts to those of the file of the same name, which is made when new (c and its name
 * are copied). Returns 0, or -1 when out of memory (b unchanged). */
int cf_breakdown_add(cf_breakdown *b, const cf_file_count *c);

/* Starts the file called name (copied), ending the one before: its counts are those that grow
 * from now, the summary's counts as they stand, until cf_breakdown_end. Returns 0, or -1 when out
 * of memory (no file is then being read). */
int cf_breakdown_begin(cf_breakdown *b, const char *name, const cf_file_count *now);

/* Ends the file being read, if any: what was counted since its start (now minus then) is added
 * to it. */
void cf_breakdown_end(cf_breakdown *b, const cf_file_count *now);

/* Adds every file of src to dst (what src's file being read has counted so far is left out).
 * Returns -1 when out of memory (dst then partly added). */
int cf_breakdown_merge(cf_breakdown *dst, const cf_breakdown *src);

/* The number of files. */
size_t cf_breakdown_count(const cf_breakdown *b);

/* The files, by name (bytewise), in a new array (*out, NULL when none) that the caller frees; the
 * names stay the breakdown's, valid until it changes. The file being read counts what it has so
 * far, measured against now (the summary's counts; may be NULL when none is being read). Returns
 * their number, 0 also when memory ran out. */
size_t cf_breakdown_list(const cf_breakdown *b, const cf_file_count *now, cf_file_count **out);

#endif
