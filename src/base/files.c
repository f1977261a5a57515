#include "files.h"

#include <stdlib.h>
#include <string.h>

int cf_files_take(cf_files *f, char *path) {
    char **items = path != NULL ? realloc(f->items, (f->count + 1) * sizeof *items) : NULL;
    if (items == NULL) {
        free(path);
        return -1;
    }
    items[f->count++] = path;
    f->items = items;
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
    f->count = 0;
}
