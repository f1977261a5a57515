#include <criterion/criterion.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "pool.h"

/* A job over tickets 0..last: work notes each ticket's thread and sums its number into a chain;
 * commit records the order of commits. Some work is made slow at random, so that tickets finish
 * out of order. */
#define MAX 4096

typedef struct job_state {
    cf_pool *pool;
    unsigned long last; /* work says LAST here (or END, when end_instead) */
    int end_instead;
    unsigned long stop_at; /* commit asks to stop here (ULONG_MAX: never) */
    int chained;
    unsigned long committed[MAX];
    unsigned long ncommitted;
    unsigned long long prefix[MAX]; /* what the chain gave each ticket */
    atomic_int worked[MAX];
    atomic_int dropped;
    atomic_int busy[64]; /* per thread: a ticket worked on and not yet committed or dropped */
} job_state;

static void nap(unsigned long t) {
    if (t % 7 == 3) { /* up to 200 us, scattered by a hash of t (rand is shared by the threads) */
        struct timespec ts = {0, (long)(t * 2654435761u % 200) * 1000};
        nanosleep(&ts, NULL);
    }
}

static cf_pool_ticket work(void *ctx, int w, unsigned long t) {
    job_state *j = ctx;
    if (j->end_instead && t >= j->last)
        return CF_POOL_END;
    cr_assert_eq(atomic_fetch_add(&j->busy[w], 1), 0, "thread %d took a ticket before committing",
                 w);
    atomic_fetch_add(&j->worked[t], 1);
    nap(t);
    if (j->chained) {
        unsigned long long before;
        if (cf_pool_chain(j->pool, t, t + 1, &before) != 0) {
            atomic_fetch_sub(&j->busy[w], 1);
            return CF_POOL_END;
        }
        j->prefix[t] = before;
    }
    return t == j->last ? CF_POOL_LAST : CF_POOL_GO;
}

static int commit(void *ctx, int w, unsigned long t) {
    job_state *j = ctx;
    atomic_fetch_sub(&j->busy[w], 1);
    j->committed[j->ncommitted++] = t;
    return t == j->stop_at;
}

static void drop(void *ctx, int w, unsigned long t) {
    job_state *j = ctx;
    (void)t;
    atomic_fetch_sub(&j->busy[w], 1);
    atomic_fetch_add(&j->dropped, 1);
}

static job_state *run(int threads, unsigned long last, int end_instead, unsigned long stop_at,
                      int chained, unsigned long *n) {
    job_state *j = calloc(1, sizeof *j);
    j->pool = cf_pool_new(threads);
    cr_assert_not_null(j->pool);
    j->last = last;
    j->end_instead = end_instead;
    j->stop_at = stop_at;
    j->chained = chained;
    cf_pool_job job = {work, commit, drop, j};
    *n = cf_pool_run(j->pool, &job);
    cf_pool_free(j->pool);
    return j;
}

static void check_order(const job_state *j, unsigned long n) {
    cr_assert_eq(j->ncommitted, n);
    for (unsigned long i = 0; i < n; i++)
        cr_assert_eq(j->committed[i], i, "commit %lu was ticket %lu", i, j->committed[i]);
}

Test(pool, commits_every_ticket_in_order_up_to_the_last) {
    for (int threads = 1; threads <= 8; threads++) {
        unsigned long n;
        job_state *j = run(threads, 500, 0, ULONG_MAX, 0, &n);
        cr_assert_eq(n, 501, "%d threads committed %lu", threads, n);
        check_order(j, n);
        for (unsigned long t = 0; t <= 500; t++)
            cr_assert_eq(atomic_load(&j->worked[t]), 1);
        free(j);
    }
}

Test(pool, an_end_ticket_is_not_committed_and_later_ones_are_dropped) {
    for (int threads = 1; threads <= 8; threads++) {
        unsigned long n;
        job_state *j = run(threads, 300, 1, ULONG_MAX, 0, &n);
        cr_assert_eq(n, 300);
        check_order(j, n);
        free(j);
    }
}

Test(pool, a_commit_can_end_the_run) {
    for (int threads = 1; threads <= 8; threads++) {
        unsigned long n;
        job_state *j = run(threads, 1000, 0, 123, 0, &n);
        cr_assert_eq(n, 124);
        check_order(j, n);
        for (int w = 0; w < threads; w++)
            cr_assert_eq(atomic_load(&j->busy[w]), 0, "thread %d left a ticket", w);
        free(j);
    }
}

Test(pool, the_chain_sums_in_ticket_order) {
    for (int threads = 1; threads <= 8; threads++) {
        unsigned long n;
        job_state *j = run(threads, 400, 0, ULONG_MAX, 1, &n);
        cr_assert_eq(n, 401);
        check_order(j, n);
        for (unsigned long t = 0; t <= 400; t++) /* 1 + 2 + ... + t */
            cr_assert_eq(j->prefix[t], (unsigned long long)t * (t + 1) / 2, "ticket %lu", t);
        free(j);
    }
}

Test(pool, the_chain_gives_way_when_the_run_ends_before_a_ticket) {
    for (int threads = 2; threads <= 8; threads++) {
        unsigned long n;
        job_state *j = run(threads, 1000, 0, 50, 1, &n);
        cr_assert_eq(n, 51);
        check_order(j, n);
        free(j);
    }
}

Test(pool, runs_again_with_the_same_threads) {
    cf_pool *p = cf_pool_new(4);
    cr_assert_eq(cf_pool_threads(p), 4);
    for (int round = 0; round < 20; round++) {
        job_state *j = calloc(1, sizeof *j);
        j->pool = p;
        j->last = (unsigned long)round * 10;
        j->stop_at = ULONG_MAX;
        cf_pool_job job = {work, commit, drop, j};
        unsigned long n = cf_pool_run(p, &job);
        cr_assert_eq(n, j->last + 1);
        check_order(j, n);
        free(j);
    }
    cf_pool_free(p);
    cr_assert_null(cf_pool_new(0));
}
