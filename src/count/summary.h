/* summary.h - counts of lines, categories and codes, and the reports made of them. */
#ifndef CF_SUMMARY_H
#define CF_SUMMARY_H

#include <stddef.h>
#include <stdint.h>

#include "breakdown.h"
#include "extract.h"
#include "timeline.h"
#include "window.h"

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

/* The totals a summary counts, in the order its reports list them. */
typedef enum cf_total {
    CF_TOTAL_LINES,      /* lines read */
    CF_TOTAL_SELECTED,   /* lines selected by the filters */
    CF_TOTAL_WITH_CODES, /* selected lines holding a code */
    CF_TOTAL_CODES,      /* codes on selected lines */
    CF_TOTAL_LONG_LINES, /* lines over --max-line, passed on without looking for codes */
    CF_TOTAL_LIMIT_HITS, /* matches PCRE2 abandoned at its match or depth limit */
    CF_TOTAL_COUNT
} cf_total;

/* The totals a file's counts have (cf_file_count): the first four. */
#define CF_FILE_TOTALS (CF_TOTAL_CODES + 1)

/* Adds counts read from elsewhere (a summary being merged): the totals, indexed by cf_total, then
 * a category's count, then a code's. Adding a code returns -1 when out of memory. */
void cf_summary_add_totals(cf_summary *s, const unsigned long long totals[CF_TOTAL_COUNT]);
void cf_summary_add_category(cf_summary *s, cf_category c, unsigned long long n);
int cf_summary_add_code(cf_summary *s, const char *code, cf_category cat, const cf_entry *entry,
                        unsigned long long n);

/* Adds every count of src to dst. Returns -1 when out of memory (dst is then partly merged). */
int cf_summary_merge(cf_summary *dst, const cf_summary *src);

/* Points every counted code at its entry in cat (after a reload), for its message. Counts made so
 * far stay under the category they were counted in: a code that cat puts in another category is
 * counted apart from then on, and listed once per category. */
void cf_summary_rebind(cf_summary *s, const cf_catalogue *cat);

/* Whether to count each code (the default), or only the totals, categories and timeline: no
 * memory per code when no summary was asked for. */
void cf_summary_keep_codes(cf_summary *s, int keep);
int cf_summary_keeps_codes(const cf_summary *s);

/* Forgets every count. */
void cf_summary_reset(cf_summary *s);

/* Accessors for the totals: one by its cf_total (0 for one out of range), and each by name. */
unsigned long long cf_summary_total(const cf_summary *s, cf_total t);
unsigned long long cf_summary_lines(const cf_summary *s);
unsigned long long cf_summary_selected(const cf_summary *s);
unsigned long long cf_summary_lines_with_codes(const cf_summary *s);
unsigned long long cf_summary_category(const cf_summary *s, cf_category c);
unsigned long long cf_summary_long_lines(const cf_summary *s);
unsigned long long cf_summary_limit_hits(const cf_summary *s);

/* The count of one code (six digits), under every category it was counted in; 0 when never seen.
 */
unsigned long long cf_summary_code(const cf_summary *s, const char *code);

/* The most distinct renderings of one templated message a summary lists. Past that the list is
 * dropped and the code marked overflowed: a shorter list could not be exact whatever order the
 * lines came in or however the input was cut for a merge. */
#define CF_SUMMARY_MAX_RENDERINGS 100

/* How often a templated message was seen rendered one way ("amount is required"). */
typedef struct cf_rendering {
    char *rendered;
    char *args; /* the arguments, each followed by a '\0'; nargs of them */
    int nargs;
    unsigned long long count;
} cf_rendering;

/* One code's count under one category, and when it was first and last seen (when timed is set). A
 * code is counted under the category its catalogue gave it then, which a reload may change. */
typedef struct cf_code_count {
    char code[7];
    unsigned char category; /* a cf_category */
    const cf_entry *entry;  /* for its message; NULL for a code the catalogue does not have */
    unsigned long long count;
    int64_t first_ms, last_ms;
    cf_rendering *renderings; /* owned by the summary */
    unsigned nrenderings;     /* at most CF_SUMMARY_MAX_RENDERINGS */
    unsigned char timed;
    unsigned char
        renderings_overflowed; /* more than CF_SUMMARY_MAX_RENDERINGS: the list was dropped */
} cf_code_count;

/* The timeline's bucket width in milliseconds (one hour unless set). Setting it forgets the
 * timeline; returns -1 when out of memory. */
int cf_summary_set_bucket(cf_summary *s, int64_t width_ms);
int64_t cf_summary_bucket(const cf_summary *s);

/* Sets a bucket width that the current one divides, adding the timeline's buckets up into the
 * wider ones (exactly, as buckets start at multiples of their width). Returns -1 when out of
 * memory, the summary unchanged. */
int cf_summary_widen_bucket(cf_summary *s, int64_t width_ms);

/* Counts n renderings of code's message (counted under cat) with these arguments (args as in
 * cf_rendering); with rendered NULL, marks the code overflowed. Returns -1 when out of memory. */
int cf_summary_add_rendering(cf_summary *s, const char *code, cf_category cat, const char *rendered,
                             const char *args, int nargs, unsigned long long n);

/* Like cf_summary_add, for a line (its text, for the renderings of its hits; may be NULL) (NULL
 * when it has no timestamp): the time is noted, and the line's codes also go into the timeline and
 * the codes' first and last times, or else are counted as untimed. Callers pass times of selected
 * lines with codes only, so that the times do not depend on how the input was cut into blocks or
 * chunks (merges stay exact). */
int cf_summary_add_at(cf_summary *s, const cf_hit *hits, size_t n, int selected, const int64_t *ms,
                      const char *line);

/* cf_summary_add_at in two parts, for a line read in windows: the line (with_codes: it had a
 * code), then its hits, a window's at a time, for a selected line. */
void cf_summary_add_line(cf_summary *s, int selected, int with_codes, const int64_t *ms);
int cf_summary_add_hits(cf_summary *s, const cf_hit *hits, size_t n, const int64_t *ms,
                        const char *line);

/* Notes that a line was written at ms, for the earliest and latest times. */
void cf_summary_note_time(cf_summary *s, int64_t ms);

/* Sets *first and *last to the times of the earliest and latest lines noted and returns 1, or
 * returns 0 when no line had a time. */
int cf_summary_time_span(const cf_summary *s, int64_t *first, int64_t *last);

/* Codes counted on lines without a timestamp (outside the timeline). */
unsigned long long cf_summary_untimed(const cf_summary *s);

/* The timeline's buckets, oldest first, in a new array the caller frees; see cf_timeline_buckets.
 */
size_t cf_summary_timeline(const cf_summary *s, cf_bucket **out);

/* Adds n codes of category c to the bucket that holds ms, and notes code's times (for merging).
 * Return -1 when out of memory. */
int cf_summary_add_bucket(cf_summary *s, int64_t ms, cf_category c, unsigned long long n);
int cf_summary_add_code_times(cf_summary *s, const char *code, cf_category cat, int64_t first_ms,
                              int64_t last_ms);
void cf_summary_add_untimed(cf_summary *s, unsigned long long n);

/* Sets the window the lines were selected in (--since, --until), which the reports show. */
void cf_summary_set_window(cf_summary *s, const cf_window *w);

/* For a merge: the first window a summary is given is taken as it is, and every later one widens
 * it to the smallest window that holds both (cf_window_hull; a summary without a bound has none,
 * so merging it leaves that side open). */
void cf_summary_widen_window(cf_summary *s, const cf_window *w);

/* The summary's window, or NULL when it has no bound. */
const cf_window *cf_summary_window(const cf_summary *s);

/* --by-file: the summary breaks its counts down by input file, and the reports show it (empty
 * when no file was read). Returns -1 when out of memory. */
int cf_summary_keep_files(cf_summary *s);
int cf_summary_keeps_files(const cf_summary *s);

/* Counts from now on go to the file called name (copied) as well, until cf_summary_end_file or the
 * next start; nothing is done unless the summary keeps files. Returns -1 when out of memory. */
int cf_summary_begin_file(cf_summary *s, const char *name);
void cf_summary_end_file(cf_summary *s);

/* Adds a file's counts read from elsewhere (a summary being merged); the summary keeps files from
 * then on. Returns -1 when out of memory. */
int cf_summary_add_file(cf_summary *s, const cf_file_count *c);

/* The files' counts, by name, those of the file being read so far included, in a new array (*out,
 * NULL when none) that the caller frees; the names are the summary's, valid until it changes.
 * Returns their number, 0 also when memory ran out. */
size_t cf_summary_files(const cf_summary *s, cf_file_count **out);

/* The counted codes, most frequent first, then by code, in a new array (*out, NULL when there is
 * none) that the caller frees. Each code's renderings are a copy, most frequent first (then by
 * text), in the same block (freed with it); their strings are the summary's, valid until it
 * changes. Returns their number, 0 also when memory ran out. */
size_t cf_summary_codes(const cf_summary *s, cf_code_count **out);

/* The number of code occurrences counted. */
unsigned long long cf_summary_codes_total(const cf_summary *s);

#endif
