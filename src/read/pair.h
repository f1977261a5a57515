/* pair.h - runs two jobs at once: one on the calling thread, one on a worker thread. */
#ifndef CF_PAIR_H
#define CF_PAIR_H

typedef struct cf_pair cf_pair;

typedef void (*cf_pair_fn)(void *arg);

/* Creates a pair, with a worker thread when the machine has a second core (the worker blocks every
 * signal, so handlers run on the calling thread). Returns NULL when out of memory. */
cf_pair *cf_pair_new(void);

/* Stops the worker and frees the pair; accepts NULL. */
void cf_pair_free(cf_pair *p);

/* Whether the pair has a worker; without one, cf_pair_run runs both jobs in turn. */
int cf_pair_parallel(const cf_pair *p);

/* Runs fn(a) on the calling thread and fn(b) on the worker, and returns when both are done. */
void cf_pair_run(cf_pair *p, cf_pair_fn fn, void *a, void *b);

#endif
