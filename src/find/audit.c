#define PCRE2_CODE_UNIT_WIDTH 8
#include "audit.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "message.h"
#include "own.h"
#include "words.h"

#define SHAPE_MAX 64
#define TEXT_ROWS 20

/* The numbers of one shape, or the codes of one rule and key. */
typedef struct group {
    char shape[SHAPE_MAX];
    unsigned long long count, catalogue, taken;
    char *file; /* where the first one stands */
    unsigned long long line;
} group;

typedef struct groups {
    group *list;
    size_t count, cap;
    size_t index[2 * CF_AUDIT_MAX_SHAPES]; /* open addressing: 1 + a group's place, or 0 */
    group other;                           /* past CF_AUDIT_MAX_SHAPES */
} groups;

struct cf_audit {
    const cf_catalogue *catalogue;
    cf_extractor *x;
    pcre2_code *short_re; /* a short number after a key with "code" or "status" in it */
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    groups shapes, rules;
    unsigned long long lines, taken;
    const cf_hit *hits; /* the line being looked at */
    size_t nhits;
    char *own; /* a line without codefilter's own annotation */
    size_t own_cap;
    int failed;
};

static const char short_pattern[] =
    "(?i)[A-Za-z0-9_.-]*(?:code|status)[A-Za-z0-9_.-]*\\\\*[\"']?\\h*(?:=>|[:=>])\\h*\\\\*[\"']?"
    "(\\d{1,5})(?![0-9A-Za-z_]|\\.\\d)";

cf_audit *cf_audit_new(const cf_patterns *patterns, const cf_catalogue *catalogue) {
    cf_audit *a = calloc(1, sizeof *a);
    if (a == NULL)
        return NULL;
    int code;
    PCRE2_SIZE off;
    a->catalogue = catalogue;
    a->x = cf_extractor_new(patterns, catalogue);
    a->short_re =
        pcre2_compile((PCRE2_SPTR)short_pattern, PCRE2_ZERO_TERMINATED, 0, &code, &off, NULL);
    a->md = a->short_re ? pcre2_match_data_create_from_pattern(a->short_re, NULL) : NULL;
    a->mctx = pcre2_match_context_create(NULL);
    if (a->x == NULL || a->md == NULL || a->mctx == NULL) {
        cf_audit_free(a);
        return NULL;
    }
    pcre2_jit_compile(a->short_re, PCRE2_JIT_COMPLETE);
    pcre2_set_match_limit(a->mctx, 100000);
    pcre2_set_depth_limit(a->mctx, 1000);
    strcpy(a->shapes.other.shape, "(other)");
    strcpy(a->rules.other.shape, "(other)");
    return a;
}

static void groups_free(groups *g) {
    for (size_t i = 0; i < g->count; i++)
        free(g->list[i].file);
    free(g->list);
    free(g->other.file);
}

void cf_audit_free(cf_audit *a) {
    if (a == NULL)
        return;
    cf_extractor_free(a->x);
    pcre2_match_data_free(a->md);
    pcre2_match_context_free(a->mctx);
    pcre2_code_free(a->short_re);
    groups_free(&a->shapes);
    groups_free(&a->rules);
    free(a->own);
    free(a);
}

/* The group named shape, made when new (NULL when out of memory). */
static group *group_for(groups *g, const char *shape, const char *file, unsigned long long line) {
    size_t h = 14695981039346656037u, slots = 2 * CF_AUDIT_MAX_SHAPES;
    for (const char *c = shape; *c != '\0'; c++)
        h = (h ^ (unsigned char)*c) * 1099511628211u;
    h %= slots;
    while (g->index[h] != 0 && strcmp(g->list[g->index[h] - 1].shape, shape) != 0)
        h = (h + 1) % slots;
    if (g->index[h] != 0)
        return &g->list[g->index[h] - 1];
    group *x = &g->other;
    if (g->count < CF_AUDIT_MAX_SHAPES) {
        if (g->count == g->cap) {
            size_t cap = g->cap ? 2 * g->cap : 64;
            group *list = realloc(g->list, cap * sizeof *list);
            if (list == NULL)
                return NULL;
            g->list = list;
            g->cap = cap;
        }
        x = &g->list[g->count++];
        g->index[h] = g->count;
        *x = (group){0};
        snprintf(x->shape, sizeof x->shape, "%s", shape);
    }
    if (x->file == NULL && (x->file = strdup(file)) == NULL)
        return NULL;
    if (x->line == 0)
        x->line = line;
    return x;
}

static int is_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Appends c to out (of SHAPE_MAX), digits masked as 'N' and blanks as one space. */
static void put(char *out, size_t *k, char c) {
    if (c >= '0' && c <= '9')
        c = 'N';
    if (c == '\t')
        c = ' ';
    if (*k + 1 >= SHAPE_MAX || (c == ' ' && *k > 0 && out[*k - 1] == ' '))
        return;
    out[(*k)++] = c;
}

/* The shape of the number line[a..b): the key or word before it, the marks between, the digits
 * masked, and the marks after it. */
static void shape_of(const char *line, size_t len, size_t a, size_t b, char *out) {
    size_t p = a, w, k = 0;
    while (p > 0 && a - p < 6 && !is_alnum(line[p - 1]))
        p--;
    w = p;
    while (w > 0 && p - w < 24 && cf_is_key_char(line[w - 1]))
        w--;
    for (int q = 0; q < 2 && w > 0 && !is_alnum(line[w - 1]) && line[w - 1] != ' '; q++)
        w--; /* the marks that open the key: <code>, "code" */
    for (size_t i = w; i < b; i++)
        put(out, &k, line[i]);
    for (size_t i = b; i < len && i < b + 3 && !is_alnum(line[i]) && line[i] != ' '; i++)
        put(out, &k, line[i]);
    out[k] = '\0';
}

/* Whether a hit starts at start: the hits are in order, so by halves. */
static int is_taken(const cf_audit *a, size_t start) {
    size_t lo = 0, hi = a->nhits;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->hits[mid].start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < a->nhits && a->hits[lo].start == start;
}

typedef struct seen {
    cf_audit *a;
    const char *file;
    unsigned long long lineno;
    const char *line;
    size_t len;
} seen;

/* Counts the number line[start..end) in its shape, taken or not. */
static void count_number(seen *s, size_t start, size_t end, int known) {
    char shape[SHAPE_MAX];
    shape_of(s->line, s->len, start, end, shape);
    group *g = group_for(&s->a->shapes, shape, s->file, s->lineno);
    if (g == NULL) {
        s->a->failed = 1;
        return;
    }
    if (is_taken(s->a, start)) {
        g->taken++;
        return;
    }
    g->count++;
    g->catalogue += (unsigned long long)known;
}

static void six_digits(void *ctx, size_t start) {
    seen *s = ctx;
    char code[7];
    memcpy(code, s->line + start, 6);
    code[6] = '\0';
    count_number(s, start, start + 6, cf_catalogue_find(s->a->catalogue, code) != NULL);
}

/* The short numbers after code or status keys whose padded form is a catalogue code. */
static void short_numbers(seen *s) {
    cf_audit *a = s->a;
    PCRE2_SIZE at = 0;
    while (at < s->len &&
           pcre2_match(a->short_re, (PCRE2_SPTR)s->line, s->len, at, 0, a->md, a->mctx) > 1) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(a->md);
        size_t n = ov[3] - ov[2];
        char code[7] = "000000";
        memcpy(code + 6 - n, s->line + ov[2], n);
        if (cf_catalogue_find(a->catalogue, code) != NULL)
            count_number(s, ov[2], ov[3], 1);
        at = ov[1] > at ? ov[1] : at + 1;
    }
}

int cf_audit_line(cf_audit *a, const char *file, unsigned long long lineno, const char *line,
                  size_t len) {
    size_t keep, from; /* its own output audited: the lines as they were */
    line = cf_annotation_strip(line, &len, a->catalogue, &a->own, &a->own_cap, &keep, &from);
    seen s = {a, file, lineno, line, len};
    a->lines++;
    a->hits = cf_extract(a->x, line, len, &a->nhits);
    for (size_t i = 0; i < a->nhits; i++) {
        const cf_hit *h = &a->hits[i];
        char name[SHAPE_MAX];
        size_t klen = h->key_end - h->key_start < 40 ? h->key_end - h->key_start : 40;
        snprintf(name, sizeof name, "%s%s%.*s", h->rule != NULL ? h->rule : "pattern",
                 /* cppcheck-suppress knownConditionTrueFalse ; cppcheck 2.10 thinks klen is 0 */
                 klen > 0 ? " " : "", (int)klen, line + h->key_start);
        group *g = group_for(&a->rules, name, file, lineno);
        if (g == NULL)
            return -1;
        g->count++;
        a->taken++;
    }
    cf_six_digit_words(line, len, NULL, six_digits, &s);
    short_numbers(&s);
    return a->failed || cf_extractor_failed(a->x) ? -1 : 0;
}

static int by_count(const void *x, const void *y) {
    const group *a = x, *b = y;
    if (a->count != b->count)
        return a->count < b->count ? 1 : -1;
    return strcmp(a->shape, b->shape);
}

/* A shape of numbers never taken, most of them catalogue codes. */
static int likely_miss(const group *g) {
    return g->taken == 0 && g->catalogue > 0 && 2 * g->catalogue >= g->count;
}

/* The groups of g with numbers not taken, most first: a new array the caller frees. */
static group *sorted(const groups *g, size_t *n) {
    group *list = malloc((g->count + 1) * sizeof *list);
    *n = 0;
    if (list == NULL)
        return NULL;
    for (size_t i = 0; i < g->count; i++)
        if (g->list[i].count > 0)
            list[(*n)++] = g->list[i];
    if (g->other.count > 0)
        list[(*n)++] = g->other;
    qsort(list, *n, sizeof *list, by_count);
    return list;
}

static void write_json(const cf_audit *a, cf_out *o, const group *rules, size_t nrules,
                       const group *shapes, size_t nshapes) {
    cf_out_printf(o, "{\"lines\":%llu,\"taken\":%llu,\"rules\":[", a->lines, a->taken);
    for (size_t i = 0; i < nrules; i++) {
        const char *name = rules[i].shape, *sp = strchr(name, ' ');
        size_t len = sp != NULL ? (size_t)(sp - name) : strlen(name);
        cf_out_puts(o, i > 0 ? ",{\"rule\":" : "{\"rule\":");
        cf_out_json_string(o, name, len);
        cf_out_puts(o, ",\"key\":");
        cf_out_json_string(o, name + len + (sp != NULL), strlen(name + len + (sp != NULL)));
        cf_out_printf(o, ",\"count\":%llu}", rules[i].count);
    }
    cf_out_puts(o, "],\"not_taken\":[");
    for (size_t i = 0; i < nshapes; i++) {
        const group *g = &shapes[i];
        cf_out_puts(o, i > 0 ? ",{\"shape\":" : "{\"shape\":");
        cf_out_json_string(o, g->shape, strlen(g->shape));
        cf_out_printf(o, ",\"count\":%llu,\"catalogue\":%llu,\"taken\":%llu,\"file\":", g->count,
                      g->catalogue, g->taken);
        cf_out_json_string(o, g->file, strlen(g->file));
        cf_out_printf(o, ",\"line\":%llu,\"likely_miss\":%s}", g->line,
                      likely_miss(g) ? "true" : "false");
    }
    cf_out_puts(o, "]}\n");
}

static void write_text(const cf_audit *a, cf_out *o, const group *rules, size_t nrules,
                       const group *shapes, size_t nshapes) {
    cf_out_printf(o, "%llu lines, %llu codes taken\n\ntaken, by rule and key:\n", a->lines,
                  a->taken);
    for (size_t i = 0; i < nrules && i < TEXT_ROWS; i++)
        cf_out_printf(o, "  %8llu  %s\n", rules[i].count, rules[i].shape);
    cf_out_puts(o, "\nnot taken, numbers that could be codes, by shape (N: a digit):\n"
                   "     count  catalogue  first             shape\n");
    for (size_t i = 0; i < nshapes && i < TEXT_ROWS; i++) {
        const group *g = &shapes[i];
        char where[64];
        snprintf(where, sizeof where, "%s:%llu", g->file, g->line);
        cf_out_printf(o, "  %8llu  %9llu  %-16s  %s%s\n", g->count, g->catalogue, where, g->shape,
                      likely_miss(g) ? "   <- likely miss" : "");
    }
    if (nshapes > TEXT_ROWS)
        cf_out_printf(o, "  (%zu more shapes: --format=json lists them all)\n",
                      nshapes - TEXT_ROWS);
}

void cf_audit_write(const cf_audit *a, cf_out *o, int json) {
    size_t nrules, nshapes;
    group *rules = sorted(&a->rules, &nrules), *shapes = sorted(&a->shapes, &nshapes);
    if (json)
        write_json(a, o, rules, nrules, shapes, nshapes);
    else
        write_text(a, o, rules, nrules, shapes, nshapes);
    free(rules);
    free(shapes);
}
