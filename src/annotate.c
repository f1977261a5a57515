#include "annotate.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "template.h"

#define RESET "\033[0m"

const char *cf_annotate_color(cf_category c) {
    static const char *const colors[CF_CAT_COUNT] = {"\033[32m", "\033[33m", "\033[35m",
                                                     "\033[1;31m", "\033[36m"};
    return c < CF_CAT_COUNT ? colors[c] : colors[CF_CAT_UNKNOWN];
}

/* The length of the line's terminator: 2 for "\r\n", 1 for "\n", 0 for none. */
static size_t terminator(const char *line, size_t len) {
    if (len == 0 || line[len - 1] != '\n')
        return 0;
    return len >= 2 && line[len - 2] == '\r' ? 2 : 1;
}

/* Writes a rendered message or argument, line[from..to), as a reader should see it (escapes
 * decoded, bad bytes replaced: see cf_template_text), as a JSON string or as text. */
static void put_rendered(cf_out *o, const cf_hit *h, const char *line, size_t from, size_t to,
                         int json) {
    char small[512], *buf = small;
    size_t n = to - from, cap = sizeof small;
    if (n * 3 > cap) { /* a bad byte becomes three: U+FFFD */
        char *big = malloc(n * 3);
        if (big != NULL) { /* else, out of memory: as much as fits */
            buf = big;
            cap = n * 3;
        }
    }
    size_t len = cf_template_text(line + from, n, h->rendered.quote, buf, cap, NULL);
    if (json)
        cf_out_json_string(o, buf, len);
    else
        cf_out_write(o, buf, len);
    if (buf != small)
        free(buf);
}

/* The members of a hit's JSON object, without the braces. */
static void hit_members(cf_out *o, const cf_hit *h, const char *line) {
    cf_category c = cf_hit_category(h);
    cf_out_puts(o, "\"code\":\"");
    cf_out_write(o, h->code, 6);
    cf_out_puts(o, "\",\"category\":\"");
    cf_out_puts(o, cf_category_id(c));
    cf_out_puts(o, "\",\"category_name\":");
    cf_out_json_string(o, cf_category_name(c), strlen(cf_category_name(c)));
    cf_out_puts(o, ",\"message\":");
    if (h->entry != NULL)
        cf_out_json_string(o, h->entry->message, strlen(h->entry->message));
    else
        cf_out_puts(o, "null");
    if (h->rendered.found && line != NULL) {
        const cf_rendered *r = &h->rendered;
        cf_out_puts(o, ",\"args\":[");
        for (int k = 0; k < r->nargs; k++) {
            if (k > 0)
                cf_out_putc(o, ',');
            put_rendered(o, h, line, r->args[k][0], r->args[k][1], 1);
        }
        cf_out_puts(o, "],\"rendered\":");
        put_rendered(o, h, line, r->start, r->end, 1);
    }
}

void cf_annotate_hit_json(cf_out *o, const cf_hit *h, const char *line) {
    cf_out_putc(o, '{');
    hit_members(o, h, line);
    cf_out_putc(o, '}');
}

/* The rule that found h, and its key or phrase word: ,"rule":"key","key":"errCode". */
static void rule_json(cf_out *o, const cf_hit *h, const char *line) {
    if (h->rule == NULL)
        return;
    cf_out_puts(o, ",\"rule\":");
    cf_out_json_string(o, h->rule, strlen(h->rule));
    if (h->key_end > h->key_start) {
        cf_out_puts(o, ",\"key\":");
        cf_out_json_string(o, line + h->key_start, h->key_end - h->key_start);
    }
}

/* Writes s[from..to) with the codes that stand in it highlighted. */
static void write_highlighted(cf_out *o, const char *s, size_t from, size_t to, const cf_hit *hits,
                              size_t n) {
    size_t at = from;
    for (size_t i = 0; i < n; i++) {
        if (hits[i].start < at || hits[i].end > to)
            continue;
        cf_out_write(o, s + at, hits[i].start - at);
        cf_out_puts(o, cf_annotate_color(cf_hit_category(&hits[i])));
        cf_out_write(o, s + hits[i].start, hits[i].end - hits[i].start);
        cf_out_puts(o, RESET);
        at = hits[i].end;
    }
    cf_out_write(o, s + at, to - at);
}

static void text_annotations(cf_out *o, const char *line, const cf_hit *hits, size_t n, int color) {
    for (size_t i = 0; i < n; i++) {
        const cf_hit *h = &hits[i];
        cf_category c = cf_hit_category(h);
        cf_out_putc(o, '\t');
        if (color)
            cf_out_puts(o, cf_annotate_color(c));
        cf_out_putc(o, '[');
        cf_out_write(o, h->code, 6);
        cf_out_putc(o, ' ');
        cf_out_puts(o, cf_category_id(c));
        cf_out_putc(o, ']');
        if (color)
            cf_out_puts(o, RESET);
        cf_out_putc(o, ' ');
        if (h->rendered.found)
            put_rendered(o, h, line, h->rendered.start, h->rendered.end, 0);
        else
            cf_out_puts(o, h->entry != NULL ? h->entry->message : "not in the catalogue");
    }
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

static const char wrapper[] = "{\"value\":";

int cf_annotation_find(const char *line, size_t len, const cf_catalogue *cat, size_t *keep,
                       size_t *from, size_t *to) {
    size_t body = len - terminator(line, len), close;
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
    size_t w = sizeof wrapper - 1;
    if (*from > w && memcmp(line, wrapper, w) == 0 && close + 1 == body &&
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

void cf_annotate_text(cf_out *o, const char *line, size_t len, const cf_hit *hits, size_t n,
                      int color) {
    if (n == 0) {
        cf_out_write(o, line, len);
        return;
    }
    cf_annotating a;
    cf_annotate_open(&a, o, line, len, color, 0, NULL, 0);
    if (color)
        cf_annotate_text_window(&a, hits, n, a.split);
    cf_annotate_hits(&a, hits, n);
    cf_annotate_close(&a);
}

static void base64(cf_out *o, const unsigned char *s, size_t n) {
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)s[i] << 16;
        if (i + 1 < n)
            v |= (unsigned)s[i + 1] << 8;
        if (i + 2 < n)
            v |= s[i + 2];
        char q[4] = {digits[v >> 18 & 63], digits[v >> 12 & 63],
                     (char)(i + 1 < n ? digits[v >> 6 & 63] : '='),
                     (char)(i + 2 < n ? digits[v & 63] : '=')};
        cf_out_write(o, q, 4);
    }
}

static void jsonl_start(cf_out *o, const char *file, unsigned long long lineno) {
    cf_out_putc(o, '{');
    if (file != NULL) {
        cf_out_puts(o, "\"file\":");
        cf_out_json_string(o, file, strlen(file));
        cf_out_putc(o, ',');
    }
    char digits[24], *d = digits + sizeof digits; /* the number without printf, once a line */
    do
        *--d = (char)('0' + lineno % 10);
    while ((lineno /= 10) != 0);
    cf_out_puts(o, "\"line\":");
    cf_out_write(o, d, (size_t)(digits + sizeof digits - d));
}

void cf_annotate_long_start(cf_out *o, cf_long_jsonl *st, const char *file,
                            unsigned long long lineno) {
    st->ncarry = 0;
    jsonl_start(o, file, lineno);
    cf_out_puts(o, ",\"long\":true,\"bytes\":\"");
}

void cf_annotate_long_piece(cf_out *o, cf_long_jsonl *st, const char *piece, size_t n) {
    const unsigned char *u = (const unsigned char *)piece;
    size_t i = 0;
    if (n > 0 && piece[n - 1] == '\n')
        n--;                                            /* the line's own '\n' is not part of it */
    while (st->ncarry > 0 && st->ncarry < 3 && i < n) { /* complete the group begun before */
        st->carry[st->ncarry++] = u[i++];
        if (st->ncarry == 3) {
            base64(o, st->carry, 3);
            st->ncarry = 0;
        }
    }
    size_t whole = (n - i) - (n - i) % 3;
    base64(o, u + i, whole);
    for (i += whole; i < n && st->ncarry < 3; i++)
        st->carry[st->ncarry++] = u[i];
}

void cf_annotate_long_end(cf_out *o, cf_long_jsonl *st) {
    base64(o, st->carry, (size_t)st->ncarry);
    st->ncarry = 0;
    cf_out_puts(o, "\",\"codes\":[]}\n");
}

/* Starts a jsonl object with the line's file, number and text (text bytes, without the '\n'). */
static void jsonl_text(cf_out *o, const char *file, unsigned long long lineno, const char *line,
                       size_t text) {
    jsonl_start(o, file, lineno);
    cf_out_puts(o, ",\"text\":");
    if (cf_out_json_string(o, line, text)) {
        cf_out_puts(o, ",\"bytes\":\"");
        base64(o, (const unsigned char *)line, text);
        cf_out_putc(o, '"');
    }
}

void cf_annotate_jsonl_context(cf_out *o, const char *file, unsigned long long lineno,
                               const char *line, size_t len) {
    jsonl_text(o, file, lineno, line, len > 0 && line[len - 1] == '\n' ? len - 1 : len);
    cf_out_puts(o, ",\"context\":true,\"codes\":[]}\n");
}

void cf_annotate_jsonl(cf_out *o, const char *file, unsigned long long lineno, const char *line,
                       size_t len, const cf_hit *hits, size_t n) {
    cf_annotating a;
    cf_annotate_open(&a, o, line, len, 0, 1, file, lineno);
    cf_annotate_hits(&a, hits, n);
    cf_annotate_close(&a);
}

/* The shapes of an annotated line in text output. */
enum { SHAPE_TEXT, SHAPE_OBJECT, SHAPE_OTHER, SHAPE_JSONL };

void cf_annotate_open(cf_annotating *a, cf_out *o, const char *line, size_t len, int color,
                      int jsonl, const char *file, unsigned long long lineno) {
    *a = (cf_annotating){.o = o, .line = line, .len = len, .color = color, .first = 1};
    a->body = len - terminator(line, len);
    int empty = 0;
    if (jsonl) {
        a->shape = SHAPE_JSONL;
        size_t text = len > 0 && line[len - 1] == '\n' ? len - 1 : len;
        jsonl_text(o, file, lineno, line, text);
        cf_out_puts(o, ",\"codes\":[");
        return;
    }
    if (cf_json_object_line(line, a->body, &a->split, &empty)) {
        a->shape = SHAPE_OBJECT;
        a->empty = empty;
    } else if (cf_json_other_line(line, a->body)) {
        a->shape = SHAPE_OTHER;
        a->split = a->body;
        cf_out_puts(o, wrapper);
    } else {
        a->shape = SHAPE_TEXT;
        a->split = a->body;
    }
    if (!color) {
        cf_out_write(o, line, a->split);
        a->written = a->split;
    }
}

void cf_annotate_text_window(cf_annotating *a, const cf_hit *hits, size_t n, size_t to) {
    if (a->shape == SHAPE_JSONL || a->written >= a->split)
        return;
    if (n > 0 && hits[n - 1].end > to) /* a code across the window's end is written whole */
        to = hits[n - 1].end;
    if (to > a->split)
        to = a->split;
    write_highlighted(a->o, a->line, a->written, to, hits, n);
    a->written = to;
}

void cf_annotate_hits(cf_annotating *a, const cf_hit *hits, size_t n) {
    if (a->written < a->split) { /* the text first, whole */
        cf_out_write(a->o, a->line + a->written, a->split - a->written);
        a->written = a->split;
    }
    if (a->shape == SHAPE_TEXT) {
        text_annotations(a->o, a->line, hits, n, a->color);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (a->first && a->shape != SHAPE_JSONL)
            cf_out_puts(a->o, a->empty ? "\"" CF_ANNOTATE_MEMBER "\":["
                                       : ",\"" CF_ANNOTATE_MEMBER "\":[");
        else if (!a->first)
            cf_out_putc(a->o, ',');
        a->first = 0;
        cf_out_putc(a->o, '{');
        hit_members(a->o, &hits[i], a->line);
        if (a->shape == SHAPE_JSONL)
            rule_json(a->o, &hits[i], a->line);
        cf_out_putc(a->o, '}');
    }
}

void cf_annotate_close(cf_annotating *a) {
    cf_annotate_hits(a, NULL, 0);
    switch (a->shape) {
    case SHAPE_JSONL:
        cf_out_puts(a->o, "]}\n");
        return;
    case SHAPE_OBJECT:
        if (!a->first)
            cf_out_putc(a->o, ']');
        break;
    case SHAPE_OTHER:
        cf_out_puts(a->o, a->first ? ",\"" CF_ANNOTATE_MEMBER "\":[]}" : "]}");
        break;
    default:
        break;
    }
    cf_out_write(a->o, a->line + a->split, a->len - a->split);
}
