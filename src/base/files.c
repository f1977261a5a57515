#include "files.h"

#include <stdlib.h>
#include <string.h>

int cf_files_take(cf_files *f, char *path) {
    if (path != NULL && f->count == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 16;
        char **items = realloc(f->items, cap * sizeof *items);
        if (items != NULL) {
            f->items = items;
            f->cap = cap;
        }
    }
    if (path == NULL || f->count == f->cap) {
        free(path);
        return -1;
    }
    f->items[f->count++] = path;
    return 0;
}

int cf_files_add(cf_files *f, const char *s, size_t n) {
    return cf_files_take(f, strndup(s, n));
}

void cf_files_free(cf_files *f) {
    for (size_t i = 0; i < f->count; i++)
        free(f->items[i]);
    free(f->items);
    f->items = NULL;
    f->count = f->cap = 0;
}
