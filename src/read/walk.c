#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

/* A directory being walked: its entries' names, sorted, and the next one to look at. */
typedef struct level {
    char *path; /* "" for the working directory named by no operand */
    cf_files names;
    size_t next;
} level;

/* Reads and sorts the names in directory path. Returns 0, 1 when it cannot be read (reported), or
 * -1 when out of memory. */
static int read_level(level *lv) {
    DIR *d = opendir(*lv->path ? lv->path : ".");
    if (d == NULL) {
        fprintf(stderr, "codefilter: %s: %s\n", *lv->path ? lv->path : ".", strerror(errno));
        return 1;
    }
    int rc = 0;
    const struct dirent *e;
    /* cppcheck-suppress readdirCalled ; one thread walks, and readdir_r is deprecated */
    while (rc == 0 && (e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            rc = cf_files_add(&lv->names, e->d_name, strlen(e->d_name));
    closedir(d);
    if (lv->names.count > 0)
        qsort(lv->names.items, lv->names.count, sizeof *lv->names.items, by_name);
    return rc;
}

static void free_level(level *lv) {
    cf_files_free(&lv->names);
    free(lv->path);
}

/* Looks at path (NULL when out of memory), an entry of a directory being walked: a regular file
 * is added to out, a directory is set in *dir to be entered next, and anything else is left out.
 * Returns 0, 1 when it could not be looked at (reported), or -1 when out of memory. */
static int visit(char *path, cf_files *out, char **dir) {
    struct stat st;
    if (path == NULL)
        return -1;
    if (lstat(path, &st) != 0) {
        fprintf(stderr, "codefilter: %s: %s\n", path, strerror(errno));
        free(path);
        return 1;
    }
    if (S_ISDIR(st.st_mode)) {
        *dir = path;
        return 0;
    }
    if (S_ISREG(st.st_mode))
        return cf_files_take(out, path);
    free(path); /* a link, a FIFO, a device: not followed or read, as grep -r */
    return 0;
}

/* Adds the regular files under directory dir, depth first, each directory's entries in order:
 * a stack of levels rather than recursion, so that no depth of directories can exhaust the
 * call stack. */
static int walk_dir(const char *dir, cf_files *out) {
    level *stack = NULL;
    size_t depth = 0, cap = 0;
    char *top = strdup(dir);
    int rc = 0;
    if (top == NULL)
        return -1;
    while (rc >= 0 && (top != NULL || depth > 0)) {
        if (top != NULL) { /* a directory to enter */
            if (depth == cap) {
                level *more = realloc(stack, (cap = cap ? cap * 2 : 8) * sizeof *more);
                if (more == NULL) {
                    free(top);
                    rc = -1;
                    break;
                }
                stack = more;
            }
            stack[depth] = (level){.path = top};
            int got = read_level(&stack[depth++]);
            rc = got < 0 ? -1 : rc | got;
            top = NULL;
            continue;
        }
        level *lv = &stack[depth - 1];
        if (lv->next == lv->names.count) {
            free_level(lv);
            depth--;
            continue;
        }
        int got = visit(join(lv->path, lv->names.items[lv->next++]), out, &top);
        rc = got < 0 ? -1 : rc | got;
    }
    while (depth > 0)
        free_level(&stack[--depth]);
    free(stack);
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
        /* a file, "-", or what will fail to open, as given */
        if (cf_files_add(out, operands[i], strlen(operands[i])) != 0)
            rc = -1;
    }
    return rc;
}
