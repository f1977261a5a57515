#define PCRE2_CODE_UNIT_WIDTH 8
#include "template.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

typedef struct tmpl {
    pcre2_code *re;                     /* NULL: the message has no placeholder */
    int group_of[CF_TEMPLATE_MAX_ARGS]; /* capture group of placeholder i, 0 if absent */
    int nargs;                          /* 1 + the highest placeholder number */
    char *literal;      /* the longest text between placeholders: a line without it */
    size_t literal_len; /* cannot carry the message rendered */
} tmpl;

struct cf_templates {
    const cf_catalogue *cat;
    tmpl *list; /* one per catalogue entry, in the catalogue's order */
    size_t count;
    uint32_t most_groups;
};

struct cf_template_matcher {
    const cf_templates *t;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    unsigned long line;       /* the number of the line being rendered, from 1 */
    unsigned long *tried;     /* per template: the line it was last matched in */
    cf_rendered *found;       /* per template: what that match found */
    unsigned long limit_hits; /* matches abandoned at PCRE2's match or depth limit */
};

/* Appends n bytes to a growing pattern; returns -1 when out of memory. */
static int put(char **buf, size_t *len, size_t *cap, const char *s, size_t n) {
    if (*len + n + 1 > *cap) {
        size_t c = (*len + n + 1) * 2;
        char *b = realloc(*buf, c);
        if (b == NULL)
            return -1;
        *buf = b;
        *cap = c;
    }
    memcpy(*buf + *len, s, n);
    *len += n;
    (*buf)[*len] = '\0';
    return 0;
}

/* Builds the pattern for a message: literal text escaped, {N} a lazy argument (or a back
 * reference when N came before). Returns 0 with *out NULL when the message has no placeholder. */
/* Remembers the longest run of literal text in msg, to rule lines out before matching. */
static int longest_literal(const char *msg, tmpl *tp) {
    size_t best = 0, best_at = 0, start = 0;
    for (size_t i = 0;; i++) {
        int placeholder = msg[i] == '{' && msg[i + 1] >= '0' &&
                          msg[i + 1] < '0' + CF_TEMPLATE_MAX_ARGS && msg[i + 2] == '}';
        if (!placeholder && msg[i] != '\0')
            continue;
        if (i - start > best) {
            best = i - start;
            best_at = start;
        }
        if (msg[i] == '\0')
            break;
        i += 2;
        start = i + 1;
    }
    tp->literal = strndup(msg + best_at, best);
    tp->literal_len = best;
    return tp->literal != NULL ? 0 : -1;
}

/* Appends the message's body to the pattern: literal text escaped, {N} a lazy argument (or a back
 * reference when N came before), an argument being arg. */
static int body(const char *msg, tmpl *tp, const char *arg, char **buf, size_t *len, size_t *cap) {
    int groups = 0, ok = 1;
    for (const char *p = msg; ok && *p; p++) {
        if (p[0] == '{' && p[1] >= '0' && p[1] < '0' + CF_TEMPLATE_MAX_ARGS && p[2] == '}') {
            int k = p[1] - '0';
            if (tp->group_of[k] == 0 || tp->group_of[k] > groups) {
                tp->group_of[k] = ++groups; /* the same numbers in each branch */
                ok = put(buf, len, cap, "(", 1) == 0 && put(buf, len, cap, arg, strlen(arg)) == 0 &&
                     put(buf, len, cap, ")", 1) == 0;
            } else {
                char ref[16];
                snprintf(ref, sizeof ref, "\\g{%d}", tp->group_of[k]);
                ok = put(buf, len, cap, ref, strlen(ref)) == 0;
            }
            if (k + 1 > tp->nargs)
                tp->nargs = k + 1;
            p += 2;
        } else if (strchr("\\^$.|?*+()[]{}#", *p) != NULL) {
            char esc[2] = {'\\', *p};
            ok = put(buf, len, cap, esc, 2) == 0;
        } else {
            ok = put(buf, len, cap, p, 1) == 0;
        }
    }
    return ok ? 0 : -1;
}

/* Builds the pattern for a message: the whole of a quoted value, between double quotes (where an
 * argument may hold apostrophes and backslash escapes such as \") or between single quotes (where
 * it may hold double quotes). Returns 0 with *out NULL when the message has no placeholder. */
static int build(const char *msg, tmpl *tp, char **out) {
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int any = 0;
    *out = NULL;
    for (const char *p = msg; *p; p++)
        any |= p[0] == '{' && p[1] >= '0' && p[1] < '0' + CF_TEMPLATE_MAX_ARGS && p[2] == '}';
    if (!any) {
        *out = NULL;
        return 0;
    }
    memset(tp->group_of, 0, sizeof tp->group_of);
    int ok = put(&buf, &len, &cap, "(?|(?<=\")", 9) == 0 &&
             body(msg, tp, "(?:[^\"\\\\\\n]|\\\\[^\\n])+?", &buf, &len, &cap) == 0 &&
             put(&buf, &len, &cap, "(?=\")|(?<=')", 12) == 0 &&
             body(msg, tp, "[^'\\n]+?", &buf, &len, &cap) == 0 &&
             put(&buf, &len, &cap, "(?='))", 6) == 0;
    if (!ok) {
        free(buf);
        return -1;
    }
    *out = buf;
    return 0;
}

cf_templates *cf_templates_new(const cf_catalogue *cat, cf_error *err) {
    cf_templates *t = calloc(1, sizeof *t);
    size_t n = cf_catalogue_size(cat);
    if (t == NULL || (t->list = calloc(n ? n : 1, sizeof *t->list)) == NULL) {
        free(t);
        cf_error_set(err, "out of memory");
        return NULL;
    }
    t->cat = cat;
    t->count = n;
    t->most_groups = 1;
    for (size_t i = 0; i < n; i++) {
        const cf_entry *e = cf_catalogue_entry(cat, i);
        char *pattern;
        int code;
        PCRE2_SIZE off;
        if (build(e->message, &t->list[i], &pattern) != 0 ||
            (pattern != NULL && longest_literal(e->message, &t->list[i]) != 0)) {
            free(pattern);
            cf_templates_free(t);
            cf_error_set(err, "out of memory");
            return NULL;
        }
        if (pattern == NULL)
            continue;
        t->list[i].re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_MULTILINE,
                                      &code, &off, NULL);
        free(pattern);
        if (t->list[i].re == NULL) {
            cf_error_set(err, "code \"%s\": its message cannot be matched as a template", e->code);
            cf_templates_free(t);
            return NULL;
        }
        pcre2_jit_compile(t->list[i].re, PCRE2_JIT_COMPLETE);
        if ((uint32_t)t->list[i].nargs + 1 > t->most_groups)
            t->most_groups = (uint32_t)t->list[i].nargs + 1;
    }
    return t;
}

void cf_templates_free(cf_templates *t) {
    if (t == NULL)
        return;
    for (size_t i = 0; i < t->count; i++) {
        pcre2_code_free(t->list[i].re);
        free(t->list[i].literal);
    }
    free(t->list);
    free(t);
}

cf_template_matcher *cf_template_matcher_new(const cf_templates *t) {
    cf_template_matcher *m = calloc(1, sizeof *m);
    if (m == NULL)
        return NULL;
    m->t = t;
    m->line = 1;
    m->md = pcre2_match_data_create(t->most_groups, NULL);
    m->mctx = pcre2_match_context_create(NULL);
    m->tried = calloc(t->count ? t->count : 1, sizeof *m->tried);
    m->found = calloc(t->count ? t->count : 1, sizeof *m->found);
    if (m->md == NULL || m->mctx == NULL || m->tried == NULL || m->found == NULL) {
        cf_template_matcher_free(m);
        return NULL;
    }
    pcre2_set_match_limit(m->mctx, 100000);
    pcre2_set_depth_limit(m->mctx, 1000);
    return m;
}

void cf_template_new_line(cf_template_matcher *m) {
    m->line++;
}

void cf_template_matcher_free(cf_template_matcher *m) {
    if (m == NULL)
        return;
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mctx);
    free(m->tried);
    free(m->found);
    free(m);
}

unsigned long cf_template_limit_hits(const cf_template_matcher *m) {
    return m != NULL ? m->limit_hits : 0;
}

int cf_template_render(cf_template_matcher *m, const char *line, size_t n, cf_hit *h) {
    const cf_templates *t = m->t;
    h->rendered.found = 0;
    if (h->entry == NULL || t->count == 0)
        return 0;
    size_t i = (size_t)(h->entry - cf_catalogue_entry(t->cat, 0));
    if (i >= t->count || t->list[i].re == NULL)
        return 0;
    if (m->tried[i] == m->line) {
        h->rendered = m->found[i];
        return h->rendered.found;
    }
    m->tried[i] = m->line;
    m->found[i].found = 0;
    const tmpl *tp = &t->list[i];
    if (tp->literal_len > 0 && memmem(line, n, tp->literal, tp->literal_len) == NULL)
        return 0;
    int rc = pcre2_match(tp->re, (PCRE2_SPTR)line, n, 0, 0, m->md, m->mctx);
    if (rc < 0) {
        m->limit_hits += rc != PCRE2_ERROR_NOMATCH; /* once per line and template, at most */
        return 0;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    cf_rendered *r = &m->found[i];
    r->start = ov[0];
    r->end = ov[1];
    r->quote = ov[0] > 0 ? line[ov[0] - 1] : '"';
    r->nargs = tp->nargs;
    for (int k = 0; k < tp->nargs; k++) {
        int g = tp->group_of[k];
        r->args[k][0] = g > 0 ? ov[2 * g] : 0;
        r->args[k][1] = g > 0 ? ov[2 * g + 1] : 0;
    }
    r->found = 1;
    h->rendered = *r;
    return 1;
}

static int hex4(const char *s, unsigned *v) {
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return -1;
        *v = *v * 16 + (unsigned)d;
    }
    return 0;
}

static size_t encode_utf8(unsigned cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The next character of s[0..n) as a reader should see it, into c (up to 12 bytes); returns the
 * bytes of s it took (at least 1). */
static size_t next_char(const char *s, size_t n, int quote, char *c, size_t *clen) {
    static const char replacement[] = "\xEF\xBF\xBD";
    unsigned cp, lo;
    if (quote == '"' && s[0] == '\\' && n >= 2) {
        if (s[1] == '"' || s[1] == '\\' || s[1] == '/') {
            c[0] = s[1];
            *clen = 1;
            return 2;
        }
        if (s[1] == 'u' && n >= 6 && hex4(s + 2, &cp) == 0) {
            size_t took = 6;
            if (cp >= 0xD800 && cp < 0xDC00 && n >= 12 && s[6] == '\\' && s[7] == 'u' &&
                hex4(s + 8, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                took = 12;
            }
            if (cp >= 0xD800 && cp < 0xE000) {
                memcpy(c, replacement, 3); /* a lone surrogate */
                *clen = 3;
                return took;
            }
            if (cp >= 0x20 && cp != 0x7F) {
                *clen = encode_utf8(cp, c);
                return took;
            }
        }
        /* \n, \t, a control character's \u00XX, an unknown escape: kept as written */
        memcpy(c, s, 2);
        *clen = 2;
        return 2;
    }
    size_t k =
        (unsigned char)s[0] < 0x20 || s[0] == 0x7F ? 0 : cf_utf8_char((const unsigned char *)s, n);
    if (k == 0) {
        memcpy(c, replacement, 3);
        *clen = 3;
        return 1;
    }
    memcpy(c, s, k);
    *clen = k;
    return k;
}

size_t cf_template_text(const char *s, size_t n, int quote, char *out, size_t cap, size_t *used) {
    size_t at = 0, len = 0;
    while (at < n) {
        char c[12];
        size_t clen, took = next_char(s + at, n - at, quote, c, &clen);
        if (len + clen > cap)
            break;
        memcpy(out + len, c, clen);
        len += clen;
        at += took;
    }
    if (used != NULL)
        *used = at;
    return len;
}
