#include "run.h"

#include <stdlib.h>

#include "annotate.h"
#include "reader.h"

#define READ_BUFFER (256 * 1024)

struct cf_run {
    cf_run_config cfg;
    cf_extractor *x;
    const cf_filter *filter;
    cf_summary *summary;
    cf_out *out;
    cf_reader *reader;
    int selected_any;
    int unterminated; /* the last line written had no '\n' */
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
    r->reader = cf_reader_new(READ_BUFFER, flush_when_idle, r);
    if (r->reader == NULL) {
        free(r);
        return NULL;
    }
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
    if (r->cfg.report_request != NULL && *r->cfg.report_request) {
        *r->cfg.report_request = 0;
        if (r->cfg.report != NULL)
            r->cfg.report(r->cfg.report_ctx);
    }
    return r->cfg.stop != NULL && *r->cfg.stop;
}

static void one_line(cf_run *r, const char *name, unsigned long long lineno, const char *line,
                     size_t len) {
    size_t n;
    const cf_hit *hits = cf_extract(r->x, line, len, &n);
    int selected = cf_filter_selects(r->filter, hits, n);
    cf_summary_add(r->summary, hits, n, selected);
    if (!selected)
        return;
    r->selected_any = 1;
    if (!r->cfg.print_lines)
        return;
    r->unterminated = len == 0 || line[len - 1] != '\n';
    if (r->cfg.output == CF_OUTPUT_JSONL)
        cf_annotate_jsonl(r->out, r->cfg.name_files ? name : NULL, lineno, line, len, hits, n);
    else
        cf_annotate_text(r->out, line, len, hits, n, r->cfg.color);
}

cf_run_status cf_run_fd(cf_run *r, int fd, const char *name) {
    unsigned long long lineno = 0;
    int stopping = 0;
    cf_reader_reset(r->reader, fd);
    for (;;) {
        const char *line;
        size_t len;
        cf_read_status st = cf_reader_next(r->reader, &line, &len);
        if (st == CF_READ_LINE) {
            one_line(r, name, ++lineno, line, len);
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
