/* rendering.c - the renderings of a code's templated message ("amount is required"), counted one
 * by one up to CF_SUMMARY_MAX_RENDERINGS and dropped for good past that. */
#include "rendering.h"

#include <stdlib.h>
#include <string.h>

#include "template.h"

void cf_rendering_drop(cf_code_count *c) {
    for (size_t k = 0; k < c->nrenderings; k++) {
        free(c->renderings[k].rendered);
        free(c->renderings[k].args);
    }
    free(c->renderings);
    c->renderings = NULL;
    c->nrenderings = 0;
}

/* The length of nargs arguments, each followed by a '\0'. */
static size_t args_size(const char *args, int nargs) {
    size_t n = 0;
    for (int k = 0; k < nargs; k++)
        n += strlen(args + n) + 1;
    return n;
}

void cf_rendering_overflow(cf_code_count *c) {
    cf_rendering_drop(c);
    c->renderings_overflowed = 1;
}

int cf_rendering_add(cf_code_count *c, const char *rendered, const char *args, int nargs,
                     unsigned long long n) {
    if (c->renderings_overflowed)
        return 0;
    if (rendered == NULL) {
        cf_rendering_overflow(c);
        return 0;
    }
    for (size_t k = 0; k < c->nrenderings; k++) {
        if (strcmp(c->renderings[k].rendered, rendered) == 0) {
            c->renderings[k].count += n;
            return 0;
        }
    }
    if (c->nrenderings == CF_SUMMARY_MAX_RENDERINGS) {
        cf_rendering_overflow(c);
        return 0;
    }
    cf_rendering *list = realloc(c->renderings, (c->nrenderings + 1) * sizeof *list);
    if (list == NULL)
        return -1;
    c->renderings = list;
    size_t size = args_size(args, nargs);
    cf_rendering r = {strdup(rendered), malloc(size ? size : 1), nargs, n};
    if (r.rendered == NULL || r.args == NULL) {
        free(r.rendered);
        free(r.args);
        return -1;
    }
    memcpy(r.args, args, size);
    list[c->nrenderings++] = r;
    return 0;
}

int cf_rendering_count(cf_code_count *c, const cf_hit *h, const char *line) {
    const cf_rendered *r = &h->rendered;
    char rendered[512], args[512];
    size_t len = cf_template_text(line + r->start, r->end - r->start, r->quote, rendered,
                                  sizeof rendered - 1, NULL),
           at = 0;
    int nargs = 0;
    rendered[len] = '\0';
    for (; nargs < r->nargs && at < sizeof args; nargs++) {
        size_t l = r->args[nargs][1] - r->args[nargs][0], used;
        size_t w = cf_template_text(line + r->args[nargs][0], l, r->quote, args + at,
                                    sizeof args - at - 1, &used); /* room for its '\0' */
        if (used < l)
            break;
        args[at + w] = '\0';
        at += w + 1;
    }
    return cf_rendering_add(c, rendered, args, nargs, 1);
}

static int by_count(const void *a, const void *b) {
    const cf_rendering *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return strcmp(x->rendered, y->rendered);
}

void cf_rendering_sort(cf_rendering *r, size_t n) {
    qsort(r, n, sizeof *r, by_count);
}
