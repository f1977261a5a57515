#include "pair.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "pool.h"

enum job { IDLE, POSTED, DONE, QUIT };

struct cf_pair {
    int parallel;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    enum job job;
    cf_pair_fn fn;
    void *arg;
};

static void *worker(void *ctx) {
    cf_pair *p = ctx;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->job != POSTED && p->job != QUIT)
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->job == QUIT)
            break;
        pthread_mutex_unlock(&p->mu);
        p->fn(p->arg);
        pthread_mutex_lock(&p->mu);
        p->job = DONE;
        pthread_cond_broadcast(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

cf_pair *cf_pair_new(void) {
    cf_pair *p = calloc(1, sizeof *p);
    if (p == NULL)
        return NULL;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    if (sysconf(_SC_NPROCESSORS_ONLN) > 1) {
        p->parallel = cf_thread_start(&p->thread, worker, p) == 0;
    }
    return p;
}

void cf_pair_free(cf_pair *p) {
    if (p == NULL)
        return;
    if (p->parallel) {
        pthread_mutex_lock(&p->mu);
        p->job = QUIT;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
        pthread_join(p->thread, NULL);
    }
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
    free(p);
}

int cf_pair_parallel(const cf_pair *p) {
    return p->parallel;
}

void cf_pair_run(cf_pair *p, cf_pair_fn fn, void *a, void *b) {
    if (!p->parallel) {
        fn(a);
        fn(b);
        return;
    }
    pthread_mutex_lock(&p->mu);
    p->fn = fn;
    p->arg = b;
    p->job = POSTED;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    fn(a);
    pthread_mutex_lock(&p->mu);
    while (p->job != DONE)
        pthread_cond_wait(&p->cv, &p->mu);
    p->job = IDLE;
    pthread_mutex_unlock(&p->mu);
}
