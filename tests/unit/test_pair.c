#include <criterion/criterion.h>

#include "pair.h"

static void add_one(void *arg) {
    int *n = arg;
    for (int i = 0; i < 1000000; i++)
        (*n)++;
}

Test(pair, runs_both_jobs_and_waits_for_them) {
    cf_pair *p = cf_pair_new();
    cr_assert_not_null(p);
    for (int round = 0; round < 50; round++) {
        int a = 0, b = 0;
        cf_pair_run(p, add_one, &a, &b);
        cr_assert_eq(a, 1000000);
        cr_assert_eq(b, 1000000, "the worker's job is done when run returns");
    }
    cf_pair_free(p);
}
