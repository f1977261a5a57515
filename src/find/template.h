/* template.h - recovers the arguments of catalogue messages with placeholders ("{0} is required")
 * from the rendered message a log line carries (msg="amount is required"). */
#ifndef CF_TEMPLATE_H
#define CF_TEMPLATE_H

#include <stddef.h>

#include "catalogue.h"
#include "error.h"
#include "extract.h"

/* The most placeholders a message may have ({0} to {3}). */
#define CF_TEMPLATE_MAX_ARGS 4

typedef struct cf_templates cf_templates;

/* Compiles a matcher for every message of cat that has placeholders. The rendered message must
 * stand as a whole quoted value in the line (msg="amount is required", "msg":"...", err='...'):
 * after a quote and up to the same quote; an argument is text without that quote (unless escaped
 * by a backslash, between double quotes) or a line break. cat is
 * borrowed for the templates' lifetime. Returns NULL with err set when out of memory (or a message
 * cannot be compiled). */
cf_templates *cf_templates_new(const cf_catalogue *cat, cf_error *err);

/* Frees the templates; accepts NULL. */
void cf_templates_free(cf_templates *t);

/* Per-thread state for cf_template_render. */
typedef struct cf_template_matcher cf_template_matcher;

cf_template_matcher *cf_template_matcher_new(const cf_templates *t);
void cf_template_matcher_free(cf_template_matcher *m);

/* Tells m that the next renders are for another line, so that what it remembers of the last one
 * (each template is matched once per line, whatever number of codes the line holds) is dropped. */
void cf_template_new_line(cf_template_matcher *m);

/* When h's message is a template and line[0..n) carries it rendered, fills h->rendered and
 * returns 1; otherwise returns 0 and leaves h->rendered.found 0. The same template is matched
 * once per line (see cf_template_new_line), under PCRE2's match and depth limits: a match given
 * up there leaves the message unrendered. */
int cf_template_render(cf_template_matcher *m, const char *line, size_t n, cf_hit *h);

/* How many template matches m abandoned at PCRE2's match or depth limit (0 for NULL). */
unsigned long cf_template_limit_hits(const cf_template_matcher *m);

/* Writes into out (cap bytes) the text of s[0..n), a rendered message or an argument as it stands
 * in the line, as a reader should see it: between double quotes (quote '"') the escapes \", \\,
 * \/ and \uXXXX of printable characters decoded (others, such as \n, kept as written); NUL,
 * other control characters and invalid UTF-8 as U+FFFD. Stops before a character that would not
 * fit, setting *used (when not NULL) to the bytes of s taken. Returns the bytes written. */
size_t cf_template_text(const char *s, size_t n, int quote, char *out, size_t cap, size_t *used);

#endif
