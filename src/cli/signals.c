#include "signals.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

volatile sig_atomic_t cf_stop_signal;
volatile sig_atomic_t cf_attention;
volatile sig_atomic_t cf_report_request;
volatile sig_atomic_t cf_tick_request;
volatile sig_atomic_t cf_reload_request;

static int wake_pipe[2] = {-1, -1};

static void wake(void) {
    int saved = errno;
    if (wake_pipe[1] >= 0 && write(wake_pipe[1], "", 1) < 0) {
        /* full: a wake-up is pending anyway */
    }
    errno = saved;
}

/* cf_stop_signal and cf_attention are stored atomically: the threads that read a file look at them
 * too (run.c), not only the thread the handler interrupts. */
static void on_signal(int sig) {
    if (sig == SIGINT || sig == SIGTERM)
        __atomic_store_n(&cf_stop_signal, sig, __ATOMIC_RELAXED);
    else if (sig == SIGUSR1)
        cf_report_request = 1;
    else if (sig == SIGALRM)
        cf_tick_request = 1;
    else if (sig == SIGHUP)
        cf_reload_request = 1;
    if (sig != SIGINT && sig != SIGTERM)
        __atomic_store_n(&cf_attention, 1, __ATOMIC_RELAXED);
    wake();
}

int cf_signals_install(void) {
    static const int signals[] = {SIGINT, SIGTERM, SIGUSR1, SIGALRM, SIGHUP};
    if (pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0)
        wake_pipe[0] = wake_pipe[1] = -1; /* then a signal ends a wait through EINTR only */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_signal;
    for (size_t i = 0; i < sizeof signals / sizeof *signals; i++)
        sigaction(signals[i], &sa, NULL);
    return wake_pipe[0];
}

int cf_signals_every(int64_t ms) {
    struct itimerval t;
    t.it_interval.tv_sec = (time_t)(ms / 1000);
    t.it_interval.tv_usec = (suseconds_t)(ms % 1000 * 1000);
    t.it_value = t.it_interval;
    return setitimer(ITIMER_REAL, &t, NULL);
}
