/* input.h - the inputs named on the command line: a FILE, or '-' for standard input. This is the
 * program's, not the core library's: whether standard input was closed at start is a global here,
 * and an interrupted open stops when a signal asks to (signals.h). */
#ifndef CF_INPUT_H
#define CF_INPUT_H

#include "out.h"

/* Opens /dev/null on whichever of descriptors 0, 1 and 2 is closed, so that no file opened later
 * takes their place, and remembers whether standard input was closed. Call it first. */
void cf_input_guard_std_fds(void);

typedef struct cf_input {
    const char *name; /* for messages: the path, or "(standard input)" for "-" (borrowed) */
    int fd;           /* -1 when it could not be opened */
    int is_stdin;
} cf_input;

/* Opens path for reading, or takes standard input for "-". Opening a FIFO waits for a writer:
 * flush, when not NULL, is flushed first for a path, and an open that a signal interrupts is tried
 * again unless a stop was asked for (cf_stop_signal). Returns in->fd: the descriptor, or -1 with
 * errno set (EBADF for "-" when standard input was closed at start). */
int cf_input_open(cf_input *in, const char *path, cf_out *flush);

/* Closes the input's descriptor, unless it is standard input or was not opened. */
void cf_input_close(cf_input *in);

#endif
