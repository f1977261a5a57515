/* rendering.h - the renderings a code's templated message was seen with, kept on its count in a
 * summary (cf_code_count's renderings). Used by summary.c. */
#ifndef CF_RENDERING_H
#define CF_RENDERING_H

#include <stddef.h>

#include "extract.h"
#include "summary.h"

/* Frees c's renderings, leaving it none. */
void cf_rendering_drop(cf_code_count *c);

/* Drops c's renderings for good: it has more than can be listed exactly. */
void cf_rendering_overflow(cf_code_count *c);

/* Counts n renderings of c's message as rendered, with these arguments (args as in cf_rendering,
 * copied); with rendered NULL (c overflowed elsewhere), or a rendering past the most kept, drops
 * them for good. Returns -1 when out of memory, else 0. */
int cf_rendering_add(cf_code_count *c, const char *rendered, const char *args, int nargs,
                     unsigned long long n);

/* Counts the rendering of h's message that stands in line, as a reader should see it (see
 * cf_template_text; up to 511 bytes of it, and of its arguments together). Returns -1 when out
 * of memory, else 0. */
int cf_rendering_count(cf_code_count *c, const cf_hit *h, const char *line);

/* Sorts r[0..n), most frequent first, then by text. */
void cf_rendering_sort(cf_rendering *r, size_t n);

#endif
