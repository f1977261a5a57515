#include "lane.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annotate.h"
#include "own.h"
#include "timestamp.h"

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
unsigned long long cf_lane_count_lines(const char *s, size_t n) {
    return lines_of(count_newlines(s, n), s, n);
}

/* Passes on lines without codes, s[0..n), in one piece: they are all selected or none is. When
 * numbered, their lines are counted here; otherwise the caller counts them in bulk. */
static void bare_lines(lane *l, const char *s, size_t n) {
    const cf_run *r = l->r;
    if (n == 0)
        return;
    if (r->numbered || r->context != NULL) {
        unsigned long long lines = cf_lane_count_lines(s, n);
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

/* Reads the hits of line[0..len) a window at a time up to *limit (cut short, to where it stopped,
 * by a stop): whether one matches the filters, and in *total how many there are. */
static int huge_match(lane *l, const char *line, size_t len, size_t *limit, size_t *total) {
    int match = 0;
    size_t n;
    for (size_t at = 0, end; at < *limit; at = end) {
        if (cf_stop_asked(l->r)) {
            *limit = at;
            break;
        }
        end = window_end(at, len);
        cf_hit *hits = cf_extract_window(l->x, line, len, at, end, &n);
        *total += n;
        match |= cf_filter_matches(l->r->filter, hits, n);
    }
    return match;
}

/* With color: writes the line with its codes highlighted, a window at a time (after a stop, the
 * rest of the text goes out plain). */
static void huge_highlight(lane *l, cf_annotating *a, const char *line, size_t len, size_t limit) {
    size_t n;
    for (size_t at = 0, end; at < limit && !cf_stop_asked(l->r); at = end) {
        end = window_end(at, len);
        cf_hit *hits = cf_extract_window(l->x, line, len, at, end, &n);
        cf_annotate_text_window(a, hits, n, end);
    }
}

/* Counts the hits of a selected line a window at a time, renders its templates, and annotates
 * them into a when it is not NULL. Returns how many were counted. */
static size_t huge_count(lane *l, cf_annotating *a, const char *line, size_t len, size_t limit,
                         const int64_t *ms) {
    size_t counted = 0, n;
    if (l->tm != NULL)
        cf_template_new_line(l->tm);
    for (size_t at = 0, end; at < limit && !cf_stop_asked(l->r); at = end) {
        end = window_end(at, len);
        cf_hit *hits = cf_extract_window(l->x, line, len, at, end, &n);
        for (size_t i = 0; l->tm != NULL && i < n; i++)
            cf_template_render(l->tm, line, len, &hits[i]);
        if (cf_summary_add_hits(l->summary, hits, n, ms, line) != 0)
            l->no_memory = 1;
        counted += n;
        if (a != NULL)
            cf_annotate_hits(a, hits, n);
    }
    return counted;
}

/* Passes on one line longer than WINDOW as one_line does, with the same output and counts, but
 * reading its hits a window at a time: once to see whether the line is selected, once more to
 * count and annotate them (and once before that to highlight them, with color). A stop asked for
 * meanwhile ends the reading at the next window: the line goes out whole, with the annotations
 * and counts of the codes read so far, so that a stop takes effect within one window's time. */
void cf_lane_huge_line(lane *l, const char *line, size_t len) {
    const cf_run *r = l->r;
    size_t keep, from, total = 0, counted = 0;
    line = cf_annotation_strip(line, &len, cf_extractor_catalogue(l->x), &l->own, &l->own_cap,
                               &keep, &from);
    if (keep == SIZE_MAX)
        l->no_memory = 1;
    size_t limit = len;
    int match = huge_match(l, line, len, &limit, &total);
    int64_t ms;
    int own = 0;
    int selected = (!r->windowed || in_window(l, line, len, &ms, &own)) &&
                   cf_filter_select_match(r->filter, match);
    l->lineno++; /* the line's own number, from here on */
    if (r->context != NULL) {
        selected = cf_context_select(r->context, selected);
        (void)in_context(l, selected, line, len);
    }
    int print = selected && r->cfg.print_lines, jsonl = r->cfg.output == CF_OUTPUT_JSONL;
    int timed = total > 0 && selected && r->cfg.timeline &&
                (r->windowed ? own : cf_timestamp_find(line, len, &ms));
    cf_annotating a;
    if (print && total > 0) {
        cf_annotate_open(&a, l->out, line, len, r->cfg.color && !jsonl, jsonl,
                         r->cfg.name_files ? l->name : NULL, l->lineno);
        if (r->cfg.color && !jsonl)
            huge_highlight(l, &a, line, len, limit);
    }
    if (selected && total > 0)
        counted = huge_count(l, print ? &a : NULL, line, len, limit, timed ? &ms : NULL);
    cf_summary_add_line(l->summary, selected, counted > 0, counted > 0 && timed ? &ms : NULL);
    l->selected_any |= selected;
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
void cf_lane_run(void *arg) {
    lane *l = arg;
    const cf_run *r = l->r;
    const char *s = l->s;
    size_t n = l->n, nhits, h = 0, at = 0;
    cf_hit *hits = cf_extract(l->x, s, n, &nhits);
    int per_line = r->per_line;
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
void cf_lane_join(cf_run *r, const lane *l) {
    r->no_memory |= l->no_memory || cf_extractor_failed(l->x) || cf_out_errno(l->out) == ENOMEM;
    r->selected_any |= l->selected_any;
    if (l->wrote)
        r->unterminated = l->unterminated;
    r->lineno = l->lineno;
}

/* Readies a lane for a part: s[0..n), whose first line is number lineno + 1, written and counted
 * directly in the run's output and summary, or in the lane's own. */
void cf_lane_start(lane *l, const char *name, const char *s, size_t n, unsigned long long lineno,
                   int direct) {
    l->name = name;
    l->s = s;
    l->n = n;
    l->lineno = lineno;
    l->selected_any = l->wrote = l->unterminated = l->no_memory = 0;
    l->out = direct ? l->r->out : l->own_out;
    l->summary = direct ? l->r->summary : l->own_summary;
}

/* Adds what a lane wrote and counted in its own output and summary to the run's, and takes over
 * the rest of what it found (cf_lane_join). */
void cf_lane_add(cf_run *r, lane *l) {
    size_t len;
    const char *text = cf_out_take(l->own_out, &len);
    cf_out_write(r->out, text, len);
    if (cf_summary_merge(r->summary, l->own_summary) != 0)
        r->no_memory = 1;
    cf_summary_reset(l->own_summary);
    cf_lane_join(r, l);
}
