#include "annotate.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "own.h"
#include "template.h"

#define RESET "\033[0m"

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
        cf_out_puts(o, cf_category_color(cf_hit_category(&hits[i])));
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
            cf_out_puts(o, cf_category_color(c));
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
    cf_out_puts(o, "\"line\":");
    cf_out_ull(o, lineno);
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
    a->body = len - cf_line_terminator(line, len);
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
        cf_out_puts(o, CF_ANNOTATE_WRAPPER);
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
