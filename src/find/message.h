/* message.h - the rule that needs no key: a catalogue code with its own catalogue message beside
 * it ("[040004] The exchange rate has expired", "(500000) Internal server error",
 * "Internal server error (500000)"), and the scan for numbers that stand as words. */
#ifndef CF_MESSAGE_H
#define CF_MESSAGE_H

#include <stddef.h>

#include "catalogue.h"

/* Whether the number s[a..b) of s[0..n) stands as a word: no digit, letter or '_' touches it, and
 * it is not the decimal part of a number (1.040011) nor has one (500000.50). */
int cf_number_stands(const char *s, size_t n, size_t a, size_t b);

/* The first four digits of a set of codes, one bit each: a filter that rules most six-digit
 * numbers out with one look. */
typedef struct cf_prefixes {
    unsigned char bits[10000 / 8 + 1];
} cf_prefixes;

/* Sets p to the prefixes of the codes of cat. */
void cf_prefixes_of(const cf_catalogue *cat, cf_prefixes *p);

/* Calls fn(ctx, start) for each run of exactly six ASCII digits in s[0..n) that stands as a word
 * (see cf_number_stands) and, when only is not NULL, starts with one of its prefixes, in order.
 * Uses AVX2 or SSE2 where the machine has them. */
void cf_six_digit_words(const char *s, size_t n, const cf_prefixes *only,
                        void (*fn)(void *ctx, size_t start), void *ctx);

/* Whether the catalogue message of e stands beside the code at s[a..a+6) of s[0..n): after it or
 * before it, across at most six separator characters (blanks and -:|()[],=>"'\), compared
 * without case. The message may be cut short after its first three words; a placeholder ({0})
 * matches 1 to 64 characters of the line. At most 512 characters are compared, whatever the line
 * holds, so that a line of many codes and near-messages costs time in proportion to its length. */
int cf_message_beside(const cf_entry *e, const char *s, size_t n, size_t a);

#endif
