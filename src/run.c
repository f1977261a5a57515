#include "run.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "annotate.h"
#include "context.h"
#include "decode.h"
#include "pair.h"
#include "pool.h"
#include "reader.h"
#include "timestamp.h"

#define READ_BUFFER (1024 * 1024)

/* Blocks smaller than this are passed on by one thread: a follower's lines arrive a few at a time,
 * and waking the worker would cost more than it saves. */
#define PARALLEL_MIN (64 * 1024)

/* A regular file read by several threads is cut into chunks of this size: each thread reads its
 * own with pread and passes on the lines that start in it. Small enough that eight threads' chunks
 * and their output stay within a few megabytes, large enough that a chunk's work dwarfs its
 * hand-over. */
#define CHUNK (256 * 1024)

/* A lane passes on a part of the input: one of the two halves of a block, or a chunk of a file
 * read by several threads. Lane 0 of a split block writes to the real output and counts in the
 * run's summary; every other lane writes into memory and counts in a summary of its own, both
 * added to the run's in the input's order when the part is done. */
typedef struct lane {
    cf_run *r;
    cf_extractor *x;
    cf_template_matcher *tm; /* NULL: messages are not rendered */
    cf_summary *summary;     /* where the part is counted: the run's or own_summary */
    cf_out *out;             /* where the part goes: the run's or own_out */
    cf_summary *own_summary;
    cf_out *own_out;
    const char *name;
    const char *s; /* the part: whole lines */
    size_t n;
    unsigned long long lineno; /* lines passed on before the next one */
    int selected_any;
    int wrote;        /* a line was written */
    int unterminated; /* the last line written had no '\n' */
    int no_memory;    /* an allocation failed */
    char *own;        /* a line without codefilter's own annotation */
    size_t own_cap;
    char *chunk; /* a chunk read by this lane's thread, and its size */
    size_t chunk_cap;
    off_t chunk_end;             /* the file offset where the lines of the chunk end */
    int read_errno;              /* reading the chunk failed */
    unsigned long limit_hits;    /* the lane's PCRE2 limit hits before its chunk's part */
    unsigned long *pattern_hits; /* and each pattern's, npattern_hits of them */
    size_t npattern_hits;
    int known; /* with a window: a line of the input so far had a time, at_ms the last */
    int64_t at_ms;
} lane;

struct cf_run {
    cf_run_config cfg;
    const cf_filter *filter;
    cf_summary *summary;
    cf_out *out;
    cf_reader *reader;
    cf_pair *pair; /* NULL with one thread */
    cf_pool *pool; /* NULL with one thread */
    lane *lanes;   /* one per thread, and at least two */
    int nlanes;
    int selected_any;
    int unterminated;          /* the last line written had no '\n' */
    int bare_selected;         /* whether a line without codes is selected */
    int windowed;              /* cfg.window has a bound: every line's time is read */
    int long_selected;         /* the line longer than max_line being passed on is selected */
    int numbered;              /* jsonl output: lines are numbered */
    cf_context *context;       /* grep's -n, -H, -m, -A, -B: every line is looked at, in order,
                                  by one thread; NULL without them */
    int enough;                /* -m's count was reached: the input was not read to its end */
    unsigned long long lineno; /* lines of the current input passed on so far */
    int in_long;               /* in the middle of a line longer than max_line */
    int long_print;            /* and goes out (selected, or context) */
    cf_long_jsonl long_jsonl;  /* that line's jsonl encoding state */
    unsigned long limit_hits;  /* PCRE2 limit hits already counted in the summary */
    char *warned;              /* per pattern: the limit warning was given */
    size_t npatterns;
    int no_memory;        /* an allocation failed: output or counts are incomplete */
    cf_error input_error; /* why the input could not be read to its end (CF_RUN_INPUT_ERROR) */
};

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
    if (cfg->lines.limited ||
        (cfg->print_lines && (cfg->lines.numbers || cfg->lines.names || cfg->lines.separators))) {
        cf_context_config cc = cfg->lines;
        cc.jsonl = cfg->output == CF_OUTPUT_JSONL;
        cc.file_member = cfg->name_files;
        cc.color = cfg->color && !cc.jsonl;
        cc.print = cfg->print_lines;
        if ((r->context = cf_context_new(&cc)) == NULL) {
            free(r);
            return NULL;
        }
        threads = 1; /* the lines go out in order, each beside the ones before it */
    }
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

/* Counts the newlines in s[0..n). */
static unsigned long long count_newlines(const char *s, size_t n) {
    unsigned long long lines = 0;
    size_t i = 0;
#ifdef __SSE2__
    /* Sixteen bytes at a time: each comparison gives -1 per newline, subtracted into byte
     * counters that are added up (psadbw) before they can overflow. */
    const __m128i nl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
    while (i + 16 <= n) {
        __m128i counts = zero;
        for (int k = 0; k < 255 && i + 16 <= n; k++, i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(v, nl));
        }
        __m128i sums = _mm_sad_epu8(counts, zero);
        lines += (unsigned long long)_mm_cvtsi128_si64(sums) +
                 (unsigned long long)_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
#endif
    for (; i < n; i++)
        lines += s[i] == '\n';
    return lines;
}

/* The lines of s[0..n), which holds the given number of newlines: those, plus a last line
 * without one. */
static unsigned long long lines_of(unsigned long long newlines, const char *s, size_t n) {
    return newlines + (n > 0 && s[n - 1] != '\n');
}

/* Counts the lines in s[0..n). */
static unsigned long long count_lines(const char *s, size_t n) {
    return lines_of(count_newlines(s, n), s, n);
}

/* Passes on lines without codes, s[0..n), in one piece: they are all selected or none is. When
 * numbered, their lines are counted here; otherwise the caller counts them in bulk. */
static void bare_lines(lane *l, const char *s, size_t n) {
    const cf_run *r = l->r;
    if (n == 0)
        return;
    if (r->numbered || r->context != NULL) {
        unsigned long long lines = count_lines(s, n);
        cf_summary_add_lines(l->summary, lines, r->bare_selected);
        l->lineno += lines;
    }
    if (!r->bare_selected)
        return;
    l->selected_any = 1;
    if (!r->cfg.print_lines)
        return;
    cf_out_write(l->out, s, n);
    l->wrote = 1;
    l->unterminated = s[n - 1] != '\n';
}

/* When line[0..*len) carries codefilter's own annotation (it is codefilter's output), drops the
 * hits in it, moves the others to the line as it was before, and returns that line, in l->own;
 * else returns line. */
static const char *without_own(lane *l, const char *line, size_t *len, cf_hit *hits, size_t *n) {
    size_t keep, from, k = 0, m = 0;
    const char *own = cf_annotation_strip(line, len, cf_extractor_catalogue(l->x), &l->own,
                                          &l->own_cap, &keep, &from);
    if (keep == SIZE_MAX)
        l->no_memory = 1;
    if (own == line)
        return line;
    for (; k < *n && hits[k].start < from; k++) {
        if (hits[k].start < keep)
            continue;
        hits[m] = hits[k];
        hits[m].start -= keep;
        hits[m].end -= keep;
        hits[m].key_start = hits[m].key_start < keep ? 0 : hits[m].key_start - keep;
        hits[m].key_end = hits[m].key_end < keep ? 0 : hits[m].key_end - keep;
        m++;
    }
    *n = m;
    return own;
}

/* With grep's habits (-n, -H, -A, -B, -m): line number l->lineno goes out, selected or not, after
 * the lines kept before it, or as context, or not at all. */
static cf_context_shown in_context(lane *l, int selected, const char *line, size_t len) {
    cf_context_shown shown =
        cf_context_line(l->r->context, l->out, l->lineno, selected, line, len, &l->no_memory);
    if (shown != CF_CONTEXT_HIDDEN && l->r->cfg.print_lines) {
        l->wrote = 1;
        l->unterminated = line != NULL && (len == 0 || line[len - 1] != '\n');
    }
    return shown;
}

/* With a window, whether line[0..len) is in it, by its own time (then *own is set, and *ms to it)
 * or else by the time the line before it in the input had, which it takes on. */
static int in_window(lane *l, const char *line, size_t len, int64_t *ms, int *own) {
    *own = cf_timestamp_find(line, len, ms);
    if (*own) {
        l->known = 1;
        l->at_ms = *ms;
    }
    return cf_window_holds(l->r->cfg.window, l->known, l->at_ms);
}

/* Passes on one line, len bytes with its '\n' if it has one, and its n hits (offsets from line). */
static void one_line(lane *l, const char *line, size_t len, cf_hit *hits, size_t n) {
    const cf_run *r = l->r;
    int64_t ms;
    int own = 0;
    if (n > 0)
        line = without_own(l, line, &len, hits, &n);
    int selected = (!r->windowed || in_window(l, line, len, &ms, &own)) &&
                   cf_filter_selects(r->filter, hits, n);
    if (r->context != NULL)
        selected = cf_context_select(r->context, selected);
    if (selected && l->tm != NULL)
        cf_template_new_line(l->tm);
    for (size_t i = 0; selected && l->tm != NULL && i < n; i++)
        cf_template_render(l->tm, line, len, &hits[i]);
    int timed = n > 0 && selected && r->cfg.timeline &&
                (r->windowed ? own : cf_timestamp_find(line, len, &ms));
    if (cf_summary_add_at(l->summary, hits, n, selected, timed ? &ms : NULL, line) != 0)
        l->no_memory = 1;
    l->lineno++;
    if (r->context != NULL && in_context(l, selected, line, len) != CF_CONTEXT_SELECTED)
        return;
    if (!selected)
        return;
    l->selected_any = 1;
    if (!r->cfg.print_lines)
        return;
    l->wrote = 1;
    l->unterminated = len == 0 || line[len - 1] != '\n';
    if (r->cfg.output == CF_OUTPUT_JSONL)
        cf_annotate_jsonl(l->out, r->cfg.name_files ? l->name : NULL, l->lineno, line, len, hits,
                          n);
    else
        cf_annotate_text(l->out, line, len, hits, n, r->cfg.color);
}

/* A line longer than READ_BUFFER is read by windows of WINDOW bytes, so that it never holds more
 * hits than one window has (with a code in every 12 bytes a 64 MB line would otherwise hold
 * millions), and a stop is seen after one window's work. Such a line always comes in a block of
 * its own, as blocks end after the last line within READ_BUFFER. */
#define WINDOW (256 * 1024)

/* The end of the window of line[0..len) that starts at from. */
static size_t window_end(size_t from, size_t len) {
    return len - from > WINDOW ? from + WINDOW : len;
}

/* Whether a flag that a signal handler sets is set. Read atomically, as the handler stores it
 * (signals.c): the threads that read a file look at it while the handler runs on another. */
static int flag_set(const volatile sig_atomic_t *flag) {
    return flag != NULL && __atomic_load_n(flag, __ATOMIC_RELAXED) != 0;
}

/* Whether SIGINT or SIGTERM asked the run to stop. */
static int stop_asked(const cf_run *r) {
    return flag_set(r->cfg.watch.stop);
}

/* Passes on one line longer than WINDOW as one_line does, with the same output and counts, but
 * reading its hits a window at a time: once to see whether the line is selected, once more to
 * count and annotate them (and once before that to highlight them, with color). A stop asked for
 * meanwhile ends the reading at the next window: the line goes out whole, with the annotations
 * and counts of the codes read so far, so that a stop takes effect within one window's time. */
static void huge_line(lane *l, const char *line, size_t len) {
    const cf_run *r = l->r;
    size_t keep, from, total = 0, counted = 0, n, limit;
    line = cf_annotation_strip(line, &len, cf_extractor_catalogue(l->x), &l->own, &l->own_cap,
                               &keep, &from);
    if (keep == SIZE_MAX)
        l->no_memory = 1;
    limit = len;
    int match = 0;
    for (size_t at = 0, end; at < limit; at = end) {
        if (stop_asked(r)) {
            limit = at;
            break;
        }
        end = window_end(at, len);
        cf_hit *hits = cf_extract_window(l->x, line, len, at, end, &n);
        total += n;
        match |= cf_filter_matches(r->filter, hits, n);
    }
    int64_t ms;
    int own = 0;
    int selected = (!r->windowed || in_window(l, line, len, &ms, &own)) &&
                   cf_filter_select_match(r->filter, match);
    if (r->context != NULL) {
        selected = cf_context_select(r->context, selected);
        l->lineno++; /* the line's own number, while its prefix is written */
        (void)in_context(l, selected, line, len);
        l->lineno--;
    }
    int print = selected && r->cfg.print_lines, jsonl = r->cfg.output == CF_OUTPUT_JSONL;
    int color = r->cfg.color && !jsonl;
    int timed = total > 0 && selected && r->cfg.timeline &&
                (r->windowed ? own : cf_timestamp_find(line, len, &ms));
    cf_annotating a;
    if (print && total > 0)
        cf_annotate_open(&a, l->out, line, len, color, jsonl, r->cfg.name_files ? l->name : NULL,
                         l->lineno + 1);
    for (size_t at = 0, end; print && total > 0 && color && at < limit; at = end) {
        if (stop_asked(r))
            break; /* the rest of the text goes out plain */
        end = window_end(at, len);
        cf_hit *hits = cf_extract_window(l->x, line, len, at, end, &n);
        cf_annotate_text_window(&a, hits, n, end);
    }
    if (selected && total > 0 && l->tm != NULL)
        cf_template_new_line(l->tm);
    for (size_t at = 0, end; selected && total > 0 && at < limit; at = end) {
        if (stop_asked(r))
            break;
        end = window_end(at, len);
        cf_hit *hits = cf_extract_window(l->x, line, len, at, end, &n);
        for (size_t i = 0; l->tm != NULL && i < n; i++)
            cf_template_render(l->tm, line, len, &hits[i]);
        if (cf_summary_add_hits(l->summary, hits, n, timed ? &ms : NULL, line) != 0)
            l->no_memory = 1;
        counted += n;
        if (print)
            cf_annotate_hits(&a, hits, n);
    }
    cf_summary_add_line(l->summary, selected, counted > 0, counted > 0 && timed ? &ms : NULL);
    l->lineno++;
    if (!selected)
        return;
    l->selected_any = 1;
    if (!print)
        return;
    l->wrote = 1;
    l->unterminated = len == 0 || line[len - 1] != '\n';
    if (total > 0)
        cf_annotate_close(&a);
    else if (jsonl)
        cf_annotate_jsonl(l->out, r->cfg.name_files ? l->name : NULL, l->lineno, line, len, NULL,
                          0);
    else
        cf_annotate_text(l->out, line, len, NULL, 0, 0);
}

/* The end of the line that holds offset at: just past its '\n', or n. */
static size_t line_end(const char *s, size_t n, size_t at) {
    const char *nl = memchr(s + at, '\n', n - at);
    return nl != NULL ? (size_t)(nl - s) + 1 : n;
}

/* Passes on a lane's part: only the lines that hold a code are looked at one by one, unless every
 * line must be (numbered output of every line, or a window: every line's time is read); the
 * others go on in pieces, their lines counted one piece at a time when numbered, else all at
 * once. */
static void run_lane(void *arg) {
    lane *l = arg;
    const cf_run *r = l->r;
    const char *s = l->s;
    size_t n = l->n, nhits, h = 0, at = 0;
    cf_hit *hits = cf_extract(l->x, s, n, &nhits);
    int per_line = r->windowed || (r->numbered && r->bare_selected) || r->context != NULL;
    unsigned long long code_lines = 0;
    while (at < n && !(r->cfg.stop_at_first && l->selected_any) &&
           !(r->context != NULL && cf_context_enough(r->context))) {
        size_t start = n; /* where the line of the next code starts */
        if (h < nhits) {
            const char *nl = memrchr(s + at, '\n', hits[h].start - at);
            start = nl != NULL ? (size_t)(nl - s) + 1 : at;
        }
        if (per_line && start > at) {
            size_t end = line_end(s, n, at);
            one_line(l, s + at, end - at, NULL, 0);
            at = end;
            continue;
        }
        bare_lines(l, s + at, start - at);
        if (h == nhits)
            break;
        size_t end = line_end(s, n, hits[h].start), k = h;
        for (; k < nhits && hits[k].start < end; k++) {
            hits[k].start -= start;
            hits[k].end -= start;
            hits[k].key_start -= start;
            hits[k].key_end -= start;
        }
        one_line(l, s + start, end - start, hits + h, k - h);
        code_lines++;
        h = k;
        at = end;
    }
    if (!r->numbered && !r->windowed && r->context == NULL) { /* the newlines were counted as
                                                                  the codes were looked for */
        unsigned long long lines = lines_of(cf_extract_newlines(l->x), s, n);
        if (lines > code_lines)
            cf_summary_add_lines(l->summary, lines - code_lines, r->bare_selected);
        l->lineno += lines - code_lines;
    }
}

/* Takes over what a lane found: whether it selected or wrote, and where the count stands. */
static void join_lane(cf_run *r, const lane *l) {
    r->no_memory |= l->no_memory || cf_extractor_failed(l->x) || cf_out_errno(l->out) == ENOMEM;
    r->selected_any |= l->selected_any;
    if (l->wrote)
        r->unterminated = l->unterminated;
    r->lineno = l->lineno;
}

/* Readies a lane for a part: s[0..n), whose first line is number lineno + 1, written and counted
 * directly in the run's output and summary, or in the lane's own. */
static void start_lane(lane *l, const char *name, const char *s, size_t n,
                       unsigned long long lineno, int direct) {
    l->name = name;
    l->s = s;
    l->n = n;
    l->lineno = lineno;
    l->selected_any = l->wrote = l->unterminated = l->no_memory = 0;
    l->out = direct ? l->r->out : l->own_out;
    l->summary = direct ? l->r->summary : l->own_summary;
}

/* Adds what a lane wrote and counted in its own output and summary to the run's, and takes over
 * the rest of what it found (join_lane). */
static void add_lane(cf_run *r, lane *l) {
    size_t len;
    const char *text = cf_out_take(l->own_out, &len);
    cf_out_write(r->out, text, len);
    if (cf_summary_merge(r->summary, l->own_summary) != 0)
        r->no_memory = 1;
    cf_summary_reset(l->own_summary);
    join_lane(r, l);
}

static void one_block(cf_run *r, const char *name, const char *s, size_t n) {
    int split_it =
        r->pair != NULL && !r->windowed && cf_pair_parallel(r->pair) && n >= PARALLEL_MIN;
    const char *mid = split_it ? memchr(s + n / 2, '\n', n - n / 2) : NULL;
    size_t split = mid != NULL && mid + 1 < s + n ? (size_t)(mid - s) + 1 : n;
    lane *a = &r->lanes[0], *b = &r->lanes[1];
    start_lane(a, name, s, split, r->lineno, 1);
    if (n > READ_BUFFER &&
        memchr(s, '\n', n - 1) == NULL) { /* one line, too long to hold its hits */
        huge_line(a, s, n);
        join_lane(r, a);
        return;
    }
    if (split == n) {
        run_lane(a);
        join_lane(r, a);
        return;
    }
    unsigned long long after_a = r->numbered ? r->lineno + count_lines(s, split) : 0;
    start_lane(b, name, s + split, n - split, after_a, 0);
    cf_pair_run(r->pair, run_lane, a, b);
    join_lane(r, a);
    add_lane(r, b);
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
        if (r->warned[i] || hits == 0)
            continue;
        r->warned[i] = 1;
        if (r->cfg.warn_limit != NULL)
            r->cfg.warn_limit(r->cfg.warn_ctx, i, name);
    }
}

/* The PCRE2 limit hits of a lane's own extractor and template matcher. */
static unsigned long lane_limit_hits(const lane *l) {
    return cf_extractor_limit_hits(l->x) + cf_template_limit_hits(l->tm);
}

/* Notes the lane's limit hits, in all and per pattern, before it passes on a chunk's part, so that
 * its commit counts the part's own. Returns -1 when out of memory. */
static int note_hits_before(lane *l, size_t npatterns) {
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
static void note_lane_limit_hits(cf_run *r, const lane *l, const char *name) {
    unsigned long total = lane_limit_hits(l);
    if (total == l->limit_hits)
        return;
    cf_summary_add_limit_hits(r->summary, total - l->limit_hits);
    for (size_t i = 0; i < r->npatterns; i++) {
        unsigned long before = i < l->npattern_hits ? l->pattern_hits[i] : 0;
        if (r->warned[i] || cf_extractor_pattern_limit_hits(l->x, i) == before)
            continue;
        r->warned[i] = 1;
        if (r->cfg.warn_limit != NULL)
            r->cfg.warn_limit(r->cfg.warn_ctx, i, name);
    }
}

/* A regular file read by the pool's threads, a chunk each, from base to size: the size when the
 * reading started (what is appended later is read by the single-thread path). */
typedef struct chunked {
    cf_run *r;
    int fd;
    const char *name;
    off_t base, size;
    size_t limit;              /* the longest line a chunk takes (with its '\n') */
    unsigned long long lineno; /* lines passed on before base */
    off_t done;                /* where the lines committed so far end */
    int read_errno;            /* a chunk could not be read */
} chunked;

/* Reads up to n bytes of fd at offset off into buf, however many calls it takes. Returns the
 * number read, fewer than n only at the end of the file, or -1 with errno set. */
static ssize_t pread_full(int fd, char *buf, size_t n, off_t off) {
    size_t got = 0;
    while (got < n) {
        ssize_t k = pread(fd, buf + got, n - got, off + (off_t)got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return -1;
        if (k == 0)
            break;
        got += (size_t)k;
    }
    return (ssize_t)got;
}

/* Zeroed bytes past a chunk buffer's capacity, as the reader keeps past its buffer: PCRE2's JIT
 * reads a little past a subject's end, and a chunk's lines may end at the buffer's last byte. */
#define CHUNK_SLACK 64

/* Makes room for n bytes in the lane's chunk buffer, and CHUNK_SLACK more, every byte of them
 * defined. Returns -1 when out of memory. */
static int chunk_room(lane *l, size_t n) {
    if (n <= l->chunk_cap)
        return 0;
    char *b = realloc(l->chunk, n + CHUNK_SLACK);
    if (b == NULL)
        return -1;
    memset(b + l->chunk_cap, 0, n - l->chunk_cap + CHUNK_SLACK);
    l->chunk = b;
    l->chunk_cap = n;
    return 0;
}

/* Sets the lane's part to the bytes [start, end) of its chunk buffer, which was read from file
 * offset lo, and notes where they end in the file. */
static cf_pool_ticket chunk_part(lane *l, off_t lo, size_t start, size_t end, cf_pool_ticket k) {
    l->s = l->chunk + start;
    l->n = end - start;
    l->chunk_end = lo + (off_t)end;
    return k;
}

/* Where the line that holds buf[last] ends, in the lane's chunk buffer buf[0..have), read from
 * file offset lo; the lines of the chunk start at start. Reads on past have as far as that line's
 * '\n'. Returns the offset just past it; or, when the file ends first or the line is longer than
 * c->limit, the offset where the line starts, with *cut set (the single-thread path takes the file
 * up there); or SIZE_MAX with errno set when reading failed. */
static size_t line_through(chunked *c, lane *l, off_t lo, size_t start, size_t have, size_t last,
                           int *cut) {
    const char *nl = memrchr(l->chunk + start, '\n', last - start);
    size_t ls = nl != NULL ? (size_t)(nl - l->chunk) + 1 : start, from = last;
    for (;;) {
        nl = memchr(l->chunk + from, '\n', have - from);
        if (nl != NULL && (size_t)(nl - l->chunk) + 1 - ls <= c->limit)
            return (size_t)(nl - l->chunk) + 1;
        off_t at = lo + (off_t)have;
        size_t step = 64 * 1024;
        if (nl != NULL || have - ls > c->limit || at >= c->size) {
            *cut = 1;
            return ls;
        }
        if ((off_t)step > c->size - at)
            step = (size_t)(c->size - at);
        if (chunk_room(l, have + step) != 0) {
            errno = ENOMEM;
            return SIZE_MAX;
        }
        ssize_t got = pread_full(c->fd, l->chunk + have, step, at);
        if (got < 0)
            return SIZE_MAX;
        if (got == 0) { /* the file shrank */
            *cut = 1;
            return ls;
        }
        from = have;
        have += (size_t)got;
    }
}

/* Reads the chunk that starts at file offset o into the lane: the lines that start in
 * [o, o + CHUNK), each whole, so that every line belongs to exactly one chunk. Returns
 * CF_POOL_END when no line starts at o or after it; CF_POOL_LAST when the threads' reading ends
 * with this chunk (at the file's size, before a line longer than the limit, or at a read error,
 * with l->read_errno set), l->chunk_end being where the single-thread path takes up; else
 * CF_POOL_GO. The part may be empty: a line that started in an earlier chunk covers this one. */
static cf_pool_ticket read_chunk(chunked *c, lane *l, off_t o) {
    l->n = 0;
    l->read_errno = 0;
    if (o >= c->size)
        return CF_POOL_END;
    off_t lo = o > c->base ? o - 1 : o; /* the byte before tells whether a line starts at o */
    off_t hi = c->size - o > CHUNK ? o + CHUNK : c->size;
    size_t want = (size_t)(hi - lo);
    if (chunk_room(l, want) != 0) {
        l->read_errno = ENOMEM;
        return chunk_part(l, lo, 0, 0, CF_POOL_LAST);
    }
    ssize_t got = pread_full(c->fd, l->chunk, want, lo);
    if (got < 0) {
        l->read_errno = errno;
        return chunk_part(l, lo, 0, 0, CF_POOL_LAST);
    }
    size_t have = (size_t)got, start = 0;
    int at_end = have < want || hi == c->size;
    if (o > c->base) {
        const char *nl = memchr(l->chunk, '\n', have);
        start = nl != NULL ? (size_t)(nl - l->chunk) + 1 : have;
        if (lo + (off_t)start >= hi) /* no line starts in the chunk */
            return at_end ? CF_POOL_END : chunk_part(l, lo, 0, 0, CF_POOL_GO);
    }
    if (at_end) { /* the lines end at the last '\n'; a last line without one is left */
        const char *nl = memrchr(l->chunk + start, '\n', have - start);
        return chunk_part(l, lo, start, nl != NULL ? (size_t)(nl - l->chunk) + 1 : start,
                          CF_POOL_LAST);
    }
    int cut = 0;
    size_t end = line_through(c, l, lo, start, have, have - 1, &cut);
    if (end == SIZE_MAX) {
        l->read_errno = errno;
        return chunk_part(l, lo, 0, 0, CF_POOL_LAST);
    }
    return chunk_part(l, lo, start, end, cut ? CF_POOL_LAST : CF_POOL_GO);
}

/* The pool's work on ticket t: reads chunk t and passes its lines on, into the lane's own output
 * and summary. */
static cf_pool_ticket chunk_work(void *ctx, int w, unsigned long t) {
    chunked *c = ctx;
    cf_run *r = c->r;
    lane *l = &r->lanes[w];
    cf_pool_ticket k = read_chunk(c, l, c->base + (off_t)t * CHUNK);
    if (k == CF_POOL_END)
        return k;
    unsigned long long before = 0;
    if (r->numbered && cf_pool_chain(r->pool, t, count_lines(l->s, l->n), &before) != 0)
        return CF_POOL_END; /* the reading ended before t */
    start_lane(l, c->name, l->s, l->n, r->numbered ? c->lineno + before : 0, 0);
    if (note_hits_before(l, r->npatterns) != 0)
        l->no_memory = 1;
    if (l->n > 0)
        run_lane(l);
    return k;
}

/* Whether a signal asked for a stop, a report or a reload: the threads' reading ends, so that the
 * single-thread loop can attend to it between two chunks. */
static int attention_asked(const cf_run *r) {
    return flag_set(r->cfg.watch.stop) || flag_set(r->cfg.watch.attention);
}

/* The pool's commit of ticket t: the lane's output and counts, added to the run's in order. */
static int chunk_commit(void *ctx, int w, unsigned long t) {
    (void)t;
    chunked *c = ctx;
    cf_run *r = c->r;
    lane *l = &r->lanes[w];
    unsigned long long lineno = r->lineno;
    if (l->read_errno == ENOMEM)
        r->no_memory = 1;
    else if (l->read_errno != 0)
        c->read_errno = l->read_errno;
    if (l->read_errno != 0)
        return 1;
    add_lane(r, l);
    if (!r->numbered)
        r->lineno = lineno + l->lineno;
    if (l->chunk_end > c->done)
        c->done = l->chunk_end;
    note_lane_limit_hits(r, l, c->name);
    return r->no_memory || cf_out_errno(r->out) != 0 || attention_asked(r);
}

/* The pool's drop of ticket t: what the lane wrote and counted is forgotten. */
static void chunk_drop(void *ctx, int w, unsigned long t) {
    (void)t;
    chunked *c = ctx;
    lane *l = &c->r->lanes[w];
    size_t len;
    (void)cf_out_take(l->own_out, &len);
    cf_summary_reset(l->own_summary);
}

/* Whether fd is read by the pool's threads: a regular file with at least two chunks left, when
 * every line the chunks take whole is one the single-thread path would take whole too, and no
 * window is set (a line without a time takes that of the line before it, which may stand in the
 * chunk before). Sets *at to where reading starts and *size to the file's size. */
static int threads_read(const cf_run *r, int fd, off_t *at, off_t *size) {
    struct stat st;
    if (r->pool == NULL || r->cfg.stop_at_first || r->windowed ||
        (r->cfg.max_line != 0 && r->cfg.max_line < READ_BUFFER) || fstat(fd, &st) != 0 ||
        !S_ISREG(st.st_mode))
        return 0;
    *at = lseek(fd, 0, SEEK_CUR);
    *size = st.st_size;
    char magic[4];
    ssize_t n = *at >= 0 ? pread_full(fd, magic, sizeof magic, *at) : -1;
    return n >= 0 && cf_format_of(magic, (size_t)n, 1) == CF_FORMAT_PLAIN &&
           *size - *at >= 2 * CHUNK; /* a compressed file is decoded by one thread, in order */
}

/* Reads the regular file fd with the pool's threads from *at until its lines up to size are
 * passed on, a line is longer than a chunk may take, or a signal asks for attention; *at is then
 * where the single-thread path takes up. */
static cf_run_status read_by_threads(cf_run *r, int fd, const char *name, off_t *at, off_t size) {
    chunked c = {.r = r,
                 .fd = fd,
                 .name = name,
                 .base = *at,
                 .size = size,
                 .limit = READ_BUFFER,
                 .lineno = r->lineno,
                 .done = *at};
    cf_pool_job job = {chunk_work, chunk_commit, chunk_drop, &c};
    cf_pool_run(r->pool, &job);
    /* The hits of the chunks dropped are not counted: their lines are read again, or not at all. */
    r->limit_hits = cf_run_limit_hits(r);
    *at = c.done;
    if (c.read_errno != 0) {
        errno = c.read_errno;
        return CF_RUN_READ_ERROR;
    }
    if (r->no_memory)
        return CF_RUN_NO_MEMORY;
    if (cf_out_errno(r->out) != 0)
        return CF_RUN_WRITE_ERROR;
    return CF_RUN_EOF;
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
    if (threads_read(r, fd, &at, &size)) {
        for (;;) {
            off_t from = at;
            cf_run_status st = read_by_threads(r, fd, name, &at, size);
            if (st != CF_RUN_EOF)
                return st;
            int asked = attention_asked(r);
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
