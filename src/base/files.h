/* files.h - a list of file names that the list owns: the catalogues and patterns the config
 * names, and the files -r finds. */
#ifndef CF_FILES_H
#define CF_FILES_H

#include <stddef.h>

typedef struct cf_files {
    char **items;
    size_t count;
    size_t cap; /* the room in items: it doubles when full (-r may find many thousand) */
} cf_files;

/* Appends path, which the list then owns (it frees it when out of memory). Returns 0 or -1. */
int cf_files_take(cf_files *f, char *path);

/* Appends a copy of s[0..n). Returns 0, or -1 when out of memory. */
int cf_files_add(cf_files *f, const char *s, size_t n);

/* Frees the names and the list, and empties it. */
void cf_files_free(cf_files *f);

#endif
