/* cppcheck-criterion.h - what cppcheck sees of Criterion: tests/lint.sh passes it with --include,
 * as cppcheck reads no system headers and would stop at a suite's first Test(). A failed assertion
 * ends the path, as Criterion's does, so cppcheck knows what a test has checked, and its message
 * arguments are used. Never compiled. */
#ifndef CF_CPPCHECK_CRITERION_H
#define CF_CPPCHECK_CRITERION_H

#include <stdlib.h>
#include <string.h>

void cf_cppcheck_message(int unused, ...);

#define Test(suite, name, ...)                                                                     \
    void suite##_##name(void);                                                                     \
    void suite##_##name(void)
#define TestSuite(suite, ...) extern int suite##_suite

#define cr_assert(cond, ...)        ((cond) ? (void)0 : (cf_cppcheck_message(0, ##__VA_ARGS__), abort()))
#define cr_assert_not(cond, ...)    cr_assert(!(cond), ##__VA_ARGS__)
#define cr_assert_eq(a, b, ...)     cr_assert((a) == (b), ##__VA_ARGS__)
#define cr_assert_neq(a, b, ...)    cr_assert((a) != (b), ##__VA_ARGS__)
#define cr_assert_lt(a, b, ...)     cr_assert((a) < (b), ##__VA_ARGS__)
#define cr_assert_leq(a, b, ...)    cr_assert((a) <= (b), ##__VA_ARGS__)
#define cr_assert_gt(a, b, ...)     cr_assert((a) > (b), ##__VA_ARGS__)
#define cr_assert_geq(a, b, ...)    cr_assert((a) >= (b), ##__VA_ARGS__)
#define cr_assert_null(p, ...)      cr_assert((p) == NULL, ##__VA_ARGS__)
#define cr_assert_not_null(p, ...)  cr_assert((p) != NULL, ##__VA_ARGS__)
#define cr_assert_str_eq(a, b, ...) cr_assert(strcmp((a), (b)) == 0, ##__VA_ARGS__)
#define cr_expect(cond, ...)        ((cond) ? (void)0 : cf_cppcheck_message(0, ##__VA_ARGS__))
#define cr_expect_eq(a, b, ...)     cr_expect((a) == (b), ##__VA_ARGS__)
#define cr_expect_neq(a, b, ...)    cr_expect((a) != (b), ##__VA_ARGS__)

#endif
