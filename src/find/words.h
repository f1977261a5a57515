/* words.h - the word lists of the recognizer: which words may make up a status key, which may
 * lead into one, and which say that a number counts or measures something. Plain data, read from
 * "words CLASS WORD..." lines of a patterns file (see patterns/words). */
#ifndef CF_WORDS_H
#define CF_WORDS_H

#include <stddef.h>

typedef enum cf_word_class {
    CF_WORD_LAST,      /* the last word of a status key: code, codes, status */
    CF_WORD_QUALIFIER, /* a word that qualifies a status: error, result, resp, ... */
    CF_WORD_LEAD,      /* a word that may stand just before a key or phrase: with, returned, ... */
    CF_WORD_MEASURE,   /* a word after a number that says it counts or measures: items, ms, ... */
    CF_WORD_OTHER,     /* a word before a key that names another kind of code: sms, exit, ... */
    CF_WORD_LINK,      /* a lead word that ties a key to the word before it: with, by, ... */
    CF_WORD_CLASSES
} cf_word_class;

typedef struct cf_words cf_words;

/* The longest key (and word before it) looked at, so that the work per key is bounded. */
#define CF_KEY_MAX 64

/* Whether c may be part of a key: a letter, a digit, '_', '.' or '-'. */
int cf_is_key_char(char c);

/* Where the key that ends at s[end] starts: at the first letter of the run of key characters
 * before end. Returns end when there is none, or when the run is longer than CF_KEY_MAX. */
size_t cf_key_start(const char *s, size_t end);

/* Creates empty word lists, or returns NULL when out of memory. */
cf_words *cf_words_new(void);

/* Frees the lists; accepts NULL. */
void cf_words_free(cf_words *w);

/* Looks up a class by its name in a patterns file ("last", "qualifier", "lead", "measure",
 * "other", "link").
 * Returns 0 and sets *c, or -1 when no class has that name. */
int cf_word_class_parse(const char *name, size_t n, cf_word_class *c);

/* The name of class c, as cf_word_class_parse reads it. */
const char *cf_word_class_name(cf_word_class c);

/* Adds the word s[0..n) to class c (ASCII letters, compared without case; "*ed" stands for any
 * word ending in "ed"), or removes it when remove is set. Returns 0; -1 when the word is not 1 to
 * 31 letters (with an optional leading '*'); -2 when the lists are full (512 words in all, 16
 * "*" entries) or memory runs out. */
int cf_words_set(cf_words *w, cf_word_class c, const char *s, size_t n, int remove);

/* Whether s[0..n) is a word of class c, compared without case. */
int cf_words_has(const cf_words *w, cf_word_class c, const char *s, size_t n);

/* Whether the key that ends at s[end] (of n) is a status key. The key is the run of letters,
 * digits and "_.-" before end, split into words at those marks and at case changes (errCode,
 * ERROR_CODE, x-result-code, RetCode). Its last word is of class "last" (or is one glued to a
 * qualifier, as in "errcode"), and every other word of class "qualifier". It is not one after
 * '?' or '&' (a URL's query), nor after a blank and a word of letters alone that names another
 * kind of code (class "other": "exit code=1", "sms code=1"); after any word of letters alone that
 * is neither a qualifier nor a lead word, it is one only when '=', '=>' or '>' follows it (key
 * syntax), not ':' or a blank (free text: "Your login code: 482913", "verification code 1"). */
int cf_words_key_ok(const cf_words *w, const char *s, size_t n, size_t end);

/* Whether the number that ends at s[end] (of n) is followed, after blanks, by a "measure" word. */
int cf_words_measured(const cf_words *w, const char *s, size_t n, size_t end);

#endif
