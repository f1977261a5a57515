/* latency.c - how long a line takes to cross a filter: writes lines one at a time into its stdin
 * (a pipe), and times each until it can be read from its stdout (another pipe).
 *   bench-latency LINES GAP_US COMMAND [ARG]...
 * Prints the median, 99th percentile and maximum, in microseconds. */
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Reads from fd until a newline arrives; returns 0, or -1 on end of file or timeout (1 s). */
static int read_line(int fd) {
    char buf[4096];
    for (;;) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 1000) <= 0)
            return -1;
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0)
            return -1;
        if (memchr(buf, '\n', (size_t)n) != NULL)
            return 0;
    }
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: bench-latency LINES GAP_US COMMAND [ARG]...\n");
        return 2;
    }
    /* NOLINTNEXTLINE(cert-err34-c): the numbers bench/run.sh passes */
    int lines = atoi(argv[1]), gap = atoi(argv[2]);
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0)
        return 2;
    if (signal(SIGPIPE, SIG_IGN) == SIG_ERR)
        return 2;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[1]);
        close(out[0]);
        execvp(argv[3], argv + 3);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    double *lat = malloc(sizeof *lat * (size_t)lines);
    int got = 0;
    for (int i = 0; i < lines; i++) {
        char line[128];
        int len = snprintf(line, sizeof line,
                           "2025-09-02 10:15:32.123 ERROR line %d uri=/v1/payouts code=%s\n", i,
                           i % 3 ? "040011" : "500000");
        double t0 = now_us();
        if (write(in[1], line, (size_t)len) != len || read_line(out[0]) != 0)
            break;
        lat[got++] = now_us() - t0;
        struct timespec nap = {gap / 1000000, gap % 1000000 * 1000L};
        nanosleep(&nap, NULL);
    }
    close(in[1]);
    waitpid(pid, NULL, 0);
    if (got < lines) {
        printf("lost: only %d of %d lines came out within 1 s each\n", got, lines);
        free(lat);
        return 1;
    }
    qsort(lat, (size_t)got, sizeof *lat, by_value);
    printf("median %.0f us, p99 %.0f us, max %.0f us over %d lines\n", lat[got / 2],
           lat[(size_t)(got * 0.99)], lat[got - 1], got);
    free(lat);
    return 0;
}
