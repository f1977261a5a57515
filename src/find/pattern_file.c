/* pattern_file.c - pattern files: lines of patterns, named pieces (%{NAME}), rules and word lists.
 */
#include "pattern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
               cf_patterns_add(p, buf->s, buf->len, "pattern", name, line, err);
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
    return cf_patterns_add(p, buf->s, buf->len, rname, name, line, err);
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
        cf_pattern_drop(&p->list[--p->count]);
    return -1;
}
