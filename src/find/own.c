#include "own.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

size_t cf_line_terminator(const char *line, size_t len) {
    if (len == 0 || line[len - 1] != '\n')
        return 0;
    return len >= 2 && line[len - 2] == '\r' ? 2 : 1;
}

/* The category cat gives the six digits at code, and its entry (NULL when it has none). */
static cf_category category_of(const cf_catalogue *cat, const char *code, const cf_entry **e) {
    char c[7];
    memcpy(c, code, 6);
    c[6] = '\0';
    *e = cf_catalogue_find(cat, c);
    return *e != NULL ? (*e)->category : CF_CAT_UNKNOWN;
}

static int has_placeholder(const char *m) {
    for (; *m != '\0'; m++)
        if (m[0] == '{' && m[1] >= '0' && m[1] <= '9' && m[2] == '}')
            return 1;
    return 0;
}

/* Whether s[0..n) is one text annotation without its tab, as codefilter writes it with cat:
 * "[CODE CATEGORY] MESSAGE", the category cat's and the message cat's (or, for a template, its
 * rendering), or "not in the catalogue" for a code cat does not have. */
static int one_annotation(const char *s, size_t n, const cf_catalogue *cat) {
    if (n < 11 || s[0] != '[' || s[7] != ' ')
        return 0;
    for (size_t i = 1; i < 7; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    const char *close = memchr(s + 8, ']', n - 8);
    cf_category c;
    const cf_entry *e;
    if (close == NULL || (size_t)(close - s) + 1 >= n || close[1] != ' ' ||
        cf_category_parse(s + 8, (size_t)(close - s) - 8, &c) != 0 ||
        c != category_of(cat, s + 1, &e))
        return 0;
    const char *msg = close + 2, *want = e != NULL ? e->message : "not in the catalogue";
    size_t mlen = n - (size_t)(msg - s);
    return (strlen(want) == mlen && memcmp(msg, want, mlen) == 0) ||
           (e != NULL && has_placeholder(e->message));
}

/* The text annotations that end body[0..n): where their first tab stands, or n. */
static size_t text_annotation_start(const char *body, size_t n, const cf_catalogue *cat) {
    size_t start = n, end = n;
    for (;;) {
        const char *tab = memrchr(body, '\t', end);
        if (tab == NULL || !one_annotation(tab + 1, end - (size_t)(tab - body) - 1, cat))
            return start;
        start = end = (size_t)(tab - body);
    }
}

static const char member_key[] = "\"" CF_ANNOTATE_MEMBER "\":[";

/* Whether the array a[0..n) is a member codefilter writes with cat: objects of its members only,
 * each code's category cat's. */
static int own_member(const char *a, size_t n, const cf_catalogue *cat) {
    static const char *const ours[] = {"code",     "category", "category_name", "message", "args",
                                       "rendered", NULL};
    cJSON *arr = cJSON_ParseWithLength(a, n);
    int ok = cJSON_IsArray(arr) && cJSON_GetArraySize(arr) > 0;
    for (const cJSON *o = ok ? arr->child : NULL; ok && o != NULL; o = o->next) {
        const cJSON *code = cJSON_GetObjectItemCaseSensitive(o, "code");
        const cJSON *category = cJSON_GetObjectItemCaseSensitive(o, "category");
        const cf_entry *e;
        cf_category c;
        ok = cJSON_IsObject(o) && cJSON_IsString(code) && strlen(code->valuestring) == 6 &&
             strspn(code->valuestring, "0123456789") == 6 && cJSON_IsString(category) &&
             cf_category_parse(category->valuestring, strlen(category->valuestring), &c) == 0 &&
             c == category_of(cat, code->valuestring, &e);
        for (const cJSON *m = ok ? o->child : NULL; ok && m != NULL; m = m->next) {
            size_t k = 0;
            while (ours[k] != NULL && strcmp(ours[k], m->string) != 0)
                k++;
            ok = ours[k] != NULL;
        }
    }
    cJSON_Delete(arr);
    return ok;
}

/* The member spliced into the JSON object line body[0..n), whose final '}' is at close. */
static int json_annotation(const char *body, size_t n, size_t close, const cf_catalogue *cat,
                           size_t *from) {
    size_t klen = sizeof member_key - 1, at = (size_t)-1;
    if (close == 0 || body[close - 1] != ']')
        return 0;
    for (const char *p = body; (p = memmem(p, n - (size_t)(p - body), member_key, klen)) != NULL;
         p++)
        at = (size_t)(p - body);
    size_t end = at + klen - 1;
    if (at == (size_t)-1 || at == 0 || (body[at - 1] != ',' && body[at - 1] != '{') ||
        cf_json_scan(body, n, &end) != 0 || end != close)
        return 0;
    if (!own_member(body + at + klen - 1, close - (at + klen - 1), cat))
        return 0;
    *from = body[at - 1] == ',' ? at - 1 : at;
    return 1;
}

int cf_annotation_find(const char *line, size_t len, const cf_catalogue *cat, size_t *keep,
                       size_t *from, size_t *to) {
    size_t body = len - cf_line_terminator(line, len), close;
    int empty;
    *keep = 0;
    if (memchr(line, '\t', body) != NULL) {
        size_t start = text_annotation_start(line, body, cat);
        if (start < body) {
            *from = start;
            *to = body;
            return 1;
        }
    }
    size_t end = body;
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r'))
        end--;
    if (end < 2 || line[end - 1] != '}' || line[end - 2] != ']') /* cheap: most lines end so */
        return 0;
    if (!cf_json_object_line(line, body, &close, &empty) ||
        !json_annotation(line, body, close, cat, from))
        return 0;
    *to = close;
    size_t w = sizeof CF_ANNOTATE_WRAPPER - 1;
    if (*from > w && memcmp(line, CF_ANNOTATE_WRAPPER, w) == 0 && close + 1 == body &&
        cf_json_other_line(line + w, *from - w)) {
        *keep = w; /* {"value":LINE,"codefilter":[...]} */
        *to = body;
    }
    return 1;
}

const char *cf_annotation_strip(const char *line, size_t *len, const cf_catalogue *cat, char **buf,
                                size_t *cap, size_t *keep, size_t *from) {
    size_t to;
    *keep = 0;
    if (!cf_annotation_find(line, *len, cat, keep, from, &to))
        return line;
    if (*len > *cap) {
        char *b = realloc(*buf, *len);
        if (b == NULL) {
            *keep = SIZE_MAX;
            return line;
        }
        *buf = b;
        *cap = *len;
    }
    memcpy(*buf, line + *keep, *from - *keep);
    memcpy(*buf + *from - *keep, line + to, *len - to);
    *len = *from - *keep + *len - to;
    return *buf;
}
