#include "window.h"

#include <stddef.h>

int cf_window_active(const cf_window *w) {
    return w != NULL && (w->has_since || w->has_until);
}

int cf_window_holds(const cf_window *w, int known, int64_t ms) {
    if (!cf_window_active(w))
        return 1;
    if (!known)
        return 0;
    return (!w->has_since || ms >= w->since_ms) && (!w->has_until || ms < w->until_ms);
}

void cf_window_hull(cf_window *dst, const cf_window *src) {
    if (dst->has_since && src->has_since && src->since_ms < dst->since_ms)
        dst->since_ms = src->since_ms;
    if (dst->has_until && src->has_until && src->until_ms > dst->until_ms)
        dst->until_ms = src->until_ms;
    dst->has_since = dst->has_since && src->has_since;
    dst->has_until = dst->has_until && src->has_until;
}
