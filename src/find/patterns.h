/* patterns.h - the PCRE2 patterns that find codes in a line, compiled once with JIT, and the word
 * lists their checks use.
 *
 * A patterns file holds, one per line ('#' starts a comment line):
 *   define NAME REGEX      a named piece; %{NAME} in a later line stands for (?:REGEX)
 *   rule NAME REGEX        a pattern whose codes are reported as found by rule NAME
 *   words CLASS WORD...    adds words to a class of words.h (no-words CLASS WORD... removes them)
 *   REGEX                  a pattern of rule "pattern"
 * Patterns may call two checks: (?C"key") passes when the key that ends there is a status key by
 * its words (see cf_words_key_ok), (?C"unit") fails when the number that ends there is followed
 * by a word of the "measure" class. A pattern's (*MARK:NAME) that stays on the matching path
 * names the rule instead of the line's. */
#ifndef CF_PATTERNS_H
#define CF_PATTERNS_H

#include <stddef.h>

#include "error.h"
#include "scan.h"
#include "words.h"

/* Where one match's (?<code>...) group stands in the subject, which rule found it, and the key or
 * phrase word before it (key_start == key_end when there is none). The rule name is borrowed from
 * the patterns. */
typedef struct cf_span {
    size_t start, end;
    const char *rule;
    size_t key_start, key_end;
} cf_span;

typedef struct cf_patterns cf_patterns;

/* Creates an empty pattern set, or returns NULL when out of memory. */
cf_patterns *cf_patterns_new(void);

/* Frees the set and its compiled patterns; accepts NULL. */
void cf_patterns_free(cf_patterns *p);

/* Compiles the lines of one file, len bytes of text (see above): blank lines and lines starting
 * with '#' skipped, spaces and tabs around a line ignored. Pieces defined by earlier files may be
 * used. Every pattern must have a group named "code" or "codes" (a list: digits separated by
 * commas, each maybe quoted), and call no check but "key" and "unit". Returns 0, or -1 with err
 * set to "NAME:LINE: offset N: message" (the set then holds part of the file: free it). */
int cf_patterns_load(cf_patterns *p, const char *text, size_t len, const char *name, cf_error *err);

/* The number of patterns loaded. */
size_t cf_patterns_count(const cf_patterns *p);

/* Where pattern i came from: returns its file's name (borrowed until p is freed) and sets *line. */
const char *cf_patterns_source(const cf_patterns *p, size_t i, size_t *line);

/* The code unit every match of pattern i starts with, which PCRE2's JIT skips ahead to with SIMD
 * (compared without case when the pattern is caseless), or -1 when it has none, so that finding
 * its matches means trying at many more places. */
int cf_patterns_first_unit(const cf_patterns *p, size_t i);

/* The literal every match of pattern i starts with, as read from the pattern (after options such
 * as (?i), lookarounds and \b), when it has one of two characters or more and can be searched
 * for with the same matches (see cf_matcher_find_at); else NULL. Borrowed until p is freed. */
const cf_literal *cf_patterns_literal(const cf_patterns *p, size_t i);

/* The rule name of pattern i, borrowed until p is freed. */
const char *cf_patterns_rule(const cf_patterns *p, size_t i);

/* The word lists the patterns' checks use, borrowed until p is freed. */
const cf_words *cf_patterns_words(const cf_patterns *p);

/* A matcher runs the patterns of a set over text; each thread needs its own. */
typedef struct cf_matcher cf_matcher;

/* Creates a matcher for p, which is borrowed for the matcher's lifetime and must not be loaded
 * into meanwhile. Returns NULL when out of memory. */
cf_matcher *cf_matcher_new(const cf_patterns *p);

/* Frees the matcher; accepts NULL. */
void cf_matcher_free(cf_matcher *m);

/* Finds where every pattern's code group matches in s[0..n), which holds one line or several
 * (^ and $ match at line ends). A match that spans a line end is not used. Returns the spans
 * ordered by start, one per start offset, owned by m and valid until the next call; NULL with
 * *count 0 when there is none. Matches that hit PCRE2's match or depth limit are skipped and
 * counted in cf_matcher_limit_hits. */
const cf_span *cf_matcher_find(cf_matcher *m, const char *s, size_t n, size_t *count);

/* Finds what cf_matcher_find finds, with the same spans, but tries each pattern i that has a
 * literal (cf_patterns_literal) only at the offsets of s where it stands, lists[slot[i]], in order
 * (found for all patterns in one pass, cf_scan_block). slot[i] -1: pattern i is searched whole.
 * One difference stays, with pathological patterns only: a leading lookaround that backtracks
 * past PCRE2's match limit at a place where the literal does not stand makes the whole search
 * give that line up (a limit hit), while this one never tries it there. */
const cf_span *cf_matcher_find_at(cf_matcher *m, const char *s, size_t n, const cf_offsets *lists,
                                  const int *slot, size_t *count);

/* Like cf_matcher_find over one line s[0..n), but only the spans that start in [from, to): a line
 * too long to hold all its spans at once is searched by windows, in order, the first from 0 and
 * each from where the last ended. Matches are the same as in a search of the whole line, except
 * that a limit error gives up the pattern for the rest of the line, and a code that a lookbehind
 * places in a window before its match's is not found. */
const cf_span *cf_matcher_find_window(cf_matcher *m, const char *s, size_t n, size_t from,
                                      size_t to, size_t *count);

/* Whether memory ran out in a find, so that some spans may be missing (sticky). */
int cf_matcher_failed(const cf_matcher *m);

/* How many times a match was abandoned at PCRE2's limits by this matcher: in all, and of pattern
 * i. */
unsigned long cf_matcher_limit_hits(const cf_matcher *m);
unsigned long cf_matcher_pattern_limit_hits(const cf_matcher *m, size_t i);

#endif
