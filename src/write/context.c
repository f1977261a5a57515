#include "context.h"

#include <stdlib.h>
#include <string.h>

#include "annotate.h"

/* grep's colors (GREP_COLORS' defaults): file names magenta, numbers green, separators cyan. */
#define COLOR_NAME      "\33[35m"
#define COLOR_NUMBER    "\33[32m"
#define COLOR_SEPARATOR "\33[36m"
#define COLOR_END       "\33[m"

/* A line kept for -B: the text is owned, its buffer reused. */
typedef struct kept {
    char *text;
    size_t len, cap;
    unsigned long long lineno;
} kept;

struct cf_context {
    cf_context_config cfg;
    const char *name;
    size_t name_len;
    kept *ring; /* the last cfg.before lines not shown, oldest at head */
    size_t head, count;
    size_t after_left;             /* lines still to show after the last selected one */
    long long selected;            /* selected lines of this input, for -m */
    unsigned long long last_shown; /* the number of the last line shown of this input; 0: none */
    int shown_any;                 /* a line was shown, of any input */
};

cf_context *cf_context_new(const cf_context_config *cfg) {
    cf_context *c = calloc(1, sizeof *c);
    if (c == NULL)
        return NULL;
    c->cfg = *cfg;
    if (cfg->before > 0 && (c->ring = calloc(cfg->before, sizeof *c->ring)) == NULL) {
        free(c);
        return NULL;
    }
    return c;
}

void cf_context_free(cf_context *c) {
    if (c == NULL)
        return;
    for (size_t i = 0; c->ring != NULL && i < c->cfg.before; i++)
        free(c->ring[i].text);
    free(c->ring);
    free(c);
}

void cf_context_start(cf_context *c, const char *name) {
    c->name = name;
    c->name_len = strlen(name);
    c->head = c->count = c->after_left = 0;
    c->selected = 0;
    c->last_shown = 0;
}

int cf_context_select(cf_context *c, int selected) {
    return selected && (!c->cfg.limited || c->selected < c->cfg.max_count);
}

int cf_context_enough(const cf_context *c) {
    return c->cfg.limited && c->selected >= c->cfg.max_count && c->after_left == 0;
}

static void colored(cf_out *o, int color, const char *sgr, const char *s, size_t n) {
    if (color)
        cf_out_puts(o, sgr);
    cf_out_write(o, s, n);
    if (color)
        cf_out_puts(o, COLOR_END);
}

/* Writes the text prefix of line lineno: "NAME:N:" for a selected line, "NAME-N-" for context. */
static void prefix(const cf_context *c, cf_out *o, unsigned long long lineno, char sep) {
    int color = c->cfg.color;
    if (c->cfg.names) {
        colored(o, color, COLOR_NAME, c->name, c->name_len);
        colored(o, color, COLOR_SEPARATOR, &sep, 1);
    }
    if (c->cfg.numbers) {
        if (color)
            cf_out_puts(o, COLOR_NUMBER);
        cf_out_ull(o, lineno);
        if (color)
            cf_out_puts(o, COLOR_END);
        colored(o, color, COLOR_SEPARATOR, &sep, 1);
    }
}

/* Before line lineno goes out: "--" when it does not follow the last line shown, as grep writes
 * between groups when context was asked for, even 0 lines of it (also between inputs). */
static void group(cf_context *c, cf_out *o, unsigned long long lineno) {
    if (!c->cfg.jsonl && c->cfg.separators && c->shown_any &&
        (c->last_shown == 0 || lineno != c->last_shown + 1)) {
        colored(o, c->cfg.color, COLOR_SEPARATOR, "--", 2);
        cf_out_putc(o, '\n');
    }
    c->last_shown = lineno;
    c->shown_any = 1;
}

/* Writes line lineno as context; with line NULL, only its prefix. */
static void show_context(cf_context *c, cf_out *o, unsigned long long lineno, const char *line,
                         size_t len) {
    group(c, o, lineno);
    if (c->cfg.jsonl) {
        if (line != NULL)
            cf_annotate_jsonl_context(o, c->cfg.file_member ? c->name : NULL, lineno, line, len);
        return;
    }
    prefix(c, o, lineno, '-');
    if (line != NULL)
        cf_out_write(o, line, len);
}

/* Keeps line lineno for -B, in place of the oldest when the ring is full. */
static int keep(cf_context *c, unsigned long long lineno, const char *line, size_t len) {
    kept *k = &c->ring[(c->head + c->count) % c->cfg.before];
    if (c->count == c->cfg.before) {
        k = &c->ring[c->head];
        c->head = (c->head + 1) % c->cfg.before;
        c->count--;
    }
    if (len > k->cap) {
        char *t = realloc(k->text, len);
        if (t == NULL)
            return -1;
        k->text = t;
        k->cap = len;
    }
    memcpy(k->text, line, len);
    k->len = len;
    k->lineno = lineno;
    c->count++;
    return 0;
}

cf_context_shown cf_context_line(cf_context *c, cf_out *o, unsigned long long lineno, int selected,
                                 const char *line, size_t len, int *no_memory) {
    if (selected) {
        c->selected++;
        c->after_left = c->cfg.after;
        if (!c->cfg.print)
            return CF_CONTEXT_SELECTED;
        for (; c->count > 0; c->count--, c->head = (c->head + 1) % c->cfg.before) {
            const kept *k = &c->ring[c->head];
            show_context(c, o, k->lineno, k->text, k->len);
        }
        c->head = 0;
        group(c, o, lineno);
        if (!c->cfg.jsonl)
            prefix(c, o, lineno, ':');
        return CF_CONTEXT_SELECTED;
    }
    if (c->after_left > 0) {
        c->after_left--;
        if (c->cfg.print)
            show_context(c, o, lineno, line, len);
        return CF_CONTEXT_SHOWN;
    }
    if (c->cfg.before > 0 && c->cfg.print) {
        if (line == NULL)
            c->head = c->count = 0; /* a line too long to keep: the lines before it are not
                                       next to the next selected line */
        else if (keep(c, lineno, line, len) != 0)
            *no_memory = 1;
    }
    return CF_CONTEXT_HIDDEN;
}
