#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "signals.h"

static int stdin_closed; /* started with file descriptor 0 closed */

/* Reading a closed standard input is still reported, and so is writing to a closed standard
 * output: /dev/null is open there for reading only, so a write fails with EBADF, as it would have
 * (as grep reports). Without this, codefilter could read its own wake-up pipe as input. */
void cf_input_guard_std_fds(void) {
    stdin_closed = fcntl(STDIN_FILENO, F_GETFD) < 0;
    for (int fd = 0; fd < 3; fd++) {
        if (fcntl(fd, F_GETFD) >= 0)
            continue;
        int null = open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY);
        if (null >= 0 && null != fd) {
            dup2(null, fd);
            close(null);
        }
    }
}

int cf_input_open(cf_input *in, const char *path, cf_out *flush) {
    in->is_stdin = strcmp(path, "-") == 0;
    in->name = in->is_stdin ? "(standard input)" : path;
    in->fd = STDIN_FILENO;
    if (in->is_stdin && stdin_closed) {
        errno = EBADF;
        in->fd = -1;
    } else if (!in->is_stdin) {
        if (flush != NULL)
            cf_out_flush(flush); /* opening a FIFO may wait: what was read so far goes out first */
        do {
            in->fd = open(path, O_RDONLY);
        } while (in->fd < 0 && errno == EINTR && cf_stop_signal == 0);
    }
    return in->fd;
}

void cf_input_close(cf_input *in) {
    if (in->fd >= 0 && !in->is_stdin)
        close(in->fd);
    in->fd = -1;
}
