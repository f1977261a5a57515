#include "scan.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Blocks smaller than this are scanned on one thread: a follower's lines arrive a few at a time,
 * and waking a thread would cost more than it saves. */
#define PARALLEL_MIN (64 * 1024)

enum job { IDLE, POSTED, DONE, QUIT };

struct cf_scanner {
    cf_extractor *x[2];
    int threads;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    enum job job;
    cf_scan_part *part; /* the worker's part while a job is posted */
};

unsigned long long cf_count_lines(const char *s, size_t n) {
    /* Eight bytes at a time: a byte of x ^ "\n\n\n..." is zero where s has a newline; the exact
     * zero-byte test sets the high bit of just those bytes, and a multiplication adds the bits
     * up in the top byte (at most 8, so no carry spills). */
    const uint64_t ones = 0x0101010101010101u, low7 = 0x7F7F7F7F7F7F7F7Fu;
    unsigned long long lines = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        x ^= ones * '\n';
        uint64_t zero = ~(((x & low7) + low7) | x | low7);
        lines += ((zero >> 7) * ones) >> 56;
    }
    for (; i < n; i++)
        lines += s[i] == '\n';
    return lines + (n > 0 && s[n - 1] != '\n');
}

static void scan_part(cf_extractor *x, cf_scan_part *p) {
    p->hits = cf_extract(x, p->s, p->n, &p->nhits);
    p->lines = cf_count_lines(p->s, p->n);
}

static void *worker(void *arg) {
    cf_scanner *sc = arg;
    pthread_mutex_lock(&sc->mu);
    for (;;) {
        while (sc->job != POSTED && sc->job != QUIT)
            pthread_cond_wait(&sc->cv, &sc->mu);
        if (sc->job == QUIT)
            break;
        pthread_mutex_unlock(&sc->mu);
        scan_part(sc->x[1], sc->part);
        pthread_mutex_lock(&sc->mu);
        sc->job = DONE;
        pthread_cond_broadcast(&sc->cv);
    }
    pthread_mutex_unlock(&sc->mu);
    return NULL;
}

/* Starts the worker with every signal blocked, so that handlers run in the main thread and
 * interrupt its reads. */
static int start_worker(cf_scanner *sc) {
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int rc = pthread_create(&sc->thread, NULL, worker, sc);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return rc;
}

cf_scanner *cf_scanner_new(const cf_patterns *patterns, const cf_catalogue *catalogue,
                           int threads) {
    cf_scanner *sc = calloc(1, sizeof *sc);
    if (sc == NULL)
        return NULL;
    pthread_mutex_init(&sc->mu, NULL);
    pthread_cond_init(&sc->cv, NULL);
    sc->threads = threads > 1 && sysconf(_SC_NPROCESSORS_ONLN) > 1 ? 2 : 1;
    for (int i = 0; i < sc->threads; i++) {
        sc->x[i] = cf_extractor_new(patterns, catalogue);
        if (sc->x[i] == NULL) {
            sc->threads = 1; /* so that free stops no thread */
            cf_scanner_free(sc);
            return NULL;
        }
    }
    if (sc->threads == 2 && start_worker(sc) != 0)
        sc->threads = 1;
    return sc;
}

void cf_scanner_free(cf_scanner *sc) {
    if (sc == NULL)
        return;
    if (sc->threads == 2) {
        pthread_mutex_lock(&sc->mu);
        sc->job = QUIT;
        pthread_cond_broadcast(&sc->cv);
        pthread_mutex_unlock(&sc->mu);
        pthread_join(sc->thread, NULL);
    }
    pthread_mutex_destroy(&sc->mu);
    pthread_cond_destroy(&sc->cv);
    cf_extractor_free(sc->x[0]);
    cf_extractor_free(sc->x[1]);
    free(sc);
}

size_t cf_scanner_scan(cf_scanner *sc, const char *s, size_t n, cf_scan_part parts[2]) {
    if (n == 0)
        return 0;
    const char *mid =
        sc->threads == 2 && n >= PARALLEL_MIN ? memchr(s + n / 2, '\n', n - n / 2) : NULL;
    size_t split = mid != NULL ? (size_t)(mid - s) + 1 : n;
    parts[0] = (cf_scan_part){.s = s, .n = split};
    if (split == n) {
        scan_part(sc->x[0], &parts[0]);
        return 1;
    }
    parts[1] = (cf_scan_part){.s = s + split, .n = n - split};
    pthread_mutex_lock(&sc->mu);
    sc->part = &parts[1];
    sc->job = POSTED;
    pthread_cond_broadcast(&sc->cv);
    pthread_mutex_unlock(&sc->mu);
    scan_part(sc->x[0], &parts[0]);
    pthread_mutex_lock(&sc->mu);
    while (sc->job != DONE)
        pthread_cond_wait(&sc->cv, &sc->mu);
    sc->job = IDLE;
    pthread_mutex_unlock(&sc->mu);
    return 2;
}

unsigned long cf_scanner_limit_hits(const cf_scanner *sc) {
    unsigned long n = 0;
    for (int i = 0; i < sc->threads; i++)
        n += cf_extractor_limit_hits(sc->x[i]);
    return n;
}
