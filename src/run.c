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
    cf_scanner *scanner;
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

cf_run *cf_run_new(const cf_run_config *cfg, cf_scanner *scanner, const cf_filter *filter,
                   cf_summary *summary, cf_out *out) {
    cf_run *r = calloc(1, sizeof *r);
    if (r == NULL)
        return NULL;
    r->cfg = *cfg;
    r->scanner = scanner;
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

/* Passes on lines without codes, s[0..n), in one piece: they are all selected or none is. When
 * numbered, their lines are counted here; otherwise the caller counts them in bulk. */
static void bare_lines(cf_run *r, const char *s, size_t n, int numbered) {
    if (n == 0)
        return;
    if (numbered) {
        unsigned long long lines = cf_count_lines(s, n);
        cf_summary_add_lines(r->summary, lines, r->bare_selected);
        r->lineno += lines;
    }
    if (!r->bare_selected)
        return;
    r->selected_any = 1;
    if (!r->cfg.print_lines)
        return;
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

/* Passes on one part of a block: only the lines that hold a code are looked at one by one,
 * unless every line must be (jsonl output); the others go on in pieces, whose lines are counted
 * one by one only when their numbers are printed, else in bulk by the scanner. */
static void one_part(cf_run *r, const char *name, const cf_scan_part *p) {
    const char *s = p->s;
    size_t n = p->n, h = 0, at = 0;
    cf_hit *hits = p->hits;
    int numbered = r->cfg.output == CF_OUTPUT_JSONL && r->cfg.print_lines;
    int per_line = numbered && r->bare_selected;
    unsigned long long code_lines = 0;
    while (at < n && !(r->cfg.stop_at_first && r->selected_any)) {
        size_t start = n; /* where the line of the next code starts */
        if (h < p->nhits) {
            const char *nl = memrchr(s + at, '\n', hits[h].start - at);
            start = nl != NULL ? (size_t)(nl - s) + 1 : at;
        }
        if (per_line && start > at) {
            size_t end = line_end(s, n, at);
            one_line(r, name, s + at, end - at, NULL, 0);
            at = end;
            continue;
        }
        bare_lines(r, s + at, start - at, numbered);
        if (h == p->nhits)
            break;
        size_t end = line_end(s, n, hits[h].start), k = h;
        for (; k < p->nhits && hits[k].start < end; k++) {
            hits[k].start -= start;
            hits[k].end -= start;
        }
        one_line(r, name, s + start, end - start, hits + h, k - h);
        code_lines++;
        h = k;
        at = end;
    }
    if (!numbered && p->lines > code_lines) {
        cf_summary_add_lines(r->summary, p->lines - code_lines, r->bare_selected);
        r->lineno += p->lines - code_lines;
    }
}

static void one_block(cf_run *r, const char *name, const char *s, size_t n) {
    cf_scan_part parts[2];
    size_t nparts = cf_scanner_scan(r->scanner, s, n, parts);
    for (size_t i = 0; i < nparts; i++)
        one_part(r, name, &parts[i]);
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
