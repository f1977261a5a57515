/* literal.c - a pattern's source read as PCRE2 reads it: its items, and the literal that every
 * match starts with, so that a pattern is tried anchored only where its literal stands. */
#include "pattern.h"

#include <string.h>

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
size_t cf_pattern_item_end(const char *src, size_t n, size_t i) {
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
    for (; i < n; i = cf_pattern_item_end(src, n, i) + 1) {
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
    for (size_t i = 0; i < n; i = cf_pattern_item_end(src, n, i) + 1) {
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
void cf_literal_read(const char *src, size_t n, cf_literal *lit) {
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
