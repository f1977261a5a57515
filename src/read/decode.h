/* decode.h - compressed input: gzip and zstd, known by their first bytes, decoded by a thread of
 * their own into a pipe that the reader then reads as it would a plain input. */
#ifndef CF_DECODE_H
#define CF_DECODE_H

#include <stddef.h>

#include "error.h"
#include "reader.h"

typedef enum cf_format {
    CF_FORMAT_PLAIN,
    CF_FORMAT_GZIP,
    CF_FORMAT_ZSTD,
    CF_FORMAT_UNSURE /* the bytes so far begin a magic number: more are needed to tell */
} cf_format;

/* Tells the format of an input from its first n bytes; at_end: no more bytes follow. A gzip
 * member starts 1f 8b 08 (deflate), a zstd frame 28 b5 2f fd. */
cf_format cf_format_of(const void *bytes, size_t n, int at_end);

/* The format's name, for messages: "gzip", "zstd". */
const char *cf_format_name(cf_format f);

typedef struct cf_decoder cf_decoder;

/* After cf_reader_next returned CF_READ_COMPRESSED for fd: starts a thread that decodes fd (what r
 * already read of it first) into a pipe, and makes r read that pipe. Every member of a gzip file
 * and every frame of a zstd file is decoded in turn: gzip with ISA-L's igzip when built with it
 * (CF_HAVE_ISAL), unless the environment's CODEFILTER_GZIP is "zlib", else with zlib; the two
 * give the same text and messages of the same form. Returns NULL with a message in err when the
 * pipe, the thread or memory could not be had. The thread is started by cf_thread_start (pool.h),
 * so that handlers run on the caller's thread. */
cf_decoder *cf_decoder_start(cf_reader *r, int fd, cf_error *err);

/* Stops the thread (it may be waiting to read or to write), closes the pipe and frees d; accepts
 * NULL. Returns 0 when the input was decoded to its end, or -1 with a message naming the
 * compressed byte offset in err when it is corrupt or truncated ("gzip data corrupt at byte 1234:
 * invalid block type"). When the reader stopped early, before the pipe's end, returns 0. */
int cf_decoder_finish(cf_decoder *d, cf_error *err);

#endif
