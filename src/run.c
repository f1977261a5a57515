#include "run.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annotate.h"
#include "reader.h"

#define READ_BUFFER (1024 * 1024)

struct cf_run {
    cf_run_config cfg;
    cf_extractor *x;
    const cf_filter *filter;
    cf_summary *summary;
    cf_out *out;
    cf_reader *reader;
    int selected_any;
    int unterminated;          /* the last line written had no '\n' */
    int bare_selected;         /* whether a line without codes is selected */
    unsigned long long lineno; /* lines of the current input passed on so far */
};

/* Before a read that may block, pending lines go out: a follower sees each line at once, while a
 * batch job whose input is always ready keeps full buffers. */
static void flush_when_idle(void *ctx) {
    cf_run *r = ctx;
    if (cf_out_pending(r->out) > 0)
        cf_out_flush(r->out);
}

cf_run *cf_run_new(const cf_run_config *cfg, cf_extractor *x, const cf_filter *filter,
                   cf_summary *summary, cf_out *out) {
    cf_run *r = calloc(1, sizeof *r);
    if (r == NULL)
        return NULL;
    r->cfg = *cfg;
    r->x = x;
    r->filter = filter;
    r->summary = summary;
    r->out = out;
    r->bare_selected = cf_filter_selects(filter, NULL, 0);
    r->reader = cf_reader_new(READ_BUFFER, flush_when_idle, r);
    if (r->reader == NULL) {
        free(r);
        return NULL;
    }
    cf_reader_wake_on(r->reader, cfg->wake_fd);
    return r;
}

void cf_run_free(cf_run *r) {
    if (r == NULL)
        return;
    cf_reader_free(r->reader);
    free(r);
}

int cf_run_selected_any(const cf_run *r) {
    return r->selected_any;
}

int cf_run_unterminated(const cf_run *r) {
    return r->unterminated && r->cfg.output == CF_OUTPUT_TEXT;
}

/* Handles what signal handlers asked for. Returns 1 when the run should stop reading. */
static int handle_requests(cf_run *r) {
    char drain[64];
    while (r->cfg.wake_fd >= 0 && read(r->cfg.wake_fd, drain, sizeof drain) > 0)
        continue; /* the flags below say what happened; the bytes only woke us */
    if (r->cfg.report_request != NULL && *r->cfg.report_request) {
        *r->cfg.report_request = 0;
        if (r->cfg.report != NULL)
            r->cfg.report(r->cfg.report_ctx);
    }
    return r->cfg.stop != NULL && *r->cfg.stop;
}

/* Counts the lines in s[0..n): its newlines, plus a last line without one. Eight bytes at a time:
 * a byte of x ^ "\n\n..." is zero where s has a newline, and the classic zero-byte test marks each
 * such byte with its high bit. */
static unsigned long long count_lines(const char *s, size_t n) {
    const uint64_t ones = 0x0101010101010101u, low7 = 0x7F7F7F7F7F7F7F7Fu;
    unsigned long long lines = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        x ^= ones * '\n';
        lines += (unsigned)__builtin_popcountll(~(((x & low7) + low7) | x | low7));
    }
    for (; i < n; i++)
        lines += s[i] == '\n';
    return lines + (n > 0 && s[n - 1] != '\n');
}

/* Passes on lines without codes, s[0..n), in one piece: they are all selected or none is. */
static void bare_lines(cf_run *r, const char *s, size_t n) {
    if (n == 0)
        return;
    unsigned long long lines = count_lines(s, n);
    cf_summary_add_lines(r->summary, lines, r->bare_selected);
    r->lineno += lines;
    if (!r->bare_selected)
        return;
    r->selected_any = 1;
    if (r->cfg.print_lines)
        cf_out_write(r->out, s, n);
    r->unterminated = s[n - 1] != '\n';
}

/* Passes on one line, len bytes with its '\n' if it has one, and its n hits (offsets from line). */
static void one_line(cf_run *r, const char *name, const char *line, size_t len, const cf_hit *hits,
                     size_t n) {
    int selected = cf_filter_selects(r->filter, hits, n);
    cf_summary_add(r->summary, hits, n, selected);
    r->lineno++;
    if (!selected)
        return;
    r->selected_any = 1;
    if (!r->cfg.print_lines)
        return;
    r->unterminated = len == 0 || line[len - 1] != '\n';
    if (r->cfg.output == CF_OUTPUT_JSONL)
        cf_annotate_jsonl(r->out, r->cfg.name_files ? name : NULL, r->lineno, line, len, hits, n);
    else
        cf_annotate_text(r->out, line, len, hits, n, r->cfg.color);
}

/* The end of the line that holds offset at: just past its '\n', or n. */
static size_t line_end(const char *s, size_t n, size_t at) {
    const char *nl = memchr(s + at, '\n', n - at);
    return nl != NULL ? (size_t)(nl - s) + 1 : n;
}

/* Passes on a block of whole lines: only the lines that hold a code are looked at one by one,
 * unless every line must be (jsonl output); the others go on in one piece. */
static void one_block(cf_run *r, const char *name, const char *s, size_t n) {
    size_t nhits, h = 0, at = 0;
    cf_hit *hits = cf_extract(r->x, s, n, &nhits);
    int per_line = r->cfg.output == CF_OUTPUT_JSONL && r->bare_selected && r->cfg.print_lines;
    while (at < n && !(r->cfg.stop_at_first && r->selected_any)) {
        size_t next = h < nhits ? hits[h].start : n; /* where the next code stands */
        size_t start;                                /* where its line starts */
        if (per_line) {
            size_t end = line_end(s, n, at);
            if (end <= next) {
                one_line(r, name, s + at, end - at, NULL, 0);
                at = end;
                continue;
            }
            start = at;
        } else {
            const char *nl = memrchr(s + at, '\n', next - at);
            start = nl != NULL ? (size_t)(nl - s) + 1 : at;
            bare_lines(r, s + at, start - at);
        }
        if (h == nhits)
            break;
        size_t end = line_end(s, n, hits[h].start), k = h;
        for (; k < nhits && hits[k].start < end; k++) {
            hits[k].start -= start;
            hits[k].end -= start;
        }
        one_line(r, name, s + start, end - start, hits + h, k - h);
        h = k;
        at = end;
    }
}

cf_run_status cf_run_fd(cf_run *r, int fd, const char *name) {
    int stopping = 0;
    r->lineno = 0;
    cf_reader_reset(r->reader, fd);
    for (;;) {
        const char *block;
        size_t len;
        cf_read_status st = cf_reader_next(r->reader, &block, &len);
        if (st == CF_READ_BLOCK) {
            one_block(r, name, block, len);
            if (r->cfg.stop_at_first && r->selected_any)
                return CF_RUN_STOPPED;
        } else if (st == CF_READ_EOF) {
            return stopping ? CF_RUN_STOPPED : CF_RUN_EOF;
        } else if (st == CF_READ_ERROR) {
            return CF_RUN_READ_ERROR;
        }
        if (cf_out_errno(r->out) != 0)
            return CF_RUN_WRITE_ERROR;
        if (!stopping && handle_requests(r)) {
            stopping = 1; /* pass on what was already read, then stop */
            cf_reader_finish(r->reader);
        }
    }
}
