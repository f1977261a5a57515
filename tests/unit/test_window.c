#include <criterion/criterion.h>

#include "window.h"

#define T(minutes) ((int64_t)(minutes)*60000)

static const cf_window since_until = {1, 1, T(10), T(20)};

Test(window, bounds) {
    cr_assert(cf_window_holds(&since_until, 1, T(10)), "since is inclusive");
    cr_assert(cf_window_holds(&since_until, 1, T(20) - 1));
    cr_assert_not(cf_window_holds(&since_until, 1, T(20)), "until is exclusive");
    cr_assert_not(cf_window_holds(&since_until, 1, T(10) - 1));
    cf_window since = {1, 0, T(10), 0}, until = {0, 1, 0, T(20)};
    cr_assert(cf_window_holds(&since, 1, T(1000)));
    cr_assert(cf_window_holds(&until, 1, -T(1000)));
}

/* A line with no time, and none before it, is outside any window with a bound; every line is in
 * no window. */
Test(window, unknown_time) {
    cf_window none = {0, 0, 0, 0}, until = {0, 1, 0, T(20)};
    cr_assert_not(cf_window_holds(&since_until, 0, T(15)));
    cr_assert_not(cf_window_holds(&until, 0, 0));
    cr_assert(cf_window_holds(&none, 0, 0));
    cr_assert(cf_window_holds(NULL, 0, 0));
    cr_assert_not(cf_window_active(&none));
    cr_assert_not(cf_window_active(NULL));
    cr_assert(cf_window_active(&until));
}

Test(window, hull) {
    cf_window w = since_until, later = {1, 1, T(15), T(30)};
    cf_window_hull(&w, &later);
    cr_assert(w.has_since && w.has_until);
    cr_assert_eq(w.since_ms, T(10));
    cr_assert_eq(w.until_ms, T(30));
    cf_window open_since = {0, 1, 0, T(5)};
    cf_window_hull(&w, &open_since);
    cr_assert_not(w.has_since, "a side one leaves open stays open");
    cr_assert(w.has_until);
    cr_assert_eq(w.until_ms, T(30));
    cf_window none = {0, 0, 0, 0};
    cf_window_hull(&w, &none);
    cr_assert_not(cf_window_active(&w));
}
