/* pool.h - threads that work on numbered tickets at once and commit them one at a time, in the
 * order of their numbers: the tickets of a file's chunks, worked on by every thread, written out
 * in the file's order. */
#ifndef CF_POOL_H
#define CF_POOL_H

#include <pthread.h>

typedef struct cf_pool cf_pool;

/* What work says of a ticket. */
typedef enum cf_pool_ticket {
    CF_POOL_GO,   /* worked on: commit it when its turn comes */
    CF_POOL_LAST, /* worked on, and the last: commit it, and no ticket after it */
    CF_POOL_END   /* past the end: nothing to commit, from this ticket on */
} cf_pool_ticket;

typedef struct cf_pool_job {
    /* Works on ticket t on thread w (0 is the caller of cf_pool_run). Called at once on several
     * threads, each with its own w. */
    cf_pool_ticket (*work)(void *ctx, int w, unsigned long t);
    /* Commits ticket t, which thread w worked on, on that thread: called in the order of t, one
     * at a time. Returns 0, or 1 to end the run after t. */
    int (*commit)(void *ctx, int w, unsigned long t);
    /* Forgets ticket t, worked on by thread w, which will not be committed because the run ended
     * before it. */
    void (*drop)(void *ctx, int w, unsigned long t);
    void *ctx;
} cf_pool_job;

/* Creates a pool of n threads in all, the caller's included: n - 1 are started, with every signal
 * blocked so that handlers run on the caller's, but those a thread raises itself (SIGPIPE, faults).
 * Returns NULL when n < 1 or a thread could not be started. */
cf_pool *cf_pool_new(int n);

/* Stops the threads and frees the pool; accepts NULL. */
void cf_pool_free(cf_pool *p);

/* The number of threads, the caller's included. */
int cf_pool_threads(const cf_pool *p);

/* Runs job on every thread for tickets 0, 1, 2, ... until a work or a commit ends it, and returns
 * when every thread is done with it: the number of tickets committed. A thread takes its next
 * ticket only once its last one is committed or dropped, so at most n are worked on at once. */
unsigned long cf_pool_run(cf_pool *p, const cf_pool_job *job);

/* For work on ticket t: waits until every ticket before t has called it (or the run has ended
 * before t), and sets *before to the sum of their values, adding v for t. Returns 0, or -1 when
 * the run ended before t (t will not be committed). Every ticket worked on must call it before
 * any later ticket's work can, so that sums run in order (line numbers). */
int cf_pool_chain(cf_pool *p, unsigned long t, unsigned long long v, unsigned long long *before);

/* Starts a thread running fn(arg) that receives none of the signals sent to the process (their
 * handlers run on the caller's thread) but keeps those it raises itself (SIGPIPE, faults). Returns
 * 0 or pthread_create's error. The pool's threads, the pair's and the decoder's start so. */
int cf_thread_start(pthread_t *t, void *(*fn)(void *), void *arg);

#endif
