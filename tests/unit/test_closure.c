/* Closure: every JSON summary codefilter writes merges again, and merging is exact however the
 * input was cut, wherever a reload changed the catalogue, under whichever catalogue the merge
 * runs: merge(merge(a) + b) == merge(a + b) == the summary of the whole input. Random cases, from
 * a fixed seed so that a failure is repeatable (its case number is in the message). */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"
#include "merge.h"
#include "report.h"
#include "run.h"
#include "template.h"

#define CASES      1000
#define MAX_LINES  40
#define MAX_PIECES 4

static uint64_t rng;

static unsigned rnd(unsigned n) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)((rng >> 11) % n);
}

typedef struct text {
    char *p;
    size_t n, cap;
} text;

static void add(text *t, const char *s, size_t n) {
    if (t->n + n + 1 > t->cap) {
        t->cap = 2 * (t->n + n + 1);
        t->p = realloc(t->p, t->cap);
        cr_assert_not_null(t->p);
    }
    memcpy(t->p + t->n, s, n);
    t->n += n;
    t->p[t->n] = '\0';
}

static void addf(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void addf(text *t, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    add(t, buf, (size_t)n);
}

/* The codes lines use: some in the catalogues, some never. */
static const char *const pool[] = {"100001", "100002", "100003", "100004",
                                   "100005", "200006", "300007", "999999"};
#define POOL (sizeof pool / sizeof *pool)
static const char *const categories[] = {"success", "validation", "client", "server"};
static const char *const messages[] = {"Order accepted", "Field {0} is required",
                                       "Amount {0} exceeds {1}", "Gateway down"};

/* A random catalogue document over the pool. */
static cf_catalogue *random_catalogue(void) {
    text t = {0};
    add(&t, "{\"codes\":[", 10);
    int first = 1;
    for (size_t i = 0; i < POOL - 1; i++) { /* 999999 is never in a catalogue */
        if (rnd(4) == 0)
            continue;
        addf(&t, "%s{\"code\":\"%s\",\"category\":\"%s\",\"message\":\"%s\"}", first ? "" : ",",
             pool[i], categories[rnd(4)], messages[rnd(4)]);
        first = 0;
    }
    add(&t, "]}", 2);
    cf_catalogue *cat = cf_catalogue_new();
    cf_error err;
    cr_assert_eq(cf_catalogue_load(cat, t.p, t.n, "random.json", &err), 0, "%s", err.text);
    free(t.p);
    return cat;
}

/* A random log: lines with or without a time, with up to three codes, some with a message
 * rendered beside them. */
static size_t random_lines(text *lines, size_t *starts) {
    size_t n = 1 + rnd(MAX_LINES);
    for (size_t i = 0; i < n; i++) {
        starts[i] = lines->n;
        if (rnd(10) < 7)
            addf(lines, "2025-09-0%uT%02u:%02u:%02u.%03uZ ", 1 + rnd(3), rnd(24), rnd(60), rnd(60),
                 rnd(1000));
        add(lines, "req", 3);
        for (unsigned k = rnd(4); k > 0; k--) {
            const char *code = pool[rnd(POOL)];
            addf(lines, " code=%s", code);
            if (rnd(3) == 0)
                addf(lines, " Field f%u is required", rnd(3));
            else if (rnd(4) == 0)
                addf(lines, " Amount %u exceeds %u", rnd(9), rnd(9));
        }
        add(lines, "\n", 1);
    }
    starts[n] = lines->n;
    return n;
}

typedef struct config {
    cf_catalogue *cat;
    cf_templates *tpl;
} config;

static int input_of(const char *s, size_t n) {
    int fd = memfd_create("input", 0);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, s, n), (ssize_t)n);
    lseek(fd, 0, SEEK_SET);
    return fd;
}

static char *json_of(const cf_summary *s) {
    cf_out *o = cf_out_new_memory(256);
    cf_report_write(s, CF_REPORT_JSON, 0, o);
    size_t len;
    const char *p = cf_out_take(o, &len);
    char *copy = strndup(p, len);
    cf_out_free(o);
    return copy;
}

/* The JSON summary of lines [from, to) of the log, run under cf[0] before line reload and cf[1]
 * from it on (as a SIGHUP does: the counts are kept, the codes rebound). */
static char *run_piece(const char *log, const size_t *starts, size_t from, size_t to, size_t reload,
                       const config cf[2], const cf_patterns *pats, int64_t width) {
    cf_filter *f = cf_filter_new();
    cf_summary *s = cf_summary_new();
    cf_out *o = cf_out_new_memory(4096);
    cr_assert_eq(cf_summary_set_bucket(s, width), 0);
    cf_run_config cfg = {.output = CF_OUTPUT_TEXT,
                         .print_lines = 1,
                         .timeline = 1,
                         .watch = {.wake_fd = -1},
                         .max_line = 100000};
    int now = from >= reload;
    cf_run *r = cf_run_new(&cfg, pats, cf[now].cat, f, s, o);
    cr_assert_eq(cf_run_render(r, cf[now].tpl), 0);
    size_t cut[3] = {from, to, to};
    if (from < reload && reload < to)
        cut[1] = reload;
    for (int k = 0; k < 2 && cut[k] < cut[k + 1]; k++) {
        if (k == 1) {
            cr_assert_eq(cf_run_reload(r, pats, cf[1].cat, cf[1].tpl), 0);
            cf_summary_rebind(s, cf[1].cat);
        }
        int fd = input_of(log + starts[cut[k]], starts[cut[k + 1]] - starts[cut[k]]);
        cr_assert_eq(cf_run_fd(r, fd, "in"), CF_RUN_EOF);
        close(fd);
    }
    char *json = json_of(s);
    cf_run_free(r);
    cf_out_free(o);
    cf_summary_free(s);
    cf_filter_free(f);
    return json;
}

/* Merges the summaries under cat, as --merge does; fails the test when one is refused. */
static char *merge(const char *summaries, const cf_catalogue *cat, int n_case) {
    cf_summary *s = cf_summary_new();
    int adopt = 1;
    cf_error err;
    long n = cf_merge_summaries(s, cat, summaries, strlen(summaries), "summaries", &adopt, &err);
    cr_assert_geq(n, 1, "case %d: a summary codefilter wrote was refused: %s\n%s", n_case, err.text,
                  summaries);
    for (int f = CF_REPORT_TEXT; f <= CF_REPORT_HTML; f++) { /* every format writes it */
        cf_out *o = cf_out_new_memory(256);
        cf_report_write(s, (cf_report_format)f, 0, o);
        size_t len;
        cf_out_take(o, &len);
        cr_assert_gt(len, 0);
        cf_out_free(o);
    }
    char *json = json_of(s);
    cf_summary_free(s);
    return json;
}

/* The summary without its messages (which come from the catalogue in use, not from counting). */
static char *figures(const char *json) {
    char *out = strdup(json), *w = out;
    for (const char *p = json; *p != '\0';) {
        if (strncmp(p, "\"message\":", 10) == 0) {
            p += 10;
            if (*p == '"') {
                for (p++; *p != '"'; p++)
                    if (*p == '\\')
                        p++;
                p++;
            } else {
                p += 4; /* null */
            }
            continue;
        }
        *w++ = *p++;
    }
    *w = '\0';
    return out;
}

Test(closure, merges_of_any_cuts_reloads_and_catalogues_agree) {
    cf_patterns *pats = builtin_patterns();
    static const int64_t widths[] = {60000, 3600000, 86400000};
    for (int n_case = 0; n_case < CASES; n_case++) {
        rng = 0x9E3779B97F4A7C15ull ^ (uint64_t)(n_case + 1) * 0xBF58476D1CE4E5B9ull;
        config cf[2];
        cf_error err;
        for (int i = 0; i < 2; i++) {
            cf[i].cat = random_catalogue();
            cf[i].tpl = cf_templates_new(cf[i].cat, &err);
            cr_assert_not_null(cf[i].tpl, "%s", err.text);
        }
        text log = {0};
        size_t starts[MAX_LINES + 1];
        size_t n = random_lines(&log, starts);
        size_t reload = rnd(3) == 0 ? n : rnd((unsigned)n + 1); /* n: no reload */
        int64_t width = widths[rnd(3)];

        char *whole = run_piece(log.p, starts, 0, n, reload, cf, pats, width);
        size_t cuts[MAX_PIECES + 1] = {0}, npieces = 1 + rnd(MAX_PIECES);
        for (size_t k = 1; k < npieces; k++)
            cuts[k] = cuts[k - 1] + rnd((unsigned)(n - cuts[k - 1]) + 1);
        cuts[npieces] = n;
        text all = {0}, head = {0}, tail = {0};
        size_t split = rnd((unsigned)npieces + 1); /* merge(merge(pieces before it) + the rest) */
        for (size_t k = 0; k < npieces; k++) {
            char *piece = run_piece(log.p, starts, cuts[k], cuts[k + 1], reload, cf, pats, width);
            add(&all, piece, strlen(piece));
            add(k < split ? &head : &tail, piece, strlen(piece));
            free(piece);
        }
        const cf_catalogue *mcat = cf[rnd(2)].cat; /* --merge under either catalogue */
        char *merged = merge(all.p, mcat, n_case);
        if (head.n > 0) {
            char *first = merge(head.p, mcat, n_case);
            add(&tail, first, strlen(first));
            free(first);
        }
        char *nested = merge(tail.p, mcat, n_case);
        char *again = merge(merged, mcat, n_case);
        char *of_whole = merge(whole, mcat, n_case);
        cr_assert_str_eq(nested, merged, "case %d: merge(merge(a) + b) != merge(a + b)", n_case);
        cr_assert_str_eq(again, merged, "case %d: merging a merge changed it", n_case);
        cr_assert_str_eq(of_whole, merged, "case %d: the pieces merge into other figures", n_case);
        char *f1 = figures(whole), *f2 = figures(merged);
        cr_assert_str_eq(f1, f2, "case %d: merged pieces differ from the whole run\n%s\n%s", n_case,
                         whole, merged);
        if (mcat == cf[reload < n].cat) /* the catalogue the whole run ended with */
            cr_assert_str_eq(whole, merged, "case %d", n_case);
        free(f1);
        free(f2);
        free(whole);
        free(merged);
        free(nested);
        free(again);
        free(of_whole);
        free(all.p);
        free(head.p);
        free(tail.p);
        free(log.p);
        for (int i = 0; i < 2; i++) {
            cf_templates_free(cf[i].tpl);
            cf_catalogue_free(cf[i].cat);
        }
    }
    cf_patterns_free(pats);
}
