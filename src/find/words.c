#include "words.h"

#include <stdlib.h>
#include <string.h>

#define MAX_WORD 31

typedef struct word {
    char text[MAX_WORD + 1]; /* lower case; a leading '*' makes it a suffix */
    unsigned char len;
} word;

#define SLOTS    1024 /* the hash index of whole words, all classes: a power of two */
#define SUFFIXES 16

struct cf_words {
    word *list[CF_WORD_CLASSES];
    size_t count[CF_WORD_CLASSES], cap[CF_WORD_CLASSES];
    unsigned short slot[SLOTS];       /* 1 + an index into whole, or 0 */
    word whole[SLOTS / 2];            /* each whole word once, with the classes it is in */
    unsigned char classes[SLOTS / 2]; /* a bit per class */
    size_t nwhole;
    word suffix[SUFFIXES]; /* the "*ed" entries of every class */
    unsigned char suffix_class[SUFFIXES];
    size_t nsuffixes;
};

static const char *const class_names[CF_WORD_CLASSES] = {"last",    "qualifier", "lead",
                                                         "measure", "other",     "link"};

cf_words *cf_words_new(void) {
    return calloc(1, sizeof(cf_words));
}

void cf_words_free(cf_words *w) {
    if (w == NULL)
        return;
    for (int c = 0; c < CF_WORD_CLASSES; c++)
        free(w->list[c]);
    free(w);
}

int cf_word_class_parse(const char *name, size_t n, cf_word_class *c) {
    for (int i = 0; i < CF_WORD_CLASSES; i++)
        if (strlen(class_names[i]) == n && memcmp(class_names[i], name, n) == 0) {
            *c = (cf_word_class)i;
            return 0;
        }
    return -1;
}

const char *cf_word_class_name(cf_word_class c) {
    return class_names[c];
}

static char lower(char c) {
    return (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

static int is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether entry e stands for the word s[0..n). */
static int matches(const word *e, const char *s, size_t n) {
    const char *t = e->text;
    size_t len = e->len;
    if (t[0] == '*') {
        t++;
        len--;
        if (n <= len)
            return 0;
        s += n - len;
        n = len;
    }
    if (n != len)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower(s[i]) != t[i])
            return 0;
    return 1;
}

static size_t hash_word(const char *s, size_t n) {
    size_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)lower(s[i])) * 16777619u;
    return h & (SLOTS - 1);
}

/* Rebuilds the hash index of whole words from the lists. Returns -1 when there are too many. */
static int reindex(cf_words *w) {
    memset(w->slot, 0, sizeof w->slot);
    w->nwhole = w->nsuffixes = 0;
    for (int c = 0; c < CF_WORD_CLASSES; c++) {
        for (size_t i = 0; i < w->count[c]; i++) {
            const word *e = &w->list[c][i];
            if (e->text[0] == '*') {
                if (w->nsuffixes == SUFFIXES)
                    return -1;
                w->suffix[w->nsuffixes] = *e;
                w->suffix_class[w->nsuffixes++] = (unsigned char)c;
                continue;
            }
            size_t h = hash_word(e->text, e->len);
            while (w->slot[h] != 0 && !matches(&w->whole[w->slot[h] - 1], e->text, e->len))
                h = (h + 1) & (SLOTS - 1);
            if (w->slot[h] == 0) {
                if (w->nwhole == SLOTS / 2)
                    return -1;
                w->whole[w->nwhole] = *e;
                w->classes[w->nwhole] = 0;
                w->slot[h] = (unsigned short)++w->nwhole;
            }
            w->classes[w->slot[h] - 1] |= (unsigned char)(1u << c);
        }
    }
    return 0;
}

/* The index of the entry written exactly as s[0..n) (lower case), or (size_t)-1. */
static size_t find(const cf_words *w, cf_word_class c, const char *s, size_t n) {
    for (size_t i = 0; i < w->count[c]; i++)
        if (w->list[c][i].len == n && memcmp(w->list[c][i].text, s, n) == 0)
            return i;
    return (size_t)-1;
}

int cf_words_set(cf_words *w, cf_word_class c, const char *s, size_t n, int remove) {
    if (n == 0 || n > MAX_WORD || (n == 1 && s[0] == '*'))
        return -1;
    word e = {.len = (unsigned char)n};
    for (size_t i = 0; i < n; i++) {
        if (!is_letter(s[i]) && !(i == 0 && s[i] == '*'))
            return -1;
        e.text[i] = lower(s[i]);
    }
    size_t at = find(w, c, e.text, n);
    if (remove) {
        if (at != (size_t)-1)
            w->list[c][at] = w->list[c][--w->count[c]];
        return reindex(w);
    }
    if (at != (size_t)-1)
        return 0;
    if (w->count[c] == w->cap[c]) {
        size_t cap = w->cap[c] ? 2 * w->cap[c] : 32;
        word *list = realloc(w->list[c], cap * sizeof *list);
        if (list == NULL)
            return -2;
        w->list[c] = list;
        w->cap[c] = cap;
    }
    w->list[c][w->count[c]++] = e;
    if (reindex(w) != 0) {
        w->count[c]--;
        reindex(w);
        return -2;
    }
    return 0;
}

/* The classes of the word s[0..n), one bit each. */
static unsigned classes_of(const cf_words *w, const char *s, size_t n) {
    unsigned bits = 0;
    if (n == 0 || n > MAX_WORD)
        return 0;
    size_t h = hash_word(s, n);
    while (w->slot[h] != 0) {
        size_t k = w->slot[h] - 1;
        if (matches(&w->whole[k], s, n)) {
            bits = w->classes[k];
            break;
        }
        h = (h + 1) & (SLOTS - 1);
    }
    for (size_t i = 0; i < w->nsuffixes; i++)
        if (matches(&w->suffix[i], s, n))
            bits |= 1u << w->suffix_class[i];
    return bits;
}

int cf_words_has(const cf_words *w, cf_word_class c, const char *s, size_t n) {
    return (int)((classes_of(w, s, n) >> c) & 1);
}

int cf_is_key_char(char c) {
    return is_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

size_t cf_key_start(const char *s, size_t end) {
    size_t start = end;
    while (start > 0 && cf_is_key_char(s[start - 1])) {
        if (end - start == CF_KEY_MAX)
            return end; /* no status key is that long: and no run of key characters costs more */
        start--;
    }
    while (start < end && !is_letter(s[start]))
        start++; /* "-code", "_status", ".code": the key starts at its first letter */
    return start;
}

static int is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

static int is_blank(char c) {
    return c == ' ' || c == '\t';
}

/* The length of the first word of s[0..n), which holds no mark: a case change from lower to upper
 * ends it, and so does the last upper-case letter of a run that a lower-case one follows. */
static size_t word_len(const char *s, size_t n) {
    size_t i = 1;
    while (i < n) {
        if (is_upper(s[i]) && !is_upper(s[i - 1]))
            break;
        if (is_upper(s[i]) && i + 1 < n && !is_upper(s[i + 1]) && is_letter(s[i + 1]))
            break;
        i++;
    }
    return i;
}

/* Whether s[0..n) is a last word, or a qualifier glued to one ("errcode", "STATUSCODE"). */
static int last_word_ok(const cf_words *w, const char *s, size_t n) {
    if (cf_words_has(w, CF_WORD_LAST, s, n))
        return 1;
    for (size_t k = 1; k < n; k++)
        if (cf_words_has(w, CF_WORD_QUALIFIER, s, k) && cf_words_has(w, CF_WORD_LAST, s + k, n - k))
            return 1;
    return 0;
}

/* Whether the words of the key s[0..n) make it a status key. */
static int key_words_ok(const cf_words *w, const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == '_' || s[i] == '.' || s[i] == '-'))
            i++;
        size_t end = i;
        while (end < n && s[end] != '_' && s[end] != '.' && s[end] != '-')
            end++;
        while (i < end) {
            size_t len = word_len(s + i, end - i);
            int last = i + len == n;
            if (last ? !last_word_ok(w, s + i, len)
                     : !cf_words_has(w, CF_WORD_QUALIFIER, s + i, len))
                return 0;
            i += len;
        }
    }
    return n > 0;
}

/* The word that ends at s[te] (blanks skipped): sets [*tb, *we) to it. Returns 0 when the token
 * there is no word: a field (code=1), a value with marks ("[main]", "\"x\""), a word that ends
 * a sentence or clause ("failed.", "ok,"), punctuation, or nothing. A word is letters, maybe
 * with digits and hyphens between ("one-time", "2FA"). */
static int word_before(const char *s, size_t te, size_t *tb, size_t *we) {
    while (te > 0 && is_blank(s[te - 1]))
        te--;
    size_t b, e = te, letters = 0;
    for (b = e; b > 0 && !is_blank(s[b - 1]) && s[b - 1] != '\n'; b--) {
        char c = s[b - 1];
        if (e - b == CF_KEY_MAX || !(is_letter(c) || (c >= '0' && c <= '9') || c == '-'))
            return 0; /* a token that long, or with other marks, is a value or a field */
        letters += is_letter(c);
    }
    *tb = b;
    *we = e;
    return letters > 0;
}

/* The classes of the word s[a..b): of the whole, or of each of its hyphenated parts: "other" if
 * any part is, "qualifier"/"lead" if every part is. */
static unsigned word_classes(const cf_words *w, const char *s, size_t a, size_t b) {
    const char *dash = memchr(s + a, '-', b - a);
    if (dash == NULL)
        return classes_of(w, s + a, b - a);
    unsigned all = ~0u, any = 0;
    for (size_t p = a; p <= b;) {
        const char *d = memchr(s + p, '-', b - p);
        size_t q = d != NULL ? (size_t)(d - s) : b;
        unsigned c = classes_of(w, s + p, q - p);
        all &= c;
        any |= c;
        p = q + 1;
    }
    return (all & (1u << CF_WORD_QUALIFIER | 1u << CF_WORD_LEAD | 1u << CF_WORD_LINK)) |
           (any & 1u << CF_WORD_OTHER);
}

/* Whether the key s[start..end) is of another kind for the word that stands before it with blanks
 * between, if any: a word naming another kind of code ("exit code=", "sms code="), also behind a
 * link word, which ties the key to the word before it ("exited with code 1", "sms with code 1";
 * behind another lead word, a verb, that word is its subject: "item failed codes=[...]"); or a
 * word that is neither a qualifier nor a lead word, when no '=', '=>' or '>' follows the key
 * (free text: "Your login code: 1", "2FA code: 1"). */
static int after_foreign_word(const cf_words *w, const char *s, size_t n, size_t start,
                              size_t end) {
    size_t tb, te;
    if (!word_before(s, start, &tb, &te))
        return 0;
    unsigned bits = word_classes(w, s, tb, te);
    if (bits & 1u << CF_WORD_OTHER)
        return 1;
    if (bits & 1u << CF_WORD_LINK) {
        size_t pb, pe; /* the word before the link word: "exited with code" */
        return word_before(s, tb, &pb, &pe) && (word_classes(w, s, pb, pe) & 1u << CF_WORD_OTHER);
    }
    if (bits & 1u << CF_WORD_LEAD)
        return 0;
    if (bits & 1u << CF_WORD_QUALIFIER)
        return 0;
    while (end < n && (is_blank(s[end]) || s[end] == '"' || s[end] == '\'' || s[end] == '\\'))
        end++;
    return end == n || (s[end] != '=' && s[end] != '>');
}

int cf_words_key_ok(const cf_words *w, const char *s, size_t n, size_t end) {
    size_t start = cf_key_start(s, end);
    if (!key_words_ok(w, s + start, end - start))
        return 0;
    if (start == 0)
        return 1;
    char before = s[start - 1];
    if (before == '?' || before == '&' || before == '#' ||
        (before == ';' && start >= 5 && memcmp(s + start - 5, "&amp;", 5) == 0))
        return 0; /* a URL's query or fragment, also escaped in HTML ("&amp;code=") */
    return !(is_blank(before) && after_foreign_word(w, s, n, start, end));
}

int cf_words_measured(const cf_words *w, const char *s, size_t n, size_t end) {
    size_t i = end;
    while (i < n && is_blank(s[i]))
        i++;
    if (i == end)
        return 0;
    size_t j = i;
    while (j < n && is_letter(s[j]))
        j++;
    size_t k = j;
    while (k < n && k - j < CF_KEY_MAX && cf_is_key_char(s[k]))
        k++;
    if (k < n && (s[k] == '=' || s[k] == ':'))
        return 0; /* not a word but a key: "500000 req_id=7" */
    return j > i && cf_words_has(w, CF_WORD_MEASURE, s + i, j - i);
}
