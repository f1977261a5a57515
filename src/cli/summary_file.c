#include "summary_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Writes the summary to an open descriptor; returns 0 or an errno. */
static int summary_to_fd(const cf_summary *s, cf_report_format format, int fd) {
    cf_out *out = cf_out_new_fd(fd, 64 * 1024);
    if (out == NULL)
        return ENOMEM;
    cf_report_write(s, format, 0, out);
    int e = cf_out_flush(out) == 0 ? 0 : cf_out_errno(out);
    cf_out_free(out);
    return e;
}

/* Writes the summary over what target holds (not a regular file): returns 0 or an errno. */
static int write_in_place(const char *target, const cf_summary *s, cf_report_format format) {
    int fd = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC);
    int e = fd < 0 ? errno : summary_to_fd(s, format, fd);
    if (fd >= 0 && close(fd) != 0 && e == 0)
        e = errno;
    return e;
}

/* Writes the summary to a temporary file beside target, with the permissions of the file it
 * replaces (st, when exists), then renames it over target: returns 0 or an errno. */
static int replace_whole(const char *target, int exists, const struct stat *st, const cf_summary *s,
                         cf_report_format format) {
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", target, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, exists ? 0600 : 0666);
    if (fd < 0)
        return errno;
    int e = 0;
    if (exists && fchmod(fd, st->st_mode & 07777) != 0)
        e = errno;
    if (e == 0)
        e = summary_to_fd(s, format, fd);
    if (close(fd) != 0 && e == 0)
        e = errno;
    if (e == 0 && rename(tmp, target) != 0)
        e = errno;
    if (e != 0)
        unlink(tmp);
    return e;
}

int cf_summary_file_write(const char *path, const cf_summary *s, cf_report_format format) {
    struct stat st;
    char *real = realpath(path, NULL); /* a link's target; NULL when path does not exist yet */
    const char *target = real != NULL ? real : path;
    int exists = stat(target, &st) == 0;
    int e = exists && !S_ISREG(st.st_mode) ? write_in_place(target, s, format)
                                           : replace_whole(target, exists, &st, s, format);
    free(real);
    return e;
}

int cf_summary_file_check(const char *path, cf_error *err) {
    struct stat st;
    char *real = realpath(path, NULL), *dir = strdup(real != NULL ? real : path);
    int rc = 0;
    if (dir == NULL) {
        free(real);
        return cf_error_set(err, "out of memory");
    }
    if (real != NULL && stat(real, &st) == 0 && !S_ISREG(st.st_mode)) {
        rc = access(real, W_OK);
    } else {
        char *slash = strrchr(dir, '/');
        if (slash == dir)
            slash[1] = '\0';
        else if (slash != NULL)
            *slash = '\0';
        rc = access(slash != NULL ? dir : ".", W_OK | X_OK);
    }
    if (rc != 0)
        cf_error_set(err, "%s: cannot write the summary there: %s", path, strerror(errno));
    free(real);
    free(dir);
    return rc != 0 ? -1 : 0;
}
