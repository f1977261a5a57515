#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BUILTIN_CATALOGUE "catalogue/codes.json (built in)"
#define BUILTIN_PATTERNS  "patterns/default.pcre (built in)"

/* Configuration files larger than this are refused rather than read into memory. */
#define MAX_CONFIG_FILE (64u * 1024 * 1024)

static int read_fd(int fd, const char *path, char **text, size_t *len, cf_error *err) {
    size_t cap = 64 * 1024, n = 0;
    char *buf = malloc(cap + 1);
    while (buf != NULL) {
        if (n == cap) {
            char *bigger = cap < MAX_CONFIG_FILE ? realloc(buf, cap * 2 + 1) : NULL;
            if (bigger == NULL) {
                free(buf);
                return cf_error_set(err, "%s: file too large (more than %u MiB)", path,
                                    MAX_CONFIG_FILE >> 20);
            }
            buf = bigger;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            return cf_error_set(err, "%s: %s", path, strerror(e));
        }
        if (r == 0) {
            buf[n] = '\0';
            *text = buf;
            *len = n;
            return 0;
        }
        n += (size_t)r;
    }
    return cf_error_set(err, "%s: out of memory", path);
}

int cf_read_file(const char *path, char **text, size_t *len, cf_error *err) {
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return cf_error_set(err, "%s: %s", path, strerror(errno));
    int rc = read_fd(fd, path, text, len, err);
    close(fd);
    return rc;
}

cf_catalogue *cf_config_catalogue(const char *const *files, size_t nfiles, cf_error *err) {
    cf_catalogue *cat = cf_catalogue_new();
    if (cat == NULL) {
        cf_error_set(err, "out of memory");
        return NULL;
    }
    if (cf_catalogue_load(cat, cf_embedded_catalogue, cf_embedded_catalogue_len, BUILTIN_CATALOGUE,
                          err) != 0)
        goto fail;
    for (size_t i = 0; i < nfiles; i++) {
        char *text;
        size_t len;
        if (cf_read_file(files[i], &text, &len, err) != 0)
            goto fail;
        int rc = cf_catalogue_load(cat, text, len, files[i], err);
        free(text);
        if (rc != 0)
            goto fail;
    }
    return cat;
fail:
    cf_catalogue_free(cat);
    return NULL;
}

cf_patterns *cf_config_patterns(const char *const *files, size_t nfiles, cf_error *err) {
    cf_patterns *p = cf_patterns_new();
    if (p == NULL) {
        cf_error_set(err, "out of memory");
        return NULL;
    }
    if (nfiles == 0 && cf_patterns_load(p, cf_embedded_patterns, cf_embedded_patterns_len,
                                        BUILTIN_PATTERNS, err) != 0)
        goto fail;
    for (size_t i = 0; i < nfiles; i++) {
        char *text;
        size_t len;
        if (cf_read_file(files[i], &text, &len, err) != 0)
            goto fail;
        int rc = cf_patterns_load(p, text, len, files[i], err);
        free(text);
        if (rc != 0)
            goto fail;
    }
    return p;
fail:
    cf_patterns_free(p);
    return NULL;
}
