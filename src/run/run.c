#include "run.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annotate.h"
#include "decode.h"
#include "lane.h"

/* Before a read that may block, pending lines go out: a follower sees each line at once, while a
 * batch job whose input is always ready keeps full buffers. */
static void flush_when_idle(void *ctx) {
    cf_run *r = ctx;
    if (cf_out_pending(r->out) > 0)
        cf_out_flush(r->out);
}

/* Gives lane l a summary and an output of its own. Returns -1 when out of memory. */
static int own_sinks(lane *l, const cf_summary *like) {
    l->own_summary = cf_summary_new();
    l->own_out = cf_out_new_memory(1024 * 1024);
    if (l->own_summary == NULL || l->own_out == NULL ||
        cf_summary_set_bucket(l->own_summary, cf_summary_bucket(like)) != 0)
        return -1;
    cf_summary_keep_codes(l->own_summary, cf_summary_keeps_codes(like));
    return 0;
}

/* With grep's -n, -H, -m, -A, -B or -C, gives the run what keeps them (r->context). Returns -1
 * when out of memory. */
static int with_context(cf_run *r, const cf_run_config *cfg) {
    const cf_context_config *g = &cfg->lines;
    if (!g->limited && !(cfg->print_lines && (g->numbers || g->names || g->separators)))
        return 0;
    cf_context_config cc = *g;
    cc.jsonl = cfg->output == CF_OUTPUT_JSONL;
    cc.file_member = cfg->name_files;
    cc.color = cfg->color && !cc.jsonl;
    cc.print = cfg->print_lines;
    r->context = cf_context_new(&cc);
    return r->context != NULL ? 0 : -1;
}

int cf_run_default_threads(void) {
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    return cores < 1 ? 1 : cores > CF_DEFAULT_THREADS_CAP ? CF_DEFAULT_THREADS_CAP : (int)cores;
}

cf_run *cf_run_new(const cf_run_config *cfg, const cf_patterns *patterns,
                   const cf_catalogue *catalogue, const cf_filter *filter, cf_summary *summary,
                   cf_out *out) {
    cf_run *r = calloc(1, sizeof *r);
    if (r == NULL)
        return NULL;
    r->cfg = *cfg;
    int threads = cfg->threads > 0 ? cfg->threads : cf_run_default_threads();
    r->filter = filter;
    r->summary = summary;
    r->out = out;
    r->bare_selected = cf_filter_selects(filter, NULL, 0);
    r->windowed = cf_window_active(cfg->window);
    r->numbered = cfg->output == CF_OUTPUT_JSONL && cfg->print_lines;
    if (with_context(r, cfg) != 0) {
        free(r);
        return NULL;
    }
    if (r->context != NULL || r->windowed)
        threads = 1; /* the lines go out in order, each beside the ones before it, or each line
                        takes the time of the one before it */
    const cf_context_config *g = &cfg->lines;
    r->per_line = r->windowed || (r->numbered && r->bare_selected) ||
                  (r->context != NULL && (r->bare_selected || g->before > 0 || g->after > 0));
    r->reader = cf_reader_new(READ_BUFFER, flush_when_idle, r);
    r->npatterns = cf_patterns_count(patterns);
    r->warned = calloc(r->npatterns ? r->npatterns : 1, 1);
    r->nlanes = threads > 2 ? threads : 2;
    r->lanes = calloc((size_t)r->nlanes, sizeof *r->lanes);
    int failed = r->reader == NULL || r->warned == NULL || r->lanes == NULL;
    if (!failed && threads > 1) {
        r->pair = cf_pair_new();
        r->pool = cf_pool_new(threads);
        failed = r->pair == NULL || r->pool == NULL;
    }
    for (int i = 0; !failed && i < r->nlanes; i++) {
        lane *l = &r->lanes[i];
        l->r = r;
        l->x = cf_extractor_new(patterns, catalogue);
        failed = l->x == NULL || ((i > 0 || threads > 1) && own_sinks(l, summary) != 0);
    }
    if (failed) {
        cf_run_free(r);
        return NULL;
    }
    cf_reader_wake_on(r->reader, cfg->watch.wake_fd);
    cf_reader_set_max_line(r->reader, cfg->max_line);
    cf_reader_detect(r->reader, 1);
    return r;
}

void cf_run_free(cf_run *r) {
    if (r == NULL)
        return;
    cf_pool_free(r->pool); /* first: its threads use the lanes */
    cf_pair_free(r->pair);
    cf_reader_free(r->reader);
    for (int i = 0; r->lanes != NULL && i < r->nlanes; i++) {
        lane *l = &r->lanes[i];
        cf_extractor_free(l->x);
        cf_template_matcher_free(l->tm);
        cf_summary_free(l->own_summary);
        cf_out_free(l->own_out);
        free(l->own);
        free(l->chunk);
        free(l->pattern_hits);
    }
    free(r->lanes);
    free(r->warned);
    cf_context_free(r->context);
    free(r);
}

int cf_run_reload(cf_run *r, const cf_patterns *patterns, const cf_catalogue *catalogue,
                  const cf_templates *templates) {
    int n = r->nlanes, failed = 0;
    struct matchers {
        cf_extractor *x;
        cf_template_matcher *tm;
    } *fresh = calloc((size_t)n, sizeof *fresh);
    size_t npatterns = cf_patterns_count(patterns);
    char *warned = calloc(npatterns ? npatterns : 1, 1);
    failed = fresh == NULL || warned == NULL;
    for (int i = 0; !failed && i < n; i++) {
        fresh[i].x = cf_extractor_new(patterns, catalogue);
        fresh[i].tm = cf_template_matcher_new(templates);
        failed = fresh[i].x == NULL || fresh[i].tm == NULL;
    }
    for (int i = 0; fresh != NULL && i < n; i++) {
        lane *l = &r->lanes[i];
        cf_extractor *old_x = failed ? fresh[i].x : l->x;
        cf_template_matcher *old_tm = failed ? fresh[i].tm : l->tm;
        if (!failed) {
            l->x = fresh[i].x;
            l->tm = fresh[i].tm;
        }
        cf_extractor_free(old_x);
        cf_template_matcher_free(old_tm);
    }
    free(fresh);
    if (failed) {
        free(warned);
        return -1;
    }
    free(r->warned);
    r->warned = warned;
    r->npatterns = npatterns;
    r->limit_hits = 0; /* the new extractors count from zero */
    return 0;
}

int cf_run_render(cf_run *r, const cf_templates *templates) {
    for (int i = 0; i < r->nlanes; i++) {
        cf_template_matcher_free(r->lanes[i].tm);
        r->lanes[i].tm = cf_template_matcher_new(templates);
        if (r->lanes[i].tm == NULL)
            return -1;
    }
    r->limit_hits = cf_run_limit_hits(r); /* the new matchers count from zero */
    return 0;
}

unsigned long cf_run_limit_hits(const cf_run *r) {
    unsigned long n = 0;
    for (int i = 0; i < r->nlanes; i++)
        n += cf_extractor_limit_hits(r->lanes[i].x) + cf_template_limit_hits(r->lanes[i].tm);
    return n;
}

int cf_run_selected_any(const cf_run *r) {
    return r->selected_any;
}

const char *cf_run_input_error(const cf_run *r) {
    return r->input_error.text;
}

void cf_run_end_line(cf_run *r) {
    if (r->unterminated && r->cfg.output == CF_OUTPUT_TEXT)
        cf_out_putc(r->out, '\n');
    r->unterminated = 0;
}

static void one_block(cf_run *r, const char *name, const char *s, size_t n) {
    int split_it = r->pair != NULL && cf_pair_parallel(r->pair) && n >= PARALLEL_MIN;
    const char *mid = split_it ? memchr(s + n / 2, '\n', n - n / 2) : NULL;
    size_t split = mid != NULL && mid + 1 < s + n ? (size_t)(mid - s) + 1 : n;
    lane *a = &r->lanes[0], *b = &r->lanes[1];
    cf_lane_start(a, name, s, split, r->lineno, 1);
    if (n > READ_BUFFER &&
        memchr(s, '\n', n - 1) == NULL) { /* one line, too long to hold its hits */
        cf_lane_huge_line(a, s, n);
        cf_lane_join(r, a);
        return;
    }
    if (split == n) {
        cf_lane_run(a);
        cf_lane_join(r, a);
        return;
    }
    unsigned long long after_a = r->numbered ? r->lineno + cf_lane_count_lines(s, split) : 0;
    cf_lane_start(b, name, s + split, n - split, after_a, 0);
    cf_pair_run(r->pair, cf_lane_run, a, b);
    cf_lane_join(r, a);
    cf_lane_add(r, b);
    if (!r->numbered)
        r->lineno = a->lineno + b->lineno;
}

/* Passes on a piece of a line longer than max_line: as it is, without looking for codes (nor for
 * its time: with a window it takes the time of the line before it); the line is counted when its
 * last piece has gone. */
static void long_piece(cf_run *r, const char *name, const char *s, size_t n, int last) {
    const lane *l = &r->lanes[0];
    if (!r->in_long) {
        r->long_selected = r->bare_selected && cf_window_holds(r->cfg.window, l->known, l->at_ms);
        r->long_print = r->long_selected && r->cfg.print_lines;
        if (r->context != NULL) {
            r->long_selected = cf_context_select(r->context, r->long_selected);
            cf_context_shown shown = cf_context_line(r->context, r->out, r->lineno + 1,
                                                     r->long_selected, NULL, 0, &r->no_memory);
            r->long_print = shown != CF_CONTEXT_HIDDEN && r->cfg.print_lines;
        }
    }
    int print = r->long_print;
    if (!r->in_long) {
        r->in_long = 1;
        r->lineno++;
        if (print && r->numbered)
            cf_annotate_long_start(r->out, &r->long_jsonl, r->cfg.name_files ? name : NULL,
                                   r->lineno);
    }
    if (print && r->numbered)
        cf_annotate_long_piece(r->out, &r->long_jsonl, s, n);
    else if (print && n > 0)
        cf_out_write(r->out, s, n);
    if (!last)
        return;
    r->in_long = 0;
    cf_summary_add_long_line(r->summary, r->long_selected);
    r->selected_any |= r->long_selected;
    if (print && r->numbered)
        cf_annotate_long_end(r->out, &r->long_jsonl);
    else if (print)
        r->unterminated = n == 0 || s[n - 1] != '\n';
}

/* Warns, the first time only, that pattern i hit PCRE2's limit while reading input name. */
static void warn_once(cf_run *r, size_t i, const char *name) {
    if (r->warned[i])
        return;
    r->warned[i] = 1;
    if (r->cfg.warn_limit != NULL)
        r->cfg.warn_limit(r->cfg.warn_ctx, i, name);
}

/* Counts new PCRE2 limit hits in the summary, and warns once for each pattern that hit one. */
static void note_limit_hits(cf_run *r, const char *name) {
    unsigned long total = cf_run_limit_hits(r);
    if (total == r->limit_hits)
        return;
    cf_summary_add_limit_hits(r->summary, total - r->limit_hits);
    r->limit_hits = total;
    for (size_t i = 0; i < r->npatterns; i++) {
        unsigned long hits = 0;
        for (int k = 0; k < r->nlanes; k++)
            hits += cf_extractor_pattern_limit_hits(r->lanes[k].x, i);
        if (hits > 0)
            warn_once(r, i, name);
    }
}

/* The PCRE2 limit hits of a lane's own extractor and template matcher. */
static unsigned long lane_limit_hits(const lane *l) {
    return cf_extractor_limit_hits(l->x) + cf_template_limit_hits(l->tm);
}

/* Notes the lane's limit hits, in all and per pattern, before it passes on a chunk's part, so that
 * its commit counts the part's own. Returns -1 when out of memory. */
int cf_run_note_hits_before(lane *l, size_t npatterns) {
    l->limit_hits = lane_limit_hits(l);
    if (l->npattern_hits < npatterns) {
        unsigned long *hits = realloc(l->pattern_hits, npatterns * sizeof *hits);
        if (hits == NULL)
            return -1;
        l->pattern_hits = hits;
        l->npattern_hits = npatterns;
    }
    for (size_t i = 0; i < npatterns; i++)
        l->pattern_hits[i] = cf_extractor_pattern_limit_hits(l->x, i);
    return 0;
}

/* note_limit_hits for the commit of a chunk's part: counts the hits the lane found in it, read
 * from its own matchers only. The other lanes' are not looked at: their threads are still at work,
 * and what they find may be dropped. */
void cf_run_note_lane_limit_hits(cf_run *r, const lane *l, const char *name) {
    unsigned long total = lane_limit_hits(l);
    if (total == l->limit_hits)
        return;
    cf_summary_add_limit_hits(r->summary, total - l->limit_hits);
    for (size_t i = 0; i < r->npatterns; i++) {
        unsigned long before = i < l->npattern_hits ? l->pattern_hits[i] : 0;
        if (cf_extractor_pattern_limit_hits(l->x, i) != before)
            warn_once(r, i, name);
    }
}

/* The single-thread path: reads fd's lines from where r's reader stands to the end and passes
 * them on, through a decoder (*d) when the input is compressed. */
static cf_run_status read_lines(cf_run *r, int fd, const char *name, cf_decoder **d) {
    int stopping = 0;
    for (;;) {
        const char *block;
        size_t len;
        cf_read_status st = cf_reader_next(r->reader, &block, &len);
        if (st == CF_READ_BLOCK) {
            one_block(r, name, block, len);
            note_limit_hits(r, name);
            if (r->no_memory)
                return CF_RUN_NO_MEMORY;
            if (r->cfg.stop_at_first && r->selected_any)
                return CF_RUN_STOPPED;
            if (r->context != NULL && cf_context_enough(r->context) && !r->in_long) {
                r->enough = 1; /* -m: this input is done, the next one is read */
                return CF_RUN_EOF;
            }
        } else if (st == CF_READ_LONG || st == CF_READ_LONG_END) {
            long_piece(r, name, block, len, st == CF_READ_LONG_END);
            if (st == CF_READ_LONG_END && r->context != NULL && cf_context_enough(r->context)) {
                r->enough = 1;
                return CF_RUN_EOF;
            }
        } else if (st == CF_READ_EOF) {
            return stopping ? CF_RUN_STOPPED : CF_RUN_EOF;
        } else if (st == CF_READ_ERROR) {
            return CF_RUN_READ_ERROR;
        } else if (st == CF_READ_COMPRESSED) {
            if ((*d = cf_decoder_start(r->reader, fd, &r->input_error)) == NULL)
                return CF_RUN_INPUT_ERROR;
        }
        if (cf_out_errno(r->out) != 0)
            return CF_RUN_WRITE_ERROR;
        if (!stopping && cf_watch_requests(&r->cfg.watch)) {
            stopping = 1; /* pass on what was already read, then stop */
            cf_reader_finish(r->reader);
        }
    }
}

cf_run_status cf_run_fd(cf_run *r, int fd, const char *name) {
    r->lineno = 0;
    r->in_long = 0;
    r->lanes[0].known = 0; /* a window: an input's first lines have no time before them */
    r->enough = 0;
    if (r->context != NULL) {
        cf_context_start(r->context, name);
        if (cf_context_enough(r->context)) { /* -m 0: as grep, not a line is read */
            r->enough = 1;
            return CF_RUN_EOF;
        }
    }
    off_t at, size;
    if (cf_chunks_usable(r, fd, &at, &size)) {
        for (;;) {
            off_t from = at;
            cf_run_status st = cf_chunks_read(r, fd, name, &at, size);
            if (st != CF_RUN_EOF)
                return st;
            int asked = cf_attention_asked(r);
            if (asked && cf_watch_requests(&r->cfg.watch))
                return CF_RUN_STOPPED;
            if (!asked || at == from || size - at < 2 * CHUNK)
                break; /* else a report or reload was attended to: the threads go on */
        }
        if (lseek(fd, at, SEEK_SET) < 0)
            return CF_RUN_READ_ERROR;
        /* Plain text: what the threads left (a long line, a last line without a '\n') is not the
         * start of a file, whatever its first bytes. */
        cf_reader_take_over(r->reader, fd);
    } else {
        cf_reader_reset(r->reader, fd);
    }
    cf_decoder *d = NULL;
    cf_run_status st = read_lines(r, fd, name, &d);
    if (r->context != NULL)
        cf_run_end_line(r); /* as grep: a prefixed last line ends with a '\n' of its own */
    if (cf_decoder_finish(d, &r->input_error) != 0 && st == CF_RUN_EOF && !r->enough)
        return CF_RUN_INPUT_ERROR; /* the lines decoded before the damage were passed on */
    return st;
}
