/* walk.h - -r: the files under directories, sorted by name, as grep -r finds them. */
#ifndef CF_WALK_H
#define CF_WALK_H

#include <stddef.h>

#include "files.h"

/* Appends to out each of the n operands that is not a directory, as it is, and for each that is,
 * the regular files under it, at any depth, sorted by name (strcmp) within each directory. As with
 * grep -r, a symbolic link named as an operand is followed, one met inside a directory is not, and
 * what is neither a regular file nor a directory inside one is left out. With no operand, reads
 * "." and names its files without a leading "./". A directory that cannot be read is reported on
 * standard error ("codefilter: DIR: Permission denied") and the walk goes on. Returns 0, 1 when a
 * directory could not be read, or -1 when out of memory. */
int cf_walk(const char *const *operands, size_t n, cf_files *out);

#endif
