/* utf8.h - UTF-8 validity, byte by byte. */
#ifndef CF_UTF8_H
#define CF_UTF8_H

#include <stddef.h>

/* Returns the length (1 to 4) of the valid UTF-8 character at s, which has n > 0 bytes, or 0 when
 * the bytes there are not one (overlong forms, surrogates and values past U+10FFFF included). */
size_t cf_utf8_char(const unsigned char *s, size_t n);

#endif
