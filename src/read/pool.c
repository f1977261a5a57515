#include "pool.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* How many times a thread looks at a ticket counter before it sleeps: a few microseconds, about a
 * tenth of a chunk's work, so that a turn that is near is taken without a wake-up's cost. */
#define SPINS 4000

struct cf_pool {
    int n;
    pthread_t *threads;
    int started; /* threads started */
    pthread_mutex_t mu;
    pthread_cond_t cv; /* any change below, and a new run or quit */
    unsigned long gen; /* runs started */
    int quit;
    int active; /* started threads still in the current run */
    const cf_pool_job *job;
    atomic_ulong next;  /* the next ticket to take */
    atomic_ulong turn;  /* the next ticket to commit */
    atomic_ulong end;   /* no ticket from end on is committed */
    atomic_ulong chain; /* the next ticket to call cf_pool_chain */
    unsigned long long sum;
};

static void relax(void) {
#ifdef __SSE2__
    _mm_pause();
#endif
}

/* Wakes every thread waiting on a change. */
static void wake_all(cf_pool *p) {
    pthread_mutex_lock(&p->mu);
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

/* Waits until *counter reaches t (returns 1), or the run ends at or before t (returns 0): spins a
 * little first, then sleeps. */
static int wait_for(cf_pool *p, atomic_ulong *counter, unsigned long t) {
    /* The end is moved before the counter, so a counter read first and an end read after it
     * agree: a ticket whose turn comes after the run ended is not taken for a live one. */
    for (int i = 0; i < SPINS; i++) {
        int reached = atomic_load(counter) == t;
        if (t >= atomic_load(&p->end))
            return 0;
        if (reached)
            return 1;
        relax();
    }
    pthread_mutex_lock(&p->mu);
    while (atomic_load(counter) != t && t < atomic_load(&p->end))
        pthread_cond_wait(&p->cv, &p->mu);
    int ok = t < atomic_load(&p->end);
    pthread_mutex_unlock(&p->mu);
    return ok;
}

/* Ends the run at ticket e, unless it ends earlier already. */
static void end_at(cf_pool *p, unsigned long e) {
    unsigned long cur = atomic_load(&p->end);
    while (e < cur && !atomic_compare_exchange_weak(&p->end, &cur, e))
        ;
    wake_all(p);
}

/* Takes tickets, works on them and commits them, until the run ends. */
static void take_part(cf_pool *p, int w) {
    const cf_pool_job *job = p->job;
    for (;;) {
        unsigned long t = atomic_fetch_add(&p->next, 1);
        if (t >= atomic_load(&p->end))
            return;
        cf_pool_ticket k = job->work(job->ctx, w, t);
        if (k == CF_POOL_END) {
            end_at(p, t);
            return;
        }
        if (k == CF_POOL_LAST)
            end_at(p, t + 1);
        if (!wait_for(p, &p->turn, t)) {
            job->drop(job->ctx, w, t);
            return;
        }
        int stop = job->commit(job->ctx, w, t) != 0 || k == CF_POOL_LAST;
        if (stop)
            end_at(p, t + 1);
        atomic_store(&p->turn, t + 1);
        wake_all(p);
        if (stop)
            return;
    }
}

typedef struct start {
    cf_pool *p;
    int w;
} start;

static void *thread_main(void *arg) {
    start *s = arg;
    cf_pool *p = s->p;
    int w = s->w;
    free(s);
    unsigned long seen = 0;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->gen == seen && !p->quit)
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->quit)
            break;
        seen = p->gen;
        pthread_mutex_unlock(&p->mu);
        take_part(p, w);
        pthread_mutex_lock(&p->mu);
        p->active--;
        pthread_cond_broadcast(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

int cf_thread_start(pthread_t *t, void *(*fn)(void *), void *arg) {
    /* The thread inherits a mask of every signal sent to the process, so that its handlers run on
     * the caller's thread. The signals a thread raises itself are left to it: a write into a pipe
     * whose reader is gone ends the program by SIGPIPE whichever thread writes, as with one, and a
     * fault is not held back. */
    sigset_t all, old;
    sigfillset(&all);
    static const int own[] = {SIGPIPE, SIGSEGV, SIGBUS, SIGFPE, SIGILL};
    for (size_t i = 0; i < sizeof own / sizeof *own; i++)
        sigdelset(&all, own[i]);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int e = pthread_create(t, NULL, fn, arg);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return e;
}

cf_pool *cf_pool_new(int n) {
    if (n < 1)
        return NULL;
    cf_pool *p = calloc(1, sizeof *p);
    if (p == NULL)
        return NULL;
    p->n = n;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    p->threads = calloc((size_t)n, sizeof *p->threads);
    if (p->threads == NULL) {
        cf_pool_free(p);
        return NULL;
    }
    for (int w = 1; w < n; w++) {
        start *s = malloc(sizeof *s);
        if (s == NULL)
            break;
        *s = (start){p, w};
        if (cf_thread_start(&p->threads[w], thread_main, s) != 0) {
            free(s);
            break;
        }
        p->started++;
    }
    if (p->started != n - 1) {
        cf_pool_free(p);
        return NULL;
    }
    return p;
}

void cf_pool_free(cf_pool *p) {
    if (p == NULL)
        return;
    pthread_mutex_lock(&p->mu);
    p->quit = 1;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    for (int w = 1; w <= p->started; w++)
        pthread_join(p->threads[w], NULL);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
    free(p->threads);
    free(p);
}

int cf_pool_threads(const cf_pool *p) {
    return p->n;
}

unsigned long cf_pool_run(cf_pool *p, const cf_pool_job *job) {
    pthread_mutex_lock(&p->mu);
    p->job = job;
    atomic_store(&p->next, 0);
    atomic_store(&p->turn, 0);
    atomic_store(&p->end, ULONG_MAX);
    atomic_store(&p->chain, 0);
    p->sum = 0;
    p->active = p->started;
    p->gen++;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    take_part(p, 0);
    pthread_mutex_lock(&p->mu);
    while (p->active > 0)
        pthread_cond_wait(&p->cv, &p->mu);
    pthread_mutex_unlock(&p->mu);
    return atomic_load(&p->turn);
}

int cf_pool_chain(cf_pool *p, unsigned long t, unsigned long long v, unsigned long long *before) {
    if (!wait_for(p, &p->chain, t))
        return -1;
    *before = p->sum; /* only ticket t's thread touches sum now */
    p->sum += v;
    atomic_store(&p->chain, t + 1);
    wake_all(p);
    return 0;
}
