/* json.h - just enough JSON to splice into a line without re-serialising it, and to point at the
 * line and column of a value that cJSON parsed. Nothing here allocates, but for nesting deeper
 * than 4096 levels. */
#ifndef CF_JSON_H
#define CF_JSON_H

#include <stddef.h>

/* Checks that s[*pos..n) starts (after white space) with one valid JSON value, and on success
 * moves *pos just past it and returns 0. Returns -1 on invalid JSON (or when memory for nesting
 * deeper than 4096 levels runs out). Any depth is valid. */
int cf_json_scan(const char *s, size_t n, size_t *pos);

/* Returns 1 when s[0..n) is exactly one JSON object with optional white space around it (and a
 * UTF-8 byte order mark before it), and then sets *close to the offset of its final '}' and
 * *empty to whether it has no members; else 0. */
int cf_json_object_line(const char *s, size_t n, size_t *close, int *empty);

/* Returns 1 when s[0..n) is exactly one JSON value other than an object (an array, a string, a
 * number, true, false or null), with optional white space around it; else 0. */
int cf_json_other_line(const char *s, size_t n);

/* One step of a path into a document: a member name, or (when key is NULL) an array index. */
typedef struct cf_json_step {
    const char *key;
    size_t index;
} cf_json_step;

/* Follows path through the document s[0..n) and sets *off to the offset where the value it names
 * starts. Returns 0, or -1 when the path does not exist or the text is not valid JSON. */
int cf_json_locate(const char *s, size_t n, const cf_json_step *path, size_t steps, size_t *off);

#endif
