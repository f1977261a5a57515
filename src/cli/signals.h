/* signals.h - what signals ask of codefilter, as flags the run reads between blocks. This is the
 * program's, not the core library's: handlers are process-wide, so the flags are globals here. */
#ifndef CF_SIGNALS_H
#define CF_SIGNALS_H

#include <signal.h>
#include <stdint.h>

extern volatile sig_atomic_t cf_stop_signal;    /* SIGINT or SIGTERM: its number */
extern volatile sig_atomic_t cf_attention;      /* one of the three below is set */
extern volatile sig_atomic_t cf_report_request; /* SIGUSR1: the summary so far, to stderr */
extern volatile sig_atomic_t cf_tick_request;   /* SIGALRM of --summary-interval */
extern volatile sig_atomic_t cf_reload_request; /* SIGHUP: reload catalogue and patterns */

/* Installs the handlers (without SA_RESTART, so that a blocked read returns) and a self-pipe they
 * write to. Returns the pipe's read end, for the reader to wait on, or -1 without one. */
int cf_signals_install(void);

/* Raises SIGALRM every ms milliseconds. Returns 0, or -1 when the timer cannot be set. */
int cf_signals_every(int64_t ms);

#endif
