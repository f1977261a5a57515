#include "pattern.h"

#include <stdlib.h>
#include <string.h>

cf_patterns *cf_patterns_new(void) {
    cf_patterns *p = calloc(1, sizeof *p);
    if (p != NULL && (p->words = cf_words_new()) == NULL) {
        free(p);
        return NULL;
    }
    return p;
}

void cf_pattern_drop(pattern *pat) {
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
        cf_pattern_drop(&p->list[i]);
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

/* Keeps the names of the pattern's (*MARK:NAME) and (*:NAME) verbs, so that a match of either
 * compiled copy names its rule with the same string. Returns -1 when out of memory. */
static int keep_marks(pattern *pat, const char *src, size_t n) {
    size_t len = 0;
    pat->marks = malloc(n + 1);
    if (pat->marks == NULL)
        return -1;
    for (size_t i = 0; i + 2 < n; i = cf_pattern_item_end(src, n, i) + 1) {
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
const char *cf_pattern_mark_name(const pattern *pat, const char *mark) {
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
    cf_literal_read(src, n, &pat->lit);
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

int cf_patterns_add(cf_patterns *p, const char *src, size_t n, const char *rule, const char *name,
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
        cf_pattern_drop(&pat);
        return cf_error_set(err, "%s:%zu: out of memory", name, line);
    }
    pat.file = strdup(name);
    pat.rule = strdup(rule);
    pat.line = line;
    if (pat.file == NULL || pat.rule == NULL || make_room(p) != 0) {
        cf_pattern_drop(&pat);
        return cf_error_set(err, "%s:%zu: out of memory", name, line);
    }
    p->list[p->count++] = pat;
    count_groups(p, &pat);
    return 0;
}
