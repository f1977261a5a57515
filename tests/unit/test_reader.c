#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reader.h"

/* Writes data to a temporary file and returns a descriptor open on it, at its start. */
static int temp_with(const char *data, size_t len) {
    char path[] = "/tmp/cf-reader-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    unlink(path);
    cr_assert_eq(write(fd, data, len), (ssize_t)len);
    lseek(fd, 0, SEEK_SET);
    return fd;
}

/* Reads all blocks of data with a buffer of bufsize, checks that each is whole lines and that
 * they rebuild the input exactly, and returns the number of lines. */
static size_t roundtrip(const char *data, size_t len, size_t bufsize) {
    int fd = temp_with(data, len);
    cf_reader *r = cf_reader_new(bufsize, NULL, NULL);
    cf_reader_reset(r, fd);
    char *joined = malloc(len + 1);
    size_t at = 0, lines = 0;
    const char *block;
    size_t n;
    cf_read_status st;
    while ((st = cf_reader_next(r, &block, &n)) == CF_READ_BLOCK) {
        cr_assert_leq(at + n, len);
        cr_assert(n > 0);
        cr_assert(block[n - 1] == '\n' || at + n == len, "only the last block may end mid-line");
        for (size_t i = 0; i < n; i++)
            lines += block[i] == '\n' || (at + i + 1 == len);
        memcpy(joined + at, block, n);
        at += n;
    }
    cr_assert_eq(st, CF_READ_EOF);
    cr_assert_eq(at, len);
    cr_assert_eq(memcmp(joined, data, len), 0);
    free(joined);
    cf_reader_free(r);
    close(fd);
    return lines;
}

Test(reader, blocks_rebuild_the_input) {
    static const char data[] = "one\ntwo\r\n\n\0nul\n\xff\xfe\nlast";
    cr_assert_eq(roundtrip(data, sizeof data - 1, 4096), 6);
    cr_assert_eq(roundtrip(data, sizeof data - 1, 3), 6);
    cr_assert_eq(roundtrip("", 0, 16), 0);
    cr_assert_eq(roundtrip("\n", 1, 16), 1);
    cr_assert_eq(roundtrip("x", 1, 16), 1);
}

Test(reader, lines_longer_than_the_buffer) {
    size_t len = 3 * 1024 * 1024 + 17;
    char *data = malloc(len);
    memset(data, 'a', len);
    data[1000] = '\n';
    data[len - 1] = '\n';
    cr_assert_eq(roundtrip(data, len, 4096), 2);
    free(data);
}

static int idle_calls;
static void count_idle(void *ctx) {
    (void)ctx;
    idle_calls++;
}

Test(reader, idle_hook_runs_before_a_read_that_would_block) {
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    cr_assert_eq(fcntl(fds[0], F_SETFL, O_NONBLOCK), 0); /* "would block" fails instead */
    cr_assert_eq(write(fds[1], "a\nb", 3), 3);
    cf_reader *r = cf_reader_new(64, count_idle, NULL);
    cf_reader_reset(r, fds[0]);
    const char *block;
    size_t n;
    cr_assert_eq(cf_reader_next(r, &block, &n), CF_READ_BLOCK);
    cr_assert_eq(n, 2);
    cr_assert_eq(idle_calls, 0, "input was ready: no idle call");
    cr_assert_eq(cf_reader_next(r, &block, &n), CF_READ_ERROR);
    cr_assert_eq(errno, EAGAIN);
    cr_assert_eq(idle_calls, 1, "\"b\" is no whole line and the pipe is empty: idle first");
    close(fds[1]);
    cr_assert_eq(cf_reader_next(r, &block, &n), CF_READ_BLOCK);
    cr_assert_eq(n, 1);
    cr_assert_eq(cf_reader_next(r, &block, &n), CF_READ_EOF);
    cf_reader_free(r);
    close(fds[0]);
}

Test(reader, finish_returns_what_is_buffered) {
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    cr_assert_eq(write(fds[1], "a\nb\npartial", 11), 11);
    cf_reader *r = cf_reader_new(64, NULL, NULL);
    cf_reader_reset(r, fds[0]);
    const char *block;
    size_t n;
    cr_assert_eq(cf_reader_next(r, &block, &n), CF_READ_BLOCK);
    cr_assert_eq(n, 4);
    cf_reader_finish(r); /* the writer is still open: without finish, the next read would block */
    cr_assert_eq(cf_reader_next(r, &block, &n), CF_READ_BLOCK);
    cr_assert_eq(n, 7);
    cr_assert_eq(memcmp(block, "partial", 7), 0);
    cr_assert_eq(cf_reader_next(r, &block, &n), CF_READ_EOF);
    cf_reader_free(r);
    close(fds[0]);
    close(fds[1]);
}

/* Reads data with a --max-line of 8 and writes the kind of each piece into kinds: B a block of
 * whole lines, L a piece of a long line, E its last piece. Checks that the pieces rebuild the
 * input in order and that nothing longer than the limit and a newline is held. */
static void pieces(const char *data, size_t len, char kinds[64]) {
    int fd = temp_with(data, len);
    cf_reader *r = cf_reader_new(4096, NULL, NULL);
    cf_reader_set_max_line(r, 8);
    cf_reader_reset(r, fd);
    const char *b;
    size_t n, at = 0, nk = 0;
    cf_read_status st;
    kinds[0] = '\0';
    while ((st = cf_reader_next(r, &b, &n)) != CF_READ_EOF) {
        cr_assert_neq(st, CF_READ_ERROR);
        cr_assert_eq(memcmp(b, data + at, n), 0, "pieces come in order, unchanged");
        cr_assert_leq(n, 9, "nothing longer than the limit (and a newline) is held");
        at += n;
        cr_assert_lt(nk, 63, "more pieces than kinds can hold");
        kinds[nk++] = (char)(st == CF_READ_BLOCK ? 'B' : st == CF_READ_LONG ? 'L' : 'E');
        kinds[nk] = '\0';
    }
    cr_assert_eq(at, len);
    cf_reader_free(r);
    close(fd);
}

Test(reader, lines_over_the_limit_come_in_pieces) {
    static const char data[] = "short\n0123456789abcdef\nok\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    char kinds[64];
    pieces(data, sizeof data - 1, kinds);
    /* "short\n" (B), a 17-byte line in pieces (L, E), "ok\n" (B), a long last line (L... E) */
    cr_assert_str_eq(kinds, "BLEBLLLLLE", "got %s", kinds);
}

/* The limit counts a line's newline: a line of exactly the limit is not over it, one byte more
 * is (--max-line=SIZE and SIZE+1). */
Test(reader, a_line_of_the_limit_is_not_long) {
    static const char data[] = "1234567\n12345678\n123456789\n12345678";
    char kinds[64];
    pieces(data, sizeof data - 1, kinds);
    /* 7 + '\n' (8: a block), 8 + '\n' (9: long, whole), 9 + '\n' (long), 8 at the end (a block) */
    cr_assert_str_eq(kinds, "BELEB", "got %s", kinds);
}
