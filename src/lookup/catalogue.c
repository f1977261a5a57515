#include "catalogue.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "utf8.h"

/* Entries live in an array in insertion order; an open-addressing table of indexes, keyed by the
 * code's value (codes are fixed-width, so the value is unique), finds them. */
struct cf_catalogue {
    cf_entry *entries;
    size_t size, cap;
    struct slot {
        uint32_t value; /* the code's value, kept here so that a probe reads no entry */
        uint32_t index; /* index + 1, 0 = empty */
    } * slots;
    size_t nslots; /* a power of two, at least twice size */
};

cf_catalogue *cf_catalogue_new(void) {
    return calloc(1, sizeof(cf_catalogue));
}

void cf_catalogue_free(cf_catalogue *cat) {
    if (cat == NULL)
        return;
    for (size_t i = 0; i < cat->size; i++)
        free(cat->entries[i].message);
    free(cat->entries);
    free(cat->slots);
    free(cat);
}

uint32_t cf_code_value(const char *code) {
    uint32_t v = 0;
    for (int i = 0; i < 6; i++)
        v = v * 10 + (uint32_t)(code[i] - '0');
    return v;
}

static size_t slot_of(const cf_catalogue *cat, uint32_t value) {
    size_t mask = cat->nslots - 1;
    size_t i =
        (size_t)((value * 0x9E3779B97F4A7C15ull) >> 32) & mask; /* the product's mixed bits */
    while (cat->slots[i].index != 0 && cat->slots[i].value != value)
        i = (i + 1) & mask;
    return i;
}

const cf_entry *cf_catalogue_find(const cf_catalogue *cat, const char *code) {
    if (cat->nslots == 0)
        return NULL;
    uint32_t s = cat->slots[slot_of(cat, cf_code_value(code))].index;
    return s != 0 ? &cat->entries[s - 1] : NULL;
}

size_t cf_catalogue_size(const cf_catalogue *cat) {
    return cat->size;
}

const cf_entry *cf_catalogue_entry(const cf_catalogue *cat, size_t i) {
    return i < cat->size ? &cat->entries[i] : NULL;
}

static int rehash(cf_catalogue *cat, size_t nslots) {
    struct slot *slots = calloc(nslots, sizeof *slots);
    if (slots == NULL)
        return -1;
    free(cat->slots);
    cat->slots = slots;
    cat->nslots = nslots;
    for (size_t i = 0; i < cat->size; i++) {
        uint32_t value = cf_code_value(cat->entries[i].code);
        cat->slots[slot_of(cat, value)] = (struct slot){value, (uint32_t)(i + 1)};
    }
    return 0;
}

/* Adds or replaces one entry, taking ownership of message. Returns -1 when out of memory. */
static int put(cf_catalogue *cat, const char *code, cf_category category, char *message) {
    if (cat->size * 2 + 2 > cat->nslots && rehash(cat, cat->nslots ? cat->nslots * 2 : 256) != 0)
        return -1;
    uint32_t value = cf_code_value(code);
    size_t slot = slot_of(cat, value);
    if (cat->slots[slot].index != 0) {
        cf_entry *e = &cat->entries[cat->slots[slot].index - 1];
        free(e->message);
        e->category = category;
        e->message = message;
        return 0;
    }
    if (cat->size == cat->cap) {
        size_t cap = cat->cap ? cat->cap * 2 : 128;
        cf_entry *entries = realloc(cat->entries, cap * sizeof *entries);
        if (entries == NULL)
            return -1;
        cat->entries = entries;
        cat->cap = cap;
    }
    cf_entry *e = &cat->entries[cat->size];
    memcpy(e->code, code, 6);
    e->code[6] = '\0';
    e->category = category;
    e->message = message;
    cat->slots[slot] = (struct slot){value, (uint32_t)++cat->size};
    return 0;
}

/* Parsing: cJSON builds the tree, cf_json_locate finds where a bad value stands in the text. */
typedef struct parse {
    const char *text;
    size_t len;
    const char *name;
    cf_error *err;
    size_t index; /* the entry being checked */
    /* cf_catalogue_check: every problem goes to report, and checking goes on */
    void (*report)(void *ctx, const char *msg);
    int *problems;
    struct problems *pending; /* held until the end, to be reported in the file's order */
} parse;

/* The problems cf_catalogue_check found, each at its offset in the file. */
typedef struct problem {
    size_t off, seq;
    char *text;
} problem;

struct problems {
    problem *list;
    size_t n, cap;
    int oom;
};

static void hold(struct problems *ps, size_t off, const char *text) {
    if (ps->n == ps->cap) {
        size_t cap = ps->cap ? ps->cap * 2 : 16;
        problem *more = realloc(ps->list, cap * sizeof *more);
        if (more == NULL) {
            ps->oom = 1;
            return;
        }
        ps->list = more;
        ps->cap = cap;
    }
    char *copy = strdup(text);
    if (copy == NULL) {
        ps->oom = 1;
        return;
    }
    ps->list[ps->n] = (problem){off, ps->n, copy};
    ps->n++;
    /* cppcheck-suppress memleak ; copy is owned by ps->list now, and freed by report_held */
}

static int by_offset(const void *a, const void *b) {
    const problem *x = a, *y = b;
    if (x->off != y->off)
        return x->off < y->off ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Reports the held problems in the order they stand in the file, and forgets them. */
static void report_held(struct problems *ps, void (*report)(void *, const char *), void *ctx) {
    if (ps->n > 1)
        qsort(ps->list, ps->n, sizeof *ps->list, by_offset);
    for (size_t i = 0; i < ps->n; i++) {
        report(ctx, ps->list[i].text);
        free(ps->list[i].text);
    }
    if (ps->oom)
        report(ctx, "out of memory: some problems are not listed");
    free(ps->list);
    *ps = (struct problems){0};
}

/* Moves off, the offset of a member's value, back to the opening quote of the member's name. */
static size_t back_to_name(const char *text, size_t off) {
    while (off > 0 && text[off - 1] != ':')
        off--;
    while (off > 0 && text[off - 1] != '"')
        off--; /* the name's closing quote */
    if (off > 0)
        off--;
    while (off > 0 && !(text[off - 1] == '"' && (off < 2 || text[off - 2] != '\\')))
        off--;
    return off > 0 ? off - 1 : 0;
}

/* Reports msg at the value that key (or, when key is NULL, the entry itself; when index is
 * SIZE_MAX, the document) names; at the member's name instead when at_name is set. */
static int fail_at(const parse *p, const char *key, int at_name, const char *msg) {
    cf_json_step path[3] = {{"codes", 0}, {NULL, p->index}, {key, 0}};
    size_t steps = p->index == SIZE_MAX ? (key != NULL ? 1 : 0) : (key != NULL ? 3 : 2);
    size_t off = 0, line, col;
    if (p->index == SIZE_MAX && key != NULL)
        path[0].key = key;
    if (cf_json_locate(p->text, p->len, path, steps, &off) != 0)
        off = 0;
    else if (at_name && key != NULL)
        off = back_to_name(p->text, off);
    cf_error_position(p->text, p->len, off, &line, &col);
    cf_error_set(p->err, "%s:%zu:%zu: %s", p->name, line, col, msg);
    if (p->report != NULL) {
        hold(p->pending, off, p->err->text);
        (*p->problems)++;
    }
    return -1;
}

static int fail(const parse *p, const char *key, const char *msg) {
    return fail_at(p, key, 0, msg);
}

static int valid_utf8(const unsigned char *s) {
    size_t n = strlen((const char *)s);
    for (size_t i = 0, len; i < n; i += len)
        if ((len = cf_utf8_char(s + i, n - i)) == 0)
            return 0;
    return 1;
}

static int six_digits(const char *s) {
    for (int i = 0; i < 6; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return s[6] == '\0';
}

/* Returns the string member key of item, or NULL after reporting why it is missing or wrong. */
static const char *string_member(const parse *p, const cJSON *item, const char *key) {
    char msg[160];
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, key);
    if (v == NULL) {
        snprintf(msg, sizeof msg, "entry has no \"%s\"", key);
        fail(p, NULL, msg);
        return NULL;
    }
    if (!cJSON_IsString(v)) {
        snprintf(msg, sizeof msg, "\"%s\" must be a string%s", key,
                 strcmp(key, "code") == 0 ? " of six digits, such as \"040011\"" : "");
        fail(p, key, msg);
        return NULL;
    }
    return v->valuestring;
}

/* Reports members that appear twice or are not known: the first, or when checking, each. */
static int check_members(const parse *p, const cJSON *obj, const char *const *known) {
    int bad = 0;
    for (const cJSON *m = obj->child; m != NULL && (!bad || p->report != NULL); m = m->next) {
        char msg[200];
        const cJSON *before = obj->child;
        while (before != m && strcmp(before->string, m->string) != 0)
            before = before->next;
        size_t k = 0;
        while (known[k] != NULL && strcmp(known[k], m->string) != 0)
            k++;
        if (before != m)
            snprintf(msg, sizeof msg, "member \"%.100s\" appears twice", m->string);
        else if (known[k] == NULL)
            snprintf(msg, sizeof msg, "unknown member \"%.100s\"", m->string);
        else
            continue;
        fail_at(p, m->string, 1, msg);
        bad = 1;
    }
    return bad ? -1 : 0;
}

/* Whether the message's JSON string in the text, where the entry's "message" member stands,
 * holds an escaped NUL (\u0000), which the parsed string would end at. */
static int escaped_nul(const parse *p) {
    cf_json_step path[3] = {{"codes", 0}, {NULL, p->index}, {"message", 0}};
    size_t off;
    if (p->index == SIZE_MAX || cf_json_locate(p->text, p->len, path, 3, &off) != 0 ||
        off >= p->len || p->text[off] != '"')
        return 0;
    for (size_t i = off + 1; i < p->len && p->text[i] != '"'; i++) {
        if (p->text[i] != '\\')
            continue;
        if (i + 5 < p->len && p->text[i + 1] == 'u' && memcmp(p->text + i + 2, "0000", 4) == 0)
            return 1;
        i++; /* the escaped character */
    }
    return 0;
}

static int check_message(const parse *p, const char *code, const char *message) {
    char msg[160];
    const char *why = NULL;
    if (escaped_nul(p))
        why = "has a NUL (\\u0000) in its message";
    else if (*message == '\0')
        why = "has an empty message";
    else if (!valid_utf8((const unsigned char *)message))
        why = "has a message that is not valid UTF-8";
    for (const unsigned char *c = (const unsigned char *)message; why == NULL && *c; c++)
        if (*c < 0x20 || *c == 0x7F || (c[0] == 0xC2 && c[1] >= 0x80 && c[1] <= 0x9F))
            why = "has a control character in its message";
    if (why == NULL)
        return 0;
    snprintf(msg, sizeof msg, "code \"%s\" %s", code, why);
    return fail(p, "message", msg);
}

/* Notes that an entry has a problem; returns 1 when that ends the work on it (loading stops at
 * the first problem, checking goes on). */
static int stop_at(const parse *p, int *bad) {
    *bad = 1;
    return p->report == NULL;
}

/* Checks the values of an entry's members, each NULL when missing: a code of six digits, a known
 * category (set in *c), a sound message. Returns -1 when a problem ends the work on the entry (see
 * stop_at), else 0, with *bad set when a value was wrong. */
static int check_values(const parse *p, const char *code, const char *category, const char *message,
                        cf_category *c, int *bad) {
    char msg[200];
    if (code != NULL && !six_digits(code)) {
        snprintf(msg, sizeof msg, "code \"%.40s\" is not six digits", code);
        fail(p, "code", msg);
        if (stop_at(p, bad))
            return -1;
    }
    if (category != NULL &&
        (cf_category_parse(category, strlen(category), c) != 0 || *c == CF_CAT_UNKNOWN)) {
        snprintf(msg, sizeof msg,
                 "unknown category \"%.40s\" (use success, validation, client or server)",
                 category);
        fail(p, "category", msg);
        if (stop_at(p, bad))
            return -1;
    }
    if (message != NULL && check_message(p, code != NULL ? code : "?", message) != 0 &&
        stop_at(p, bad))
        return -1;
    return 0;
}

/* Fails, saying on which line it first stood, when code is in stage already. */
static int check_once(const parse *p, const cf_catalogue *stage, const char *code) {
    char msg[200];
    const cf_entry *first = cf_catalogue_find(stage, code);
    if (first == NULL)
        return 0;
    size_t line, col, off;
    cf_json_step path[2] = {{"codes", 0}, {NULL, (size_t)(first - cf_catalogue_entry(stage, 0))}};
    if (cf_json_locate(p->text, p->len, path, 2, &off) != 0)
        off = 0;
    cf_error_position(p->text, p->len, off, &line, &col);
    snprintf(msg, sizeof msg, "code \"%s\" appears twice (first at line %zu)", code, line);
    return fail(p, "code", msg);
}

/* Checks entry p->index and adds it to stage, which holds this file's codes so far. Loading stops
 * at the entry's first problem; checking reports each, and keeps the code of an entry with other
 * problems in stage, so that the same code again is reported too. */
static int load_entry(parse *p, const cJSON *item, cf_catalogue *stage) {
    static const char *const known[] = {"code", "category", "message", NULL};
    int checking = p->report != NULL, bad = 0;
    if (!cJSON_IsObject(item))
        return fail(p, NULL, "entry must be an object with \"code\", \"category\" and \"message\"");
    const char *code = string_member(p, item, "code");
    const char *category = code != NULL || checking ? string_member(p, item, "category") : NULL;
    const char *message = category != NULL || checking ? string_member(p, item, "message") : NULL;
    if ((code == NULL || category == NULL || message == NULL) && stop_at(p, &bad))
        return -1;
    if (check_members(p, item, known) != 0 && stop_at(p, &bad))
        return -1;
    cf_category c = CF_CAT_UNKNOWN;
    if (check_values(p, code, category, message, &c, &bad) != 0)
        return -1;
    if (code == NULL || !six_digits(code) || check_once(p, stage, code) != 0)
        return -1;
    /* only a sound entry when loading; when checking, any entry with six digits, so that a later
     * entry with the same code is reported too */
    char *copy = strdup(message != NULL ? message : "");
    if (copy == NULL || put(stage, code, c, copy) != 0) {
        free(copy);
        return fail(p, NULL, "out of memory");
    }
    return bad ? -1 : 0;
}

static int load_document(parse *p, const cJSON *root, cf_catalogue *stage) {
    static const char *const known[] = {"source", "codes", NULL};
    p->index = SIZE_MAX;
    if (!cJSON_IsObject(root))
        return fail(p, NULL, "a catalogue must be a JSON object with a \"codes\" array");
    int failed = check_members(p, root, known) != 0;
    if (failed && p->report == NULL)
        return -1;
    const cJSON *source = cJSON_GetObjectItemCaseSensitive(root, "source");
    if (source != NULL && !cJSON_IsString(source))
        return fail(p, "source", "\"source\" must be a string");
    const cJSON *codes = cJSON_GetObjectItemCaseSensitive(root, "codes");
    if (codes == NULL)
        return fail(p, NULL, "a catalogue must have a \"codes\" array");
    if (!cJSON_IsArray(codes))
        return fail(p, "codes", "\"codes\" must be an array");
    p->index = 0;
    for (const cJSON *item = codes->child; item != NULL; item = item->next, p->index++) {
        if (load_entry(p, item, stage) != 0) {
            failed = 1;
            if (p->report == NULL)
                return -1; /* loading stops at the first problem; checking goes on */
        }
    }
    return failed ? -1 : 0;
}

static int syntax_error(const parse *p, size_t off, const char *what) {
    size_t line, col;
    cf_error_position(p->text, p->len, off, &line, &col);
    if (p->len == 0)
        return cf_error_set(p->err, "%s:1:1: not JSON: the file is empty", p->name);
    return cf_error_set(p->err, "%s:%zu:%zu: %s", p->name, line, col, what);
}

int cf_catalogue_check(const char *text, size_t len, const char *name,
                       void (*report)(void *ctx, const char *msg), void *ctx) {
    cf_error err;
    int problems = 0;
    struct problems held = {0};
    parse p = {text, len, name, &err, SIZE_MAX, report, &problems, &held};
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
    /* cppcheck-suppress nullPointerArithmeticRedundantCheck ; cJSON sets end when root != NULL */
    size_t rest = root != NULL ? (size_t)(end - text) : 0;
    while (root != NULL && rest < len && strchr(" \t\r\n", text[rest]) != NULL && text[rest])
        rest++;
    cf_catalogue *stage = cf_catalogue_new();
    if (root == NULL || rest < len) {
        syntax_error(&p, root == NULL ? (end ? (size_t)(end - text) : 0) : rest,
                     root == NULL ? "not valid JSON" : "unexpected text after the JSON document");
        report(ctx, err.text);
        problems++;
    } else if (stage == NULL) {
        report(ctx, "out of memory");
        problems++;
    } else {
        load_document(&p, root, stage);
        report_held(&held, report, ctx);
    }
    cJSON_Delete(root);
    cf_catalogue_free(stage);
    return problems;
}

int cf_catalogue_load(cf_catalogue *cat, const char *text, size_t len, const char *name,
                      cf_error *err) {
    /* cppcheck-suppress ctuuninitvar ; err is an output: the pointer is copied, *err written */
    parse p = {text, len, name, err, SIZE_MAX, NULL, NULL, NULL};
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
    if (root == NULL)
        return syntax_error(&p, end ? (size_t)(end - text) : 0, "not valid JSON");
    size_t rest = (size_t)(end - text);
    while (rest < len && strchr(" \t\r\n", text[rest]) != NULL && text[rest] != '\0')
        rest++;
    int rc = -1;
    cf_catalogue *stage = cf_catalogue_new();
    if (rest < len)
        syntax_error(&p, rest, "unexpected text after the JSON document");
    else if (stage == NULL)
        cf_error_set(err, "%s: out of memory", name);
    else if (load_document(&p, root, stage) == 0)
        rc = 0;
    for (size_t i = 0; rc == 0 && i < stage->size; i++) {
        cf_entry *e = &stage->entries[i];
        if (put(cat, e->code, e->category, e->message) != 0)
            rc = cf_error_set(err, "%s: out of memory", name);
        else
            e->message = NULL; /* now owned by cat */
    }
    cJSON_Delete(root);
    cf_catalogue_free(stage);
    return rc;
}
