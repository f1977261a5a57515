#define PCRE2_CODE_UNIT_WIDTH 8
#include "patterns.h"

#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A pattern's "code" group may have several numbers (duplicate names with (?J)). */
#define MAX_CODE_GROUPS 8

typedef struct pattern {
    pcre2_code *re;
    pcre2_code *anchored; /* the same, matching only where a search starts; NULL without lit */
    cf_literal lit;       /* what every match starts with; len 0 when unknown */
    int anchored_jit;     /* anchored was compiled by the JIT: it may be called directly */
    char *marks;          /* the names of its (*MARK:NAME)s, each ending in '\0', then "" */
    char *file;           /* where it came from, for messages */
    size_t line;
    char *rule;
    int groups[MAX_CODE_GROUPS];
    int ngroups;
    int list_group; /* the number of the group named "codes", or 0 */
} pattern;

/* A named piece, its text already expanded. */
typedef struct piece {
    char *name, *text;
} piece;

struct cf_patterns {
    pattern *list;
    size_t count, cap;
    uint32_t most_groups; /* the largest capture count + 1, to size match data */
    piece *pieces;
    size_t npieces;
    cf_words *words;
};

struct cf_matcher {
    const cf_patterns *patterns;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    cf_span *spans, *merged; /* both spans_cap long */
    size_t nspans, spans_cap;
    unsigned long limit_hits;
    unsigned long *pattern_limit_hits; /* one count per pattern */
    int failed;                        /* memory ran out */
    /* A search by windows (cf_matcher_find_window): only codes that start in [from, to) are kept;
     * a match with a code at to or later waits for the next window, from its start, which each
     * pattern's resume holds. Otherwise from is 0 and to SIZE_MAX. */
    size_t from, to;
    int later; /* the match being added has a code at to or later */
    size_t *resume;
    const cf_offsets *lists; /* cf_matcher_find_at's: where the literals stand */
    const int *slot;         /* per pattern: its list, or -1 */
};

cf_patterns *cf_patterns_new(void) {
    cf_patterns *p = calloc(1, sizeof *p);
    if (p != NULL && (p->words = cf_words_new()) == NULL) {
        free(p);
        return NULL;
    }
    return p;
}

static void drop_pattern(pattern *pat) {
    pcre2_code_free(pat->re);
    pcre2_code_free(pat->anchored);
    free(pat->marks);
    free(pat->file);
    free(pat->rule);
}

void cf_patterns_free(cf_patterns *p) {
    if (p == NULL)
        return;
    for (size_t i = 0; i < p->count; i++)
        drop_pattern(&p->list[i]);
    for (size_t i = 0; i < p->npieces; i++) {
        free(p->pieces[i].name);
        free(p->pieces[i].text);
    }
    free(p->pieces);
    cf_words_free(p->words);
    free(p->list);
    free(p);
}

int cf_patterns_first_unit(const cf_patterns *p, size_t i) {
    uint32_t type, unit;
    pcre2_pattern_info(p->list[i].re, PCRE2_INFO_FIRSTCODETYPE, &type);
    if (type != 1)
        return -1;
    pcre2_pattern_info(p->list[i].re, PCRE2_INFO_FIRSTCODEUNIT, &unit);
    return (int)unit;
}

const cf_literal *cf_patterns_literal(const cf_patterns *p, size_t i) {
    return p->list[i].lit.len > 0 ? &p->list[i].lit : NULL;
}

const char *cf_patterns_rule(const cf_patterns *p, size_t i) {
    return p->list[i].rule;
}

const cf_words *cf_patterns_words(const cf_patterns *p) {
    return p->words;
}

size_t cf_patterns_count(const cf_patterns *p) {
    return p->count;
}

const char *cf_patterns_source(const cf_patterns *p, size_t i, size_t *line) {
    *line = p->list[i].line;
    return p->list[i].file;
}

/* Collects the numbers of the groups named "code" from the pattern's name table. */
static int code_groups(pattern *pat) {
    uint32_t count, size;
    PCRE2_SPTR table;
    pcre2_pattern_info(pat->re, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(pat->re, PCRE2_INFO_NAMEENTRYSIZE, &size);
    pcre2_pattern_info(pat->re, PCRE2_INFO_NAMETABLE, &table);
    pat->ngroups = 0;
    for (uint32_t i = 0; i < count && pat->ngroups < MAX_CODE_GROUPS; i++) {
        PCRE2_SPTR entry = table + (size_t)i * size;
        if (strcmp((const char *)entry + 2, "code") == 0)
            pat->groups[pat->ngroups++] = (entry[0] << 8) | entry[1];
        else if (strcmp((const char *)entry + 2, "codes") == 0)
            pat->list_group = (entry[0] << 8) | entry[1];
    }
    return pat->ngroups + (pat->list_group != 0);
}

static void count_groups(cf_patterns *p, const pattern *pat) {
    uint32_t c;
    pcre2_pattern_info(pat->re, PCRE2_INFO_CAPTURECOUNT, &c);
    if (c + 1 > p->most_groups)
        p->most_groups = c + 1;
}

/* Makes room in the list for one more pattern. */
static int make_room(cf_patterns *p) {
    if (p->count < p->cap)
        return 0;
    size_t cap = p->cap ? p->cap * 2 : 8;
    pattern *list = realloc(p->list, cap * sizeof *list);
    if (list == NULL)
        return -1;
    p->list = list;
    p->cap = cap;
    return 0;
}

/* Accepts the checks a pattern may call: (?C"key") and (?C"unit"). */
static int known_check(pcre2_callout_enumerate_block *cb, void *ctx) {
    (void)ctx;
    const char *name = (const char *)cb->callout_string;
    if (name != NULL && (strcmp(name, "key") == 0 || strcmp(name, "unit") == 0))
        return 0;
    return (int)cb->pattern_position + 1;
}

/* The end of the POSIX class name "[:name:]" whose "[:" stands at src[j], or 0 when it is not
 * one: as PCRE2 reads it, a ']' (or "[:") before the closing ":]" means it is not. */
static size_t posix_class_end(const char *src, size_t n, size_t j) {
    for (size_t k = j + 2; k + 1 < n; k++) {
        if (src[k] == '\\' && (src[k + 1] == ']' || src[k + 1] == '\\'))
            k++;
        else if (src[k] == ']' || (src[k] == '[' && src[k + 1] == ':'))
            return 0;
        else if (src[k] == ':' && src[k + 1] == ']')
            return k + 1;
    }
    return 0;
}

/* The last offset of the item that starts at src[i], as PCRE2 reads it: an escape (\x, and \cX
 * with the character it controls), a quoted run \Q...\E, a comment (?#...), a verb (*NAME:...)
 * whose name is raw text up to the first ')', a character class [...] (where a ']' first, after
 * '^', is a member, and [:name:] may stand), or else the one character. */
static size_t item_end(const char *src, size_t n, size_t i) {
    const char *e;
    if (src[i] == '\\' && i + 1 < n && src[i + 1] == 'Q') {
        e = memmem(src + i + 2, n - i - 2, "\\E", 2);
        return e != NULL ? (size_t)(e - src) + 1 : n - 1;
    }
    if (src[i] == '\\' && i + 2 < n && src[i + 1] == 'c')
        return i + 2;
    if (src[i] == '\\')
        return i + 1 < n ? i + 1 : i;
    if (src[i] == '(' && i + 2 < n &&
        (src[i + 1] == '*' || (src[i + 1] == '?' && src[i + 2] == '#'))) {
        e = memchr(src + i + 2, ')', n - i - 2);
        return e != NULL ? (size_t)(e - src) : n - 1;
    }
    if (src[i] != '[')
        return i;
    size_t j = i + 1, end;
    if (j < n && src[j] == '^')
        j++;
    if (j < n && src[j] == ']')
        j++;
    for (; j < n && src[j] != ']'; j++) {
        if (src[j] == '\\')
            j++;
        else if (src[j] == '[' && j + 1 < n && src[j + 1] == ':' &&
                 (end = posix_class_end(src, n, j)) != 0)
            j = end;
    }
    return j < n ? j : n - 1;
}

/* The end of the group that opens at src[i] (a '('), or n when it does not close. */
static size_t group_end(const char *src, size_t n, size_t i) {
    int depth = 0;
    for (; i < n; i = item_end(src, n, i) + 1) {
        if (src[i] == '(')
            depth++;
        else if (src[i] == ')' && --depth == 0)
            return i + 1;
    }
    return n;
}

/* Whether the pattern src[0..n) finds the same matches tried anchored at each place where its
 * leading literal stands as searched unanchored: no alternative at the top level (a match could
 * start otherwise), no verb that acts on the search itself ((*COMMIT), (*SKIP), ...; (*MARK)
 * only names a path), no \G (true at the search's start only), and no leading option such as
 * (*UTF), under which a caseless letter matches more than its two ASCII cases. */
static int anchorable(const char *src, size_t n) {
    size_t depth = 0;
    for (size_t i = 0; i < n; i = item_end(src, n, i) + 1) {
        const char *c = src + i;
        if (c[0] == '\\' && i + 1 < n && (c[1] == 'G' || c[1] == 'c'))
            return 0; /* \G; \cX, unusual enough to be read whole rather than thought about */
        if (c[0] == '(' && i + 1 < n && c[1] == '*') {
            int mark = (i + 2 < n && c[2] == ':') || (n - i > 7 && memcmp(c + 2, "MARK:", 5) == 0);
            if (!mark)
                return 0;
            continue; /* the verb and its name are one item, with its ')' */
        }
        if (c[0] == '(')
            depth++;
        else if (c[0] == ')' && depth > 0)
            depth--;
        else if (c[0] == '|' && depth == 0)
            return 0;
    }
    return 1;
}

/* Moves *i past an option setting such as (?i) or (?-i) at src[*i], noting in *caseless whether
 * letters match either case after it. Returns 0 when src[*i] is not one. */
static int skip_options(const char *src, size_t n, size_t *i, int *caseless) {
    if (*i + 2 >= n || src[*i] != '(' || src[*i + 1] != '?')
        return 0;
    int off = 0, ci = *caseless;
    size_t j = *i + 2;
    for (; j < n && src[j] != ')'; j++) {
        if (src[j] == '-')
            off = 1;
        else if (src[j] == '^')
            ci = 0;
        else if (src[j] == 'i')
            ci = !off;
        else if (strchr("JmsnU", src[j]) == NULL || src[j] == '\0')
            return 0; /* extended mode (x), or not an option setting */
    }
    if (j >= n || j == *i + 2)
        return 0;
    *caseless = ci;
    *i = j + 1;
    return 1;
}

/* Whether src[*i] starts a lookaround, (?=, (?!, (?<= or (?<!, which consumes nothing: moves *i
 * past it. */
static int skip_lookaround(const char *src, size_t n, size_t *i) {
    const char *c = src + *i;
    if (*i + 3 >= n || c[0] != '(' || c[1] != '?' ||
        !(c[2] == '=' || c[2] == '!' || (c[2] == '<' && (c[3] == '=' || c[3] == '!'))))
        return 0;
    *i = group_end(src, n, *i);
    return 1;
}

/* Whether src[*i] is \b, which consumes nothing: moves *i past it. */
static int skip_boundary(const char *src, size_t n, size_t *i) {
    if (*i + 1 >= n || src[*i] != '\\' || src[*i + 1] != 'b')
        return 0;
    *i += 2;
    return 1;
}

static int is_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Sets lit to the literal that every match of the pattern src[0..n) starts with, or lit->len to
 * 0 when there is none of two characters or more, or it cannot be read for sure: after options
 * such as (?i), lookarounds and \b (which consume nothing), the plain characters (or escaped
 * punctuation) up to the first that is not one or is quantified. */
static void leading_literal(const char *src, size_t n, cf_literal *lit) {
    size_t i = 0, len = 0;
    int caseless = 0;
    memset(lit, 0, sizeof *lit);
    if (!anchorable(src, n))
        return;
    while (skip_options(src, n, &i, &caseless) || skip_lookaround(src, n, &i) ||
           skip_boundary(src, n, &i))
        ;
    while (i < n && len < CF_LITERAL_MAX) {
        char c = src[i];
        size_t next = i + 1;
        if (c == '\\' && next < n && !is_alnum(src[next]) && (unsigned char)src[next] < 0x80 &&
            src[next] > ' ') {
            c = src[next++];
        } else if (!is_alnum(c) && strchr(" _=:\"',;<>@!%&~`/#-", c) == NULL) {
            break;
        }
        if (c == '\0' || (next < n && strchr("?*+{", src[next]) != NULL && src[next] != '\0'))
            break; /* quantified: the character may not be there */
        if (next + 2 < n && ((src[next] == '(' && src[next + 1] == '?' && src[next + 2] == '#') ||
                             (src[next] == '\\' && (src[next + 1] == 'E' || src[next + 1] == 'Q'))))
            break; /* a comment or an empty quote may stand before a quantifier of this one */
        if (caseless && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        lit->text[len++] = c;
        i = next;
    }
    lit->len = len >= 2 ? len : 0;
    lit->caseless = caseless;
}

/* Keeps the names of the pattern's (*MARK:NAME) and (*:NAME) verbs, so that a match of either
 * compiled copy names its rule with the same string. Returns -1 when out of memory. */
static int keep_marks(pattern *pat, const char *src, size_t n) {
    size_t len = 0;
    pat->marks = malloc(n + 1);
    if (pat->marks == NULL)
        return -1;
    for (size_t i = 0; i + 2 < n; i = item_end(src, n, i) + 1) {
        size_t at = n - i > 7 && memcmp(src + i, "(*MARK:", 7) == 0 ? i + 7
                    : memcmp(src + i, "(*:", 3) == 0                ? i + 3
                                                                    : 0;
        const char *e = at != 0 ? memchr(src + at, ')', n - at) : NULL;
        if (e == NULL)
            continue;
        memcpy(pat->marks + len, src + at, (size_t)(e - src) - at);
        len += (size_t)(e - src) - at;
        pat->marks[len++] = '\0';
        i = (size_t)(e - src); /* on after the name: names do not overlap, and fit in n + 1 */
    }
    pat->marks[len] = '\0';
    return 0;
}

/* The kept name equal to mark, which points into one of the pattern's compiled copies. */
static const char *mark_name(const pattern *pat, const char *mark) {
    for (const char *k = pat->marks; k != NULL && *k != '\0'; k += strlen(k) + 1)
        if (strcmp(k, mark) == 0)
            return k;
    return mark;
}

/* Whether PCRE2 agrees on the literal's first character: it knows the first code unit of every
 * match, and it is the literal's (in either case when caseless). */
static int first_unit_agrees(const pcre2_code *re, const cf_literal *lit) {
    uint32_t type, unit;
    pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type);
    if (type != 1)
        return 0;
    pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &unit);
    if (lit->caseless && unit >= 'A' && unit <= 'Z')
        unit += 'a' - 'A';
    return unit == (unsigned char)lit->text[0];
}

/* Finds the pattern's leading literal, and compiles it anchored as well to be tried where the
 * literal stands; without one (or without memory for the copy) it is searched whole. */
static void compile_anchored(pattern *pat, const char *src, size_t n) {
    int code;
    PCRE2_SIZE off;
    leading_literal(src, n, &pat->lit);
    if (pat->lit.len == 0 || !first_unit_agrees(pat->re, &pat->lit)) {
        pat->lit.len = 0;
        return;
    }
    pat->anchored =
        pcre2_compile((PCRE2_SPTR)src, n, PCRE2_MULTILINE | PCRE2_ANCHORED, &code, &off, NULL);
    if (pat->anchored == NULL)
        pat->lit.len = 0;
    else
        pat->anchored_jit = pcre2_jit_compile(pat->anchored, PCRE2_JIT_COMPLETE) == 0;
}

static int add(cf_patterns *p, const char *src, size_t n, const char *rule, const char *name,
               size_t line, cf_error *err) {
    int code;
    PCRE2_SIZE off;
    pattern pat = {0};
    pat.re = pcre2_compile((PCRE2_SPTR)src, n, PCRE2_MULTILINE, &code, &off, NULL);
    if (pat.re == NULL) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        return cf_error_set(err, "%s:%zu: offset %zu: %s", name, line, (size_t)off, msg);
    }
    const char *why = NULL;
    int bad = pcre2_callout_enumerate(pat.re, known_check, NULL);
    if (bad > 0)
        why = "a check other than (?C\"key\") or (?C\"unit\")";
    else if (code_groups(&pat) == 0)
        why = "pattern has no group named \"code\"";
    if (why != NULL) {
        pcre2_code_free(pat.re);
        return cf_error_set(err, "%s:%zu: offset %d: %s", name, line, bad > 0 ? bad - 1 : 0, why);
    }
    pcre2_jit_compile(pat.re, PCRE2_JIT_COMPLETE); /* without JIT, the interpreter still works */
    compile_anchored(&pat, src, n);
    if (keep_marks(&pat, src, n) != 0) {
        drop_pattern(&pat);
        return cf_error_set(err, "%s:%zu: out of memory", name, line);
    }
    pat.file = strdup(name);
    pat.rule = strdup(rule);
    pat.line = line;
    if (pat.file == NULL || pat.rule == NULL || make_room(p) != 0) {
        drop_pattern(&pat);
        return cf_error_set(err, "%s:%zu: out of memory", name, line);
    }
    p->list[p->count++] = pat;
    count_groups(p, &pat);
    return 0;
}

static int is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

static int is_name_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

static const piece *find_piece(const cf_patterns *p, const char *name, size_t n) {
    for (size_t i = p->npieces; i-- > 0;)
        if (strlen(p->pieces[i].name) == n && memcmp(p->pieces[i].name, name, n) == 0)
            return &p->pieces[i];
    return NULL;
}

/* A growing string. */
typedef struct text {
    char *s;
    size_t len, cap;
} text;

static int append(text *t, const char *s, size_t n) {
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2;
        char *b = realloc(t->s, cap);
        if (b == NULL)
            return -1;
        t->s = b;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
    return 0;
}

/* Writes src[0..n) into out with every %{NAME} replaced by (?:its piece). Returns 0, or -1 with
 * err set (an unknown piece, or no memory). */
static int expand(const cf_patterns *p, const char *src, size_t n, text *out, const char *name,
                  size_t line, size_t col, cf_error *err) {
    size_t from = 0;
    out->len = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (src[i] != '%' || src[i + 1] != '{' || (i > 0 && src[i - 1] == '\\'))
            continue;
        size_t e = i + 2;
        while (e < n && is_name_char(src[e]))
            e++;
        if (e == n || src[e] != '}')
            continue;
        const piece *pc = find_piece(p, src + i + 2, e - i - 2);
        if (pc == NULL)
            return cf_error_set(err, "%s:%zu: offset %zu: no piece named %.*s defined before", name,
                                line, col + i, (int)(e - i - 2), src + i + 2);
        if (append(out, src + from, i - from) || append(out, "(?:", 3) ||
            append(out, pc->text, strlen(pc->text)) || append(out, ")", 1))
            return cf_error_set(err, "%s:%zu: out of memory", name, line);
        from = i = e + 1;
        i--;
    }
    if (append(out, src + from, n - from) != 0)
        return cf_error_set(err, "%s:%zu: out of memory", name, line);
    return 0;
}

/* Splits off the first word of s[*a..b): returns its start, sets *len, and moves *a past it and
 * the blanks after it. */
static size_t next_word(const char *s, size_t *a, size_t b, size_t *len) {
    size_t start = *a, e = start;
    while (e < b && !is_blank(s[e]))
        e++;
    *len = e - start;
    while (e < b && is_blank(s[e]))
        e++;
    *a = e;
    return start;
}

static int keyword(const char *s, size_t n, const char *word) {
    return strlen(word) == n && memcmp(s, word, n) == 0;
}

/* A "words CLASS WORD..." or "no-words CLASS WORD..." line, after its first word. */
static int load_words(cf_patterns *p, const char *s, size_t a, size_t b, int remove,
                      const char *name, size_t line, cf_error *err) {
    size_t len, at = next_word(s, &a, b, &len);
    cf_word_class c;
    if (cf_word_class_parse(s + at, len, &c) != 0)
        return cf_error_set(err,
                            "%s:%zu: offset %zu: '%.*s' is not a class of words (last, "
                            "qualifier, lead, measure, other, link)",
                            name, line, at, (int)len, s + at);
    while (a < b) {
        at = next_word(s, &a, b, &len);
        int rc = cf_words_set(p->words, c, s + at, len, remove);
        if (rc == -2)
            return cf_error_set(err, "%s:%zu: offset %zu: too many words (512 in all, 16 with '*')",
                                name, line, at);
        if (rc != 0)
            return cf_error_set(err, "%s:%zu: offset %zu: '%.*s' is not a word of 1 to 31 letters",
                                name, line, at, (int)len, s + at);
    }
    return 0;
}

static int add_piece(cf_patterns *p, const char *pname, size_t plen, text *body, const char *name,
                     size_t line, cf_error *err) {
    piece *list = realloc(p->pieces, (p->npieces + 1) * sizeof *list);
    if (list == NULL)
        return cf_error_set(err, "%s:%zu: out of memory", name, line);
    p->pieces = list;
    list[p->npieces].name = strndup(pname, plen);
    list[p->npieces].text = strdup(body->s != NULL ? body->s : "");
    if (list[p->npieces].name == NULL || list[p->npieces].text == NULL) {
        free(list[p->npieces].name);
        free(list[p->npieces].text);
        return cf_error_set(err, "%s:%zu: out of memory", name, line);
    }
    p->npieces++;
    return 0;
}

/* One line s[a..b) that is not blank or a comment. */
static int load_line(cf_patterns *p, const char *s, size_t a, size_t b, const char *name,
                     size_t line, text *buf, cf_error *err) {
    size_t a0 = a, len, w = next_word(s, &a, b, &len);
    int define = keyword(s + w, len, "define"), rule = keyword(s + w, len, "rule");
    if (keyword(s + w, len, "words") || keyword(s + w, len, "no-words"))
        return load_words(p, s, a, b, s[w] == 'n', name, line, err);
    if (!define && !rule)
        return expand(p, s + a0, b - a0, buf, name, line, 0, err) ||
               add(p, buf->s, buf->len, "pattern", name, line, err);
    size_t nlen, n = next_word(s, &a, b, &nlen);
    for (size_t i = n; i < n + nlen; i++)
        if (!is_name_char(s[i]))
            nlen = 0;
    if (nlen == 0 || a == b)
        return cf_error_set(err,
                            "%s:%zu: offset %zu: '%s' takes a name (letters, digits, _ and "
                            "-) and a pattern",
                            name, line, w - a0, define ? "define" : "rule");
    if (expand(p, s + a, b - a, buf, name, line, a - a0, err) != 0)
        return -1;
    if (define)
        return add_piece(p, s + n, nlen, buf, name, line, err);
    char rname[64];
    snprintf(rname, sizeof rname, "%.*s", (int)(nlen < 63 ? nlen : 63), s + n);
    return add(p, buf->s, buf->len, rname, name, line, err);
}

int cf_patterns_load(cf_patterns *p, const char *text_, size_t len, const char *name,
                     cf_error *err) {
    size_t before = p->count, line = 0, lines = 0;
    text buf = {0};
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text_ + i, '\n', len - i);
        size_t end = nl != NULL ? (size_t)(nl - text_) : len;
        size_t a = i, b = end;
        line++;
        i = end + 1;
        while (a < b && is_blank(text_[a]))
            a++;
        while (b > a && is_blank(text_[b - 1]))
            b--;
        if (a == b || text_[a] == '#')
            continue;
        lines++;
        if (load_line(p, text_, a, b, name, line, &buf, err) != 0)
            goto fail;
    }
    free(buf.s);
    if (lines > 0)
        return 0;
    cf_error_set(err, "%s: no patterns (every line is blank or a comment)", name);
fail:
    free(buf.s);
    while (p->count > before)
        drop_pattern(&p->list[--p->count]);
    return -1;
}

/* The checks patterns call: 0 lets the match go on, 1 makes it back off. */
static int check(pcre2_callout_block *cb, void *words) {
    const char *s = (const char *)cb->subject;
    if (cb->callout_string[0] == 'k')
        return cf_words_key_ok(words, s, cb->subject_length, cb->current_position) ? 0 : 1;
    return cf_words_measured(words, s, cb->subject_length, cb->current_position) ? 1 : 0;
}

cf_matcher *cf_matcher_new(const cf_patterns *p) {
    cf_matcher *m = calloc(1, sizeof *m);
    if (m == NULL)
        return NULL;
    m->patterns = p;
    m->md = pcre2_match_data_create(p->most_groups ? p->most_groups : 1, NULL);
    m->mctx = pcre2_match_context_create(NULL);
    m->pattern_limit_hits = calloc(p->count ? p->count : 1, sizeof *m->pattern_limit_hits);
    m->resume = calloc(p->count ? p->count : 1, sizeof *m->resume);
    m->to = SIZE_MAX;
    if (m->md == NULL || m->mctx == NULL || m->pattern_limit_hits == NULL || m->resume == NULL) {
        cf_matcher_free(m);
        return NULL;
    }
    /* Bound the work a hostile line can cause a pathological pattern to do. */
    pcre2_set_callout(m->mctx, check, (void *)p->words);
    pcre2_set_match_limit(m->mctx, 1000000);
    pcre2_set_depth_limit(m->mctx, 10000);
    return m;
}

void cf_matcher_free(cf_matcher *m) {
    if (m == NULL)
        return;
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mctx);
    free(m->spans);
    free(m->merged);
    free(m->pattern_limit_hits);
    free(m->resume);
    free(m);
}

unsigned long cf_matcher_limit_hits(const cf_matcher *m) {
    return m->limit_hits;
}

int cf_matcher_failed(const cf_matcher *m) {
    return m->failed;
}

unsigned long cf_matcher_pattern_limit_hits(const cf_matcher *m, size_t i) {
    return i < m->patterns->count ? m->pattern_limit_hits[i] : 0;
}

static int push_span(cf_matcher *m, cf_span span) {
    if (span.start < m->from || span.start >= m->to) { /* another window's */
        m->later |= span.start >= m->to;
        return 0;
    }
    if (m->nspans == m->spans_cap) {
        size_t cap = m->spans_cap ? m->spans_cap * 2 : 64;
        cf_span *s = realloc(m->spans, cap * sizeof *s);
        if (s == NULL)
            return m->failed = -1;
        m->spans = s;
        s = realloc(m->merged, cap * sizeof *s);
        if (s == NULL)
            return m->failed = -1;
        m->merged = s;
        m->spans_cap = cap;
    }
    m->spans[m->nspans++] = span;
    return 0;
}

/* The key or phrase word at offset at of s[0..n), where the match starts: the key that ends where
 * the run of key characters from at ends, as the key check reads it. */
static void key_around(const char *s, size_t n, size_t at, cf_span *sp) {
    size_t b = at;
    while (b < n && b - at < CF_KEY_MAX && cf_is_key_char(s[b]))
        b++;
    sp->key_start = cf_key_start(s, b);
    sp->key_end = sp->key_start < b ? b : sp->key_start;
}

/* Adds a span for every item of the list s[a..b): digits, each maybe quoted, between commas. */
static int push_list(cf_matcher *m, const char *s, size_t a, size_t b, cf_span sp) {
    for (size_t i = a; i < b; i++) {
        if (s[i] < '0' || s[i] > '9')
            continue;
        size_t e = i;
        while (e < b && s[e] >= '0' && s[e] <= '9')
            e++;
        sp.start = i;
        sp.end = e;
        if (push_span(m, sp) != 0)
            return -1;
        i = e;
    }
    return 0;
}

/* Adds the spans of one match: its code group, or the items of its list group. */
/* Whether the match and the group [a, b) of it (which a lookaround may place outside the match)
 * lie within one line. */
static int one_line(const char *s, const PCRE2_SIZE *ov, size_t a, size_t b) {
    size_t from = a < ov[0] ? a : ov[0], to = b > ov[1] ? b : ov[1];
    return memchr(s + from, '\n', to - from) == NULL;
}

/* Adds the spans of one match: its code group, or the items of its list group, when they stand
 * on the match's line. */
static int push_match(cf_matcher *m, const pattern *pat, const char *s, size_t n, int rc) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    PCRE2_SPTR mark = pcre2_get_mark(m->md);
    cf_span sp = {.rule = mark != NULL ? mark_name(pat, (const char *)mark) : pat->rule};
    key_around(s, n, ov[0], &sp);
    int k = pat->list_group;
    if (k != 0 && k < rc && ov[2 * k] != PCRE2_UNSET)
        return one_line(s, ov, ov[2 * k], ov[2 * k + 1])
                   ? push_list(m, s, ov[2 * k], ov[2 * k + 1], sp)
                   : 0;
    for (int g = 0; g < pat->ngroups; g++) {
        k = pat->groups[g];
        if (k < rc && ov[2 * k] != PCRE2_UNSET) {
            sp.start = ov[2 * k];
            sp.end = ov[2 * k + 1];
            return one_line(s, ov, sp.start, sp.end) ? push_span(m, sp) : 0;
        }
    }
    return 0;
}

/* Merges the sorted runs spans[0..mid) and spans[mid..nspans) into one, keeping one span per
 * start offset. */
static void merge(cf_matcher *m, size_t mid) {
    cf_span *a = m->spans, *out = m->merged;
    size_t i = 0, j = mid, k = 0;
    while (i < mid || j < m->nspans) {
        int take_a = j == m->nspans || (i < mid && a[i].start <= a[j].start);
        cf_span next = take_a ? a[i++] : a[j++];
        if (k == 0 || out[k - 1].start != next.start)
            out[k++] = next;
    }
    m->merged = m->spans;
    m->spans = out;
    m->nspans = k;
}

/* Whether rc is PCRE2's word for a subject that is not valid UTF-8 (a (*UTF) pattern). */
static int utf_error(int rc) {
    return rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21;
}

/* Counts an error of pattern i's search that is a limit (invalid UTF-8 is not one). */
static void count_limit(cf_matcher *m, size_t i, int rc) {
    if (!utf_error(rc)) {
        m->limit_hits++;
        m->pattern_limit_hits[i]++;
    }
}

/* After an error in the search of s[0..n) from at (a limit, or invalid UTF-8 for a (*UTF)
 * pattern): searches one line at a time, each as a subject that ends at its '\n', until the line
 * that fails again, which is passed (and counted, for a limit). Returns where searching the block
 * whole may resume: the start of the line after it, or past n when no line is left. So the work
 * stays linear, a bad byte costs its own line only, and the count is a figure of each line,
 * whatever block it was read in. */
static size_t line_by_line(cf_matcher *m, size_t i, const char *s, size_t n, size_t at) {
    const pattern *pat = &m->patterns->list[i];
    while (at <= n) {
        const char *nl = memchr(s + at, '\n', n - at);
        size_t end = nl != NULL ? (size_t)(nl - s) : n, next = end + 1;
        for (;;) {
            int rc = pcre2_match(pat->re, (PCRE2_SPTR)s, end, at, 0, m->md, m->mctx);
            if (rc == PCRE2_ERROR_NOMATCH)
                break;
            if (rc < 0) {
                count_limit(m, i, rc);
                return next;
            }
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
            if (push_match(m, pat, s, n, rc) != 0)
                return n + 1;
            at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
            if (at > end)
                break;
        }
        at = next;
    }
    return n + 1;
}

/* Takes pcre2_match's answer rc for pattern i searched from *at: after a limit error the search
 * goes on line by line, a match across a line end does not count, any other is added; sets *at to
 * where the search goes on. Returns -1 when memory ran out. */
static int take_match(cf_matcher *m, size_t i, const char *s, size_t n, int rc, PCRE2_SIZE *at) {
    if (rc < 0) {
        *at = line_by_line(m, i, s, n, *at);
        return 0;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    if (memchr(s + ov[0], '\n', ov[1] - ov[0]) != NULL) {
        *at = ov[0] + 1;
        return 0;
    }
    if (push_match(m, &m->patterns->list[i], s, n, rc) != 0)
        return -1;
    *at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    return 0;
}

/* Adds the code spans of every match of pattern i in s. */
static void find_one(cf_matcher *m, size_t i, const char *s, size_t n) {
    PCRE2_SIZE at = 0;
    while (at <= n) {
        int rc = pcre2_match(m->patterns->list[i].re, (PCRE2_SPTR)s, n, at, 0, m->md, m->mctx);
        if (rc == PCRE2_ERROR_NOMATCH || take_match(m, i, s, n, rc, &at) != 0)
            return;
    }
}

/* Adds the code spans of every match of pattern i in s, the same as find_one, but trying the
 * pattern anchored only at the offsets in starts, where its leading literal stands (every match
 * starts at one of them, so the first that matches from where the search stands is the match an
 * unanchored search finds). */
static void find_from(cf_matcher *m, size_t i, const char *s, size_t n, const cf_offsets *starts) {
    const pattern *pat = &m->patterns->list[i];
    PCRE2_SIZE at = 0;
    for (size_t k = 0; k < starts->n; k++) {
        if (starts->at[k] < at)
            continue;
        /* called once per place, the JIT's own entry saves pcre2_match's checks, which hold: the
         * pattern has no UTF mode, and the offset is within the subject */
        int rc =
            pat->anchored_jit
                ? pcre2_jit_match(pat->anchored, (PCRE2_SPTR)s, n, starts->at[k], 0, m->md, m->mctx)
                : pcre2_match(pat->anchored, (PCRE2_SPTR)s, n, starts->at[k], 0, m->md, m->mctx);
        if (rc != PCRE2_ERROR_NOMATCH && take_match(m, i, s, n, rc, &at) != 0)
            return;
    }
}

/* Finds pattern i's spans from its starts when cf_matcher_find_at has them, else whole. */
static void find_listed(cf_matcher *m, size_t i, const char *s, size_t n) {
    if (m->slot[i] >= 0 && m->patterns->list[i].anchored != NULL)
        find_from(m, i, s, n, &m->lists[m->slot[i]]);
    else
        find_one(m, i, s, n);
}

static int by_start(const void *a, const void *b) {
    const cf_span *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

/* Makes the spans one pattern just found, spans[from..nspans), ordered by start with one per
 * start. They nearly always are already: only a code group inside a lookaround can step back. */
static void order_run(cf_matcher *m, size_t from) {
    if (m->nspans - from < 2)
        return;
    cf_span *run = m->spans + from;
    size_t n = m->nspans - from, w = 1;
    for (size_t i = 1; i < n && w == i; i++)
        if (run[i].start > run[i - 1].start)
            w++;
    if (w == n)
        return;
    qsort(run, n, sizeof *run, by_start);
    w = 1;
    for (size_t i = 1; i < n; i++)
        if (run[i].start != run[w - 1].start)
            run[w++] = run[i];
    m->nspans = from + w;
}

/* Adds the code spans in [m->from, m->to) of the matches of pattern i in the line s[0..n), from
 * where the last window left it, and notes where the next window takes it up. A limit error gives
 * up the pattern for the rest of the line, counted once, as line_by_line does. */
static void find_in_window(cf_matcher *m, size_t i, const char *s, size_t n) {
    const pattern *pat = &m->patterns->list[i];
    PCRE2_SIZE at = m->resume[i];
    while (at <= n) {
        int rc = pcre2_match(pat->re, (PCRE2_SPTR)s, n, at, 0, m->md, m->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc < 0) {
            count_limit(m, i, rc);
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        if (ov[0] >= m->to) { /* the next window's, unless a lookbehind put its code earlier */
            m->resume[i] = ov[0];
            return;
        }
        if (memchr(s + ov[0], '\n', ov[1] - ov[0]) != NULL) {
            at = ov[0] + 1;
            continue;
        }
        m->later = 0;
        if (push_match(m, pat, s, n, rc) != 0)
            break;
        if (m->later) { /* found again from here by the next window, for its later codes */
            m->resume[i] = ov[0];
            return;
        }
        at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
    m->resume[i] = n + 1;
}

/* Finds the spans of every pattern with find (whole or by window), in order, one per start. */
static const cf_span *find_all(cf_matcher *m, const char *s, size_t n, size_t *count,
                               void (*find)(cf_matcher *, size_t, const char *, size_t)) {
    const cf_patterns *p = m->patterns;
    m->nspans = 0;
    for (size_t i = 0; i < p->count; i++) {
        size_t before = m->nspans;
        find(m, i, s, n);
        order_run(m, before);
        if (before > 0 && m->nspans > before)
            merge(m, before);
    }
    *count = m->nspans;
    return m->nspans > 0 ? m->spans : NULL;
}

const cf_span *cf_matcher_find(cf_matcher *m, const char *s, size_t n, size_t *count) {
    m->from = 0;
    m->to = SIZE_MAX;
    return find_all(m, s, n, count, find_one);
}

const cf_span *cf_matcher_find_at(cf_matcher *m, const char *s, size_t n, const cf_offsets *lists,
                                  const int *slot, size_t *count) {
    m->from = 0;
    m->to = SIZE_MAX;
    m->lists = lists;
    m->slot = slot;
    const cf_span *spans = find_all(m, s, n, count, find_listed);
    m->lists = NULL;
    m->slot = NULL;
    return spans;
}

const cf_span *cf_matcher_find_window(cf_matcher *m, const char *s, size_t n, size_t from,
                                      size_t to, size_t *count) {
    if (from == 0)
        memset(m->resume, 0, m->patterns->count * sizeof *m->resume);
    m->from = from;
    m->to = to;
    const cf_span *spans = find_all(m, s, n, count, find_in_window);
    m->from = 0;
    m->to = SIZE_MAX;
    return spans;
}
