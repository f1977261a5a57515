#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int add(cf_files *out, char *path) {
    char **items = realloc(out->items, (out->count + 1) * sizeof *items);
    if (items == NULL) {
        free(path);
        return -1;
    }
    items[out->count++] = path;
    out->items = items;
    return 0;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The path of name inside dir ("" for the working directory named by no operand). */
static char *join(const char *dir, const char *name) {
    size_t d = strlen(dir), n = strlen(name);
    char *path = malloc(d + n + 2);
    if (path == NULL)
        return NULL;
    memcpy(path, dir, d);
    size_t at = d;
    if (d > 0 && dir[d - 1] != '/')
        path[at++] = '/';
    memcpy(path + at, name, n + 1);
    return path;
}

/* Adds the regular files under directory dir (opened as "." when dir is ""). */
static int walk_dir(const char *dir, cf_files *out) {
    DIR *d = opendir(*dir ? dir : ".");
    if (d == NULL) {
        fprintf(stderr, "codefilter: %s: %s\n", *dir ? dir : ".", strerror(errno));
        return 1;
    }
    char **names = NULL;
    size_t count = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (count == cap) {
            char **more = realloc(names, (cap = cap ? cap * 2 : 16) * sizeof *names);
            if (more == NULL) {
                rc = -1;
                break;
            }
            names = more;
        }
        if ((names[count] = strdup(e->d_name)) == NULL) {
            rc = -1;
            break;
        }
        count++;
    }
    closedir(d);
    qsort(names, count, sizeof *names, by_name);
    for (size_t i = 0; i < count; i++) {
        char *path = rc >= 0 ? join(dir, names[i]) : NULL;
        struct stat st;
        if (path == NULL)
            rc = -1;
        else if (lstat(path, &st) != 0) {
            fprintf(stderr, "codefilter: %s: %s\n", path, strerror(errno));
            rc = rc < 0 ? rc : 1;
            free(path);
        } else if (S_ISDIR(st.st_mode)) {
            int sub = walk_dir(path, out);
            rc = rc < 0 || sub < 0 ? -1 : rc | sub;
            free(path);
        } else if (S_ISREG(st.st_mode)) {
            if (add(out, path) != 0)
                rc = -1;
        } else {
            free(path); /* a link, a FIFO, a device: not followed or read, as grep -r */
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

int cf_walk(const char *const *operands, size_t n, cf_files *out) {
    if (n == 0)
        return walk_dir("", out);
    int rc = 0;
    for (size_t i = 0; i < n && rc >= 0; i++) {
        struct stat st;
        if (strcmp(operands[i], "-") != 0 && stat(operands[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            int sub = walk_dir(operands[i], out);
            rc = sub < 0 ? -1 : rc | sub;
            continue;
        }
        char *copy = strdup(operands[i]); /* a file, "-", or what will fail to open, as given */
        if (copy == NULL || add(out, copy) != 0)
            rc = -1;
    }
    return rc;
}
