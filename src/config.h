/* config.h - the catalogue and patterns in force: the built-in defaults, or files. */
#ifndef CF_CONFIG_H
#define CF_CONFIG_H

#include <stddef.h>

#include "catalogue.h"
#include "error.h"
#include "patterns.h"

/* The defaults compiled into the binary from catalogue/ and patterns/ (see embedded.c, which the
 * build generates). */
extern const char cf_embedded_catalogue[];
extern const size_t cf_embedded_catalogue_len;
extern const char cf_embedded_patterns[];
extern const size_t cf_embedded_patterns_len;

/* Reads the whole file at path into a new NUL-terminated buffer the caller frees. Returns 0, or -1
 * with err set to "PATH: reason". */
int cf_read_file(const char *path, char **text, size_t *len, cf_error *err);

/* Builds the catalogue: the built-in codes, then each file in order (a later one wins for the
 * same code). Returns the catalogue, or NULL with err set. */
cf_catalogue *cf_config_catalogue(const char *const *files, size_t nfiles, cf_error *err);

/* Builds the patterns: those of the files when any is given, else the built-in ones. Returns the
 * compiled set, or NULL with err set. */
cf_patterns *cf_config_patterns(const char *const *files, size_t nfiles, cf_error *err);

#endif
