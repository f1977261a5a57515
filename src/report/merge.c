#include "merge.h"

#include "reader.h"
#include "timestamp.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where an object starts, for messages: off in text, whose first byte stands at line0:col0 of
 * the input. */
typedef struct place {
    const char *text, *name;
    size_t len, off, line0, col0;
    cf_error *err;
    int *adopt_bucket; /* see cf_merge_summaries */
} place;

/* Sets *line and *col to where text[off] stands, text[0] standing at line0:col0. */
static void position(const char *text, size_t off, size_t line0, size_t col0, size_t *line,
                     size_t *col) {
    size_t l, c;
    cf_error_position(text, off, off, &l, &c);
    *line = line0 + l - 1;
    *col = l == 1 ? col0 + c - 1 : c;
}

/* Reports what is wrong with the summary that starts at pl->off. */
static int fail(const place *pl, const char *what) {
    size_t line, col;
    position(pl->text, pl->off < pl->len ? pl->off : pl->len, pl->line0, pl->col0, &line, &col);
    return cf_error_set(pl->err, "%s:%zu:%zu: %s", pl->name, line, col, what);
}

static int fail_member(const place *pl, const char *member, const char *must) {
    char msg[200];
    snprintf(msg, sizeof msg, "summary: \"%s\" must be %s", member, must);
    return fail(pl, msg);
}

/* Reads a count: a non-negative integer a double holds exactly. */
static int count_of(const place *pl, const cJSON *v, const char *what, unsigned long long *out) {
    if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 9007199254740992.0 ||
        floor(v->valuedouble) != v->valuedouble)
        return fail_member(pl, what, "a non-negative integer");
    *out = (unsigned long long)v->valuedouble;
    return 0;
}

/* a + b, or the largest count when that overflows (then it adds up to no count read). */
static unsigned long long plus(unsigned long long a, unsigned long long b) {
    return b > ~0ULL - a ? ~0ULL : a + b;
}

/* What a summary says, read and checked before any of it is added. */
typedef struct tally {
    unsigned long long totals[6], cats[CF_CAT_COUNT], untimed, codes_sum;
    unsigned long long by_code[CF_CAT_COUNT]; /* the codes' counts, by their own "category" */
    unsigned long long timed[CF_CAT_COUNT];   /* the timeline's counts */
    int categorised;                          /* every code says its category */
    const cJSON *codes, *timeline;            /* timeline: NULL in summaries from before it */
} tally;

enum { LINES, SELECTED, WITH_CODES, CODES_TOTAL };

static int read_totals(const place *pl, const cJSON *o, tally *t) {
    static const char *const names[6] = {"lines",       "selected_lines", "lines_with_codes",
                                         "codes_total", "long_lines",     "pattern_limit_hits"};
    for (int i = 0; i < 6; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, names[i]);
        if (v == NULL && i >= 4)
            continue; /* summaries of codefilter before these were counted */
        if (count_of(pl, v, names[i], &t->totals[i]) != 0)
            return -1;
    }
    return 0;
}

static int read_categories(const place *pl, const cJSON *o, tally *t) {
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(o, "categories");
    if (!cJSON_IsObject(c))
        return fail_member(pl, "categories", "an object");
    for (int i = 0; i < CF_CAT_COUNT; i++) {
        const char *id = cf_category_id((cf_category)i);
        if (count_of(pl, cJSON_GetObjectItemCaseSensitive(c, id), id, &t->cats[i]) != 0)
            return -1;
    }
    return 0;
}

/* Reads an optional time member: absent or null leaves *known 0. */
static int time_of(const place *pl, const cJSON *v, const char *what, int *known, int64_t *ms) {
    *known = 0;
    if (v == NULL || cJSON_IsNull(v))
        return 0;
    if (!cJSON_IsString(v) || !cf_timestamp_find(v->valuestring, strlen(v->valuestring), ms))
        return fail_member(pl, what, "a time such as \"2025-09-02T10:15:32.123Z\" or null");
    *known = 1;
    return 0;
}

/* Adds a code's first and last times, when it has them; with s NULL, only checks them. */
static int add_code_times(const place *pl, const cJSON *c, cf_summary *s, const char *code,
                          cf_category as) {
    int k1, k2;
    int64_t first, last;
    if (time_of(pl, cJSON_GetObjectItemCaseSensitive(c, "first_seen"), "first_seen", &k1, &first) !=
            0 ||
        time_of(pl, cJSON_GetObjectItemCaseSensitive(c, "last_seen"), "last_seen", &k2, &last) != 0)
        return -1;
    if (s != NULL && k1 && k2 && cf_summary_add_code_times(s, code, as, first, last) != 0)
        return fail(pl, "out of memory");
    return 0;
}

/* Adds a code's renderings ("renderings", "renderings_overflowed"), when it has them; with s
 * NULL, only checks them. */
static int add_renderings(const place *pl, const cJSON *c, cf_summary *s, const char *code,
                          cf_category as) {
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(c, "renderings");
    const cJSON *over = cJSON_GetObjectItemCaseSensitive(c, "renderings_overflowed");
    unsigned long long n = 0;
    if (cJSON_IsTrue(over))
        return s != NULL ? cf_summary_add_rendering(s, code, as, NULL, "", 0, 0) : 0;
    for (const cJSON *r = list != NULL ? list->child : NULL; r != NULL; r = r->next) {
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(r, "rendered");
        const cJSON *args = cJSON_GetObjectItemCaseSensitive(r, "args");
        char packed[1024];
        size_t at = 0;
        int nargs = 0;
        if (!cJSON_IsString(text) || !cJSON_IsArray(args))
            return fail_member(pl, "renderings", "a list of {\"rendered\", \"args\", \"count\"}");
        for (const cJSON *a = args->child; a != NULL; a = a->next, nargs++) {
            size_t l = cJSON_IsString(a) ? strlen(a->valuestring) : 0;
            if (!cJSON_IsString(a) || at + l + 1 > sizeof packed)
                return fail_member(pl, "args", "a short list of strings");
            memcpy(packed + at, a->valuestring, l + 1);
            at += l + 1;
        }
        if (count_of(pl, cJSON_GetObjectItemCaseSensitive(r, "count"), "count", &n) != 0)
            return -1;
        if (s != NULL &&
            cf_summary_add_rendering(s, code, as, text->valuestring, packed, nargs, n) != 0)
            return fail(pl, "out of memory");
    }
    return 0;
}

/* Reads the codes (six digits, a count, and the category, times and renderings they have) and
 * sums their counts, by category too. */
static int read_codes(const place *pl, const cJSON *o, tally *t) {
    t->codes = cJSON_GetObjectItemCaseSensitive(o, "codes");
    if (!cJSON_IsArray(t->codes))
        return fail_member(pl, "codes", "an array");
    t->categorised = 1;
    for (const cJSON *c = t->codes->child; c != NULL; c = c->next) {
        const cJSON *code = cJSON_GetObjectItemCaseSensitive(c, "code");
        const cJSON *category = cJSON_GetObjectItemCaseSensitive(c, "category");
        cf_category cat = CF_CAT_UNKNOWN;
        unsigned long long n = 0;
        if (!cJSON_IsString(code) || strlen(code->valuestring) != 6 ||
            strspn(code->valuestring, "0123456789") != 6)
            return fail_member(pl, "code", "a string of six digits");
        if (count_of(pl, cJSON_GetObjectItemCaseSensitive(c, "count"), "count", &n) != 0)
            return -1;
        if (category != NULL &&
            (!cJSON_IsString(category) ||
             cf_category_parse(category->valuestring, strlen(category->valuestring), &cat) != 0))
            return fail_member(pl, "category", "success, validation, client, server or unknown");
        if (add_code_times(pl, c, NULL, NULL, cat) != 0 ||
            add_renderings(pl, c, NULL, NULL, cat) != 0)
            return -1;
        t->categorised &= category != NULL;
        t->by_code[cat] = plus(t->by_code[cat], n);
        t->codes_sum = plus(t->codes_sum, n);
    }
    return 0;
}

/* Reads the untimed codes, the first and last times and the timeline, when the summary has them,
 * and sums the timeline's counts by category (a bucket without a start is not added: not
 * counted either). */
static int read_timeline(const place *pl, const cJSON *o, tally *t) {
    static const char *const edges[] = {"first_time", "last_time"};
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(o, "untimed_codes");
    int known;
    int64_t ms;
    if (u != NULL && count_of(pl, u, "untimed_codes", &t->untimed) != 0)
        return -1;
    for (int i = 0; i < 2; i++)
        if (time_of(pl, cJSON_GetObjectItemCaseSensitive(o, edges[i]), edges[i], &known, &ms) != 0)
            return -1;
    t->timeline = cJSON_GetObjectItemCaseSensitive(o, "timeline");
    if (t->timeline == NULL || cJSON_IsNull(t->timeline)) {
        t->timeline = NULL;
        return 0;
    }
    if (!cJSON_IsArray(t->timeline))
        return fail_member(pl, "timeline", "an array");
    for (const cJSON *b = t->timeline->child; b != NULL; b = b->next) {
        if (time_of(pl, cJSON_GetObjectItemCaseSensitive(b, "start"), "start", &known, &ms) != 0)
            return -1;
        for (int c = 0; known && c < CF_CAT_COUNT; c++) {
            unsigned long long n = 0;
            const char *id = cf_category_id((cf_category)c);
            if (count_of(pl, cJSON_GetObjectItemCaseSensitive(b, id), id, &n) != 0)
                return -1;
            t->timed[c] = plus(t->timed[c], n);
        }
    }
    return 0;
}

/* Checks that the counts add up as in every summary codefilter writes. */
static int check_sums(const place *pl, const tally *t) {
    const unsigned long long *n = t->totals;
    unsigned long long by_category = 0, timed = 0;
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        by_category = plus(by_category, t->cats[c]);
        timed = plus(timed, t->timed[c]);
    }
    if (by_category != n[CODES_TOTAL] || t->codes_sum != n[CODES_TOTAL])
        return fail(pl, "summary: the counts of categories and codes do not add up to "
                        "\"codes_total\"");
    if (n[SELECTED] > n[LINES])
        return fail(pl, "summary: \"selected_lines\" is more than \"lines\"");
    if (n[WITH_CODES] > n[SELECTED])
        return fail(pl, "summary: \"lines_with_codes\" is more than \"selected_lines\"");
    if (n[WITH_CODES] > n[CODES_TOTAL])
        return fail(pl, "summary: \"lines_with_codes\" is more than \"codes_total\" (a line with "
                        "codes has one at least)");
    if (n[WITH_CODES] == 0 && n[CODES_TOTAL] > 0)
        return fail(pl, "summary: \"codes_total\" is more than 0 but \"lines_with_codes\" is 0");
    if (t->timeline != NULL && plus(timed, t->untimed) != n[CODES_TOTAL])
        return fail(pl, "summary: the timeline and \"untimed_codes\" do not add up to "
                        "\"codes_total\"");
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        const char *id = cf_category_id((cf_category)c);
        char msg[200];
        if (t->timed[c] > t->cats[c])
            snprintf(msg, sizeof msg, "summary: the timeline has more %s codes than \"categories\"",
                     id);
        else if (t->categorised && t->by_code[c] != t->cats[c])
            snprintf(msg, sizeof msg,
                     "summary: the counts of the %s codes do not add up to \"categories\"", id);
        else
            continue;
        return fail(pl, msg);
    }
    return 0;
}

/* Sets or widens s's bucket width for a summary with buckets of secs seconds (see
 * cf_merge_summaries), or says which width would do. */
static int fit_buckets(const place *pl, unsigned long long secs, cf_summary *s) {
    /* Buckets start at multiples of their width since 1970, so buckets of a width that divides
     * the merge's add up exactly into the merge's; others cannot be split. Without --bucket the
     * merge takes the first summary's width, widened to the least common multiple as others
     * come (exact too); with it, a summary whose buckets do not divide it is an error. */
    int *adopt = pl->adopt_bucket;
    long long want = cf_summary_bucket(s) / 1000;
    unsigned long long lcm = 0;
    if (secs > 0) {
        unsigned long long a = (unsigned long long)want, b = secs;
        while (b != 0) {
            unsigned long long r = a % b;
            a = b, b = r;
        }
        lcm = (unsigned long long)want / a * secs;
    }
    if (adopt != NULL && *adopt == 1 && secs > 0) { /* the first timeline */
        if (cf_summary_set_bucket(s, (int64_t)secs * 1000) != 0)
            return fail(pl, "out of memory");
        want = (long long)secs;
        *adopt = 2;
    } else if (adopt != NULL && *adopt == 2 && secs > 0 && want % (long long)secs != 0 &&
               lcm <= 366ULL * 86400) {
        if (cf_summary_widen_bucket(s, (int64_t)lcm * 1000) != 0)
            return fail(pl, "out of memory");
        want = (long long)lcm;
    }
    if (secs > 0 && want % (long long)secs == 0)
        return 0;
    char msg[200];
    if (secs > 0 && lcm <= 366ULL * 86400)
        snprintf(msg, sizeof msg,
                 "summary: buckets of %llus do not add up into buckets of %llds: merge with "
                 "--bucket=%llus (or a multiple of it)",
                 secs, want, lcm);
    else
        snprintf(msg, sizeof msg, "summary: buckets of %llus do not add up into buckets of %llds",
                 secs, want);
    return fail(pl, msg);
}

/* Adds the timeline and the times of a summary (codefilter before timelines wrote none). */
static int add_times(const place *pl, const cJSON *o, const tally *t, cf_summary *s) {
    static const char *const edges[] = {"first_time", "last_time"};
    const cJSON *width = cJSON_GetObjectItemCaseSensitive(o, "bucket_seconds");
    unsigned long long secs = 0, n = 0;
    int known;
    int64_t ms = 0;
    if (width != NULL && count_of(pl, width, "bucket_seconds", &secs) != 0)
        return -1;
    if (t->timeline != NULL && fit_buckets(pl, secs, s) != 0)
        return -1;
    /* A summary without a timeline (codefilter before timelines) has codes of no known time. */
    cf_summary_add_untimed(s, t->timeline != NULL ? t->untimed : t->totals[CODES_TOTAL]);
    /* The times and counts below were checked by read_timeline. */
    for (int i = 0; i < 2; i++) {
        time_of(pl, cJSON_GetObjectItemCaseSensitive(o, edges[i]), edges[i], &known, &ms);
        if (known)
            cf_summary_note_time(s, ms);
    }
    for (const cJSON *b = t->timeline != NULL ? t->timeline->child : NULL; b != NULL; b = b->next) {
        time_of(pl, cJSON_GetObjectItemCaseSensitive(b, "start"), "start", &known, &ms);
        for (int c = 0; known && c < CF_CAT_COUNT; c++) {
            const char *id = cf_category_id((cf_category)c);
            count_of(pl, cJSON_GetObjectItemCaseSensitive(b, id), id, &n);
            if (n > 0 && cf_summary_add_bucket(s, ms, (cf_category)c, n) != 0)
                return fail(pl, "out of memory");
        }
    }
    return 0;
}

/* The category a summary's code was counted under: the one it names, or for a summary written
 * before codes named theirs (which has no timeline), the catalogue's. */
static cf_category counted_as(const cJSON *c, const cf_entry *e) {
    const cJSON *category = cJSON_GetObjectItemCaseSensitive(c, "category");
    cf_category cat;
    if (category != NULL &&
        cf_category_parse(category->valuestring, strlen(category->valuestring), &cat) == 0)
        return cat;
    return e != NULL ? e->category : CF_CAT_UNKNOWN;
}

/* Reads the window a summary's lines were selected in ("window", absent in a summary without
 * one: then no bound). */
static int read_window(const place *pl, const cJSON *o, cf_window *w) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "window");
    memset(w, 0, sizeof *w);
    if (v == NULL || cJSON_IsNull(v))
        return 0;
    if (!cJSON_IsObject(v))
        return fail_member(pl, "window", "an object with \"since\" and \"until\"");
    if (time_of(pl, cJSON_GetObjectItemCaseSensitive(v, "since"), "since", &w->has_since,
                &w->since_ms) != 0 ||
        time_of(pl, cJSON_GetObjectItemCaseSensitive(v, "until"), "until", &w->has_until,
                &w->until_ms) != 0)
        return -1;
    if (w->has_since && w->has_until && w->since_ms >= w->until_ms)
        return fail(pl, "summary: the window's \"since\" is not before its \"until\"");
    return 0;
}

/* Reads one file's counts of a summary's "files" (name borrowed from the JSON), checked as the
 * summary's own are. */
static int read_file(const place *pl, const cJSON *f, cf_file_count *c) {
    static const char *const names[4] = {"lines", "selected_lines", "lines_with_codes",
                                         "codes_total"};
    unsigned long long *v[4] = {&c->lines, &c->selected, &c->with_codes, &c->codes}, sum = 0;
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(f, "file");
    const cJSON *cats = cJSON_GetObjectItemCaseSensitive(f, "categories");
    if (!cJSON_IsString(name) || !cJSON_IsObject(cats))
        return fail_member(pl, "files", "a list of {\"file\", counts, \"categories\"}");
    for (size_t i = 0, n = strlen(name->valuestring), l; i < n; i += l)
        if ((l = cf_utf8_char((const unsigned char *)name->valuestring + i, n - i)) == 0)
            return fail_member(pl, "file", "valid UTF-8 (as codefilter writes it)");
    c->name = name->valuestring;
    for (int i = 0; i < 4; i++)
        if (count_of(pl, cJSON_GetObjectItemCaseSensitive(f, names[i]), names[i], v[i]) != 0)
            return -1;
    for (int k = 0; k < CF_CAT_COUNT; k++) {
        const char *id = cf_category_id((cf_category)k);
        if (count_of(pl, cJSON_GetObjectItemCaseSensitive(cats, id), id, &c->categories[k]) != 0)
            return -1;
        sum = plus(sum, c->categories[k]);
    }
    if (c->selected > c->lines || c->with_codes > c->selected || c->with_codes > c->codes ||
        (c->with_codes == 0 && c->codes > 0) || sum != c->codes)
        return fail(pl, "summary: the counts of a file in \"files\" do not add up as a "
                        "summary's do");
    return 0;
}

/* Checks a summary's per-file counts ("files", when it has them): each file's add up, and the
 * files' together are no more than the summary's (a merge of summaries with and without them
 * has more in its totals). With s, adds them. */
static int read_files(const place *pl, const cJSON *o, const tally *t, cf_summary *s) {
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(o, "files");
    unsigned long long sums[4] = {0}, cats[CF_CAT_COUNT] = {0};
    if (list == NULL)
        return 0;
    if (!cJSON_IsArray(list))
        return fail_member(pl, "files", "an array");
    if (s != NULL && cf_summary_keep_files(s) != 0)
        return fail(pl, "out of memory");
    for (const cJSON *f = list->child; f != NULL; f = f->next) {
        cf_file_count c;
        memset(&c, 0, sizeof c);
        if (read_file(pl, f, &c) != 0)
            return -1;
        if (s != NULL && cf_summary_add_file(s, &c) != 0)
            return fail(pl, "out of memory");
        sums[0] = plus(sums[0], c.lines);
        sums[1] = plus(sums[1], c.selected);
        sums[2] = plus(sums[2], c.with_codes);
        sums[3] = plus(sums[3], c.codes);
        for (int k = 0; k < CF_CAT_COUNT; k++)
            cats[k] = plus(cats[k], c.categories[k]);
    }
    for (int i = 0; i < 4; i++)
        if (sums[i] > t->totals[i])
            return fail(pl, "summary: the counts of \"files\" add up to more than the summary's");
    for (int k = 0; k < CF_CAT_COUNT; k++)
        if (cats[k] > t->cats[k])
            return fail(pl, "summary: the counts of \"files\" add up to more than the summary's");
    return 0;
}

/* Checks that a summary with a timeline names the category of each code: its timeline counts the
 * code under one, and a guess could put the code under another. */
static int categories_named(const place *pl, const cJSON *codes) {
    for (const cJSON *c = codes->child; c != NULL; c = c->next)
        if (cJSON_GetObjectItemCaseSensitive(c, "category") == NULL)
            return fail_member(pl, "category", "given for every code of a summary with a timeline");
    return 0;
}

/* Adds one summary object to s, after checking that its counts add up. */
static int add_summary(const place *pl, const cJSON *o, cf_summary *s, const cf_catalogue *cat) {
    tally t;
    cf_window w;
    memset(&t, 0, sizeof t);
    if (!cJSON_IsObject(o))
        return fail(pl, "not a codefilter JSON summary");
    if (read_totals(pl, o, &t) != 0 || read_categories(pl, o, &t) != 0 ||
        read_codes(pl, o, &t) != 0 || read_timeline(pl, o, &t) != 0 || check_sums(pl, &t) != 0 ||
        read_window(pl, o, &w) != 0 || read_files(pl, o, &t, NULL) != 0 ||
        add_times(pl, o, &t, s) != 0)
        return -1;
    if (t.timeline != NULL && categories_named(pl, t.codes) != 0)
        return -1;
    if (read_files(pl, o, &t, s) != 0)
        return -1;
    cf_summary_widen_window(s, &w);
    cf_summary_add_totals(s, t.totals);
    for (const cJSON *c = t.codes->child; c != NULL; c = c->next) {
        const char *code = cJSON_GetObjectItemCaseSensitive(c, "code")->valuestring;
        unsigned long long n =
            (unsigned long long)cJSON_GetObjectItemCaseSensitive(c, "count")->valuedouble;
        const cf_entry *e = cf_catalogue_find(cat, code);
        cf_category as = counted_as(c, e); /* kept, whatever the catalogue says now */
        if (n == 0)
            continue; /* never written so; adds nothing, its times included */
        if (cf_summary_add_code(s, code, as, e, n) != 0)
            return fail(pl, "out of memory");
        if (add_code_times(pl, c, s, code, as) != 0 || add_renderings(pl, c, s, code, as) != 0)
            return -1;
        cf_summary_add_category(s, as, n);
    }
    return 0;
}

/* The most a merger reads at a time: lines longer than this come in pieces. */
#define PIECE (64 * 1024)

/* What the merger is in the middle of: between values, or in one that is an object or array, a
 * string, or anything else (a number, a word: not a summary, but JSON's to say). */
enum { BETWEEN, CONTAINER, STRING, TOKEN };

struct cf_merger {
    cf_summary *s;
    const cf_catalogue *cat;
    int *adopt_bucket;
    cf_watch watch;
    cf_reader *reader; /* made by the first cf_merger_read_fd */
    const char *name;
    char *buf; /* the input from the value being read on (or from where the last one ended) */
    size_t len, cap;
    size_t line0, col0; /* where buf[0] stands in the input */
    size_t scan;        /* buf[0..scan) has been scanned */
    size_t start;       /* where the value being read starts */
    int kind, depth, in_string, escaped;
};

cf_merger *cf_merger_new(cf_summary *s, const cf_catalogue *cat, int *adopt_bucket,
                         const cf_watch *watch) {
    cf_merger *m = calloc(1, sizeof *m);
    if (m == NULL)
        return NULL;
    m->s = s;
    m->cat = cat;
    m->adopt_bucket = adopt_bucket;
    m->watch = watch != NULL ? *watch : (cf_watch){.wake_fd = -1};
    cf_merger_start(m, "");
    return m;
}

void cf_merger_free(cf_merger *m) {
    if (m == NULL)
        return;
    cf_reader_free(m->reader);
    free(m->buf);
    free(m);
}

void cf_merger_start(cf_merger *m, const char *name) {
    m->name = name;
    m->len = m->scan = m->start = 0;
    m->line0 = m->col0 = 1;
    m->kind = BETWEEN;
    m->depth = m->in_string = m->escaped = 0;
}

static int append(cf_merger *m, const char *piece, size_t n) {
    if (n == 0)
        return 0;
    if (n > m->cap - m->len) {
        size_t cap = m->cap > 0 ? m->cap : 4096;
        while (cap - m->len < n)
            cap *= 2;
        char *buf = realloc(m->buf, cap);
        if (buf == NULL)
            return -1;
        m->buf = buf;
        m->cap = cap;
    }
    memcpy(m->buf + m->len, piece, n);
    m->len += n;
    return 0;
}

/* Whether the token that starts at m->start and ends at end is a UTF-8 byte order mark, which
 * cJSON skips (and so white space). */
static int is_bom(const cf_merger *m, size_t end) {
    return end - m->start == 3 && memcmp(m->buf + m->start, "\xEF\xBB\xBF", 3) == 0;
}

/* Scans on from m->scan. Returns 1 when the value being read ends before m->len, setting *end
 * after it; 0 when the input so far ends first. Strings are skipped, escapes and all, so that
 * only the brackets of the JSON itself count. */
static int next_value(cf_merger *m, size_t *end) {
    for (; m->scan < m->len; m->scan++) {
        char c = m->buf[m->scan];
        if (m->kind == BETWEEN) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            m->start = m->scan;
            m->kind = c == '{' || c == '[' ? CONTAINER : c == '"' ? STRING : TOKEN;
            m->depth = m->kind == CONTAINER;
            m->in_string = m->kind == STRING;
            m->escaped = 0;
        } else if (m->in_string) {
            if (m->escaped)
                m->escaped = 0;
            else if (c == '\\')
                m->escaped = 1;
            else if (c == '"')
                m->in_string = 0;
            if (!m->in_string && m->kind == STRING)
                break;
        } else if (m->kind == TOKEN) {
            if (is_bom(m, m->scan)) {
                m->kind = BETWEEN;
                m->scan--; /* this byte again, as the first after white space */
            } else if (strchr(" \t\r\n{}[]\",:", c) != NULL && c != '\0') {
                m->kind = BETWEEN;
                *end = m->scan;
                return 1;
            }
        } else if (c == '"') {
            m->in_string = 1;
        } else if (c == '{' || c == '[') {
            m->depth++;
        } else if ((c == '}' || c == ']') && --m->depth == 0) {
            break;
        }
    }
    if (m->scan == m->len)
        return 0;
    m->kind = BETWEEN;
    *end = ++m->scan;
    return 1;
}

/* Parses the value in buf[start..end) and adds it. */
static int merge_value(cf_merger *m, size_t end, cf_error *err) {
    place pl = {m->buf, m->name, m->len, m->start, m->line0, m->col0, err, m->adopt_bucket};
    const char *stop = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(m->buf + m->start, end - m->start, &stop, 0);
    if (o == NULL) {
        pl.off = stop != NULL ? (size_t)(stop - m->buf) : m->start;
        return fail(&pl, "not valid JSON");
    }
    int rc = add_summary(&pl, o, m->s, m->cat);
    cJSON_Delete(o);
    return rc;
}

/* Forgets the input before the value being read (all of it, between values), noting where what
 * is left stands. */
static void drop_done(cf_merger *m) {
    size_t k = m->kind != BETWEEN ? m->start : m->scan;
    if (k == 0)
        return;
    position(m->buf, k, m->line0, m->col0, &m->line0, &m->col0);
    memmove(m->buf, m->buf + k, m->len - k);
    m->len -= k;
    m->scan -= k;
    m->start = 0;
}

long cf_merger_feed(cf_merger *m, const char *piece, size_t len, cf_error *err) {
    long added = 0;
    size_t end;
    if (append(m, piece, len) != 0)
        return cf_error_set(err, "%s: out of memory", m->name);
    while (next_value(m, &end)) {
        if (merge_value(m, end, err) != 0)
            return -1;
        added++;
    }
    drop_done(m);
    return added;
}

int cf_merger_end(cf_merger *m, cf_error *err) {
    if (m->kind == BETWEEN || (m->kind == TOKEN && is_bom(m, m->len)))
        return 0;
    m->kind = BETWEEN;
    return merge_value(m, m->len, err); /* cut off, or not a summary: never added */
}

cf_merge_status cf_merger_read_fd(cf_merger *m, int fd, const char *name, cf_error *err) {
    int stopping = 0;
    if (m->reader == NULL && (m->reader = cf_reader_new(PIECE, NULL, NULL)) == NULL) {
        cf_error_set(err, "%s: out of memory", name);
        return CF_MERGE_FAILED;
    }
    cf_reader_set_max_line(m->reader, PIECE); /* so that the buffer never grows */
    cf_reader_wake_on(m->reader, m->watch.wake_fd);
    cf_reader_reset(m->reader, fd);
    cf_merger_start(m, name);
    for (;;) {
        const char *piece;
        size_t len;
        cf_read_status st = cf_reader_next(m->reader, &piece, &len);
        if (st == CF_READ_EOF && stopping)
            return CF_MERGE_STOPPED; /* a summary the stop cut off is left out */
        if (st == CF_READ_EOF)
            return cf_merger_end(m, err) == 0 ? CF_MERGE_DONE : CF_MERGE_FAILED;
        if (st == CF_READ_ERROR) {
            cf_error_set(err, "%s: %s", name, strerror(errno));
            return CF_MERGE_FAILED;
        }
        if (st != CF_READ_INTR && cf_merger_feed(m, piece, len, err) < 0)
            return CF_MERGE_FAILED;
        if (!stopping && cf_watch_requests(&m->watch)) {
            stopping = 1; /* add what was already read, then stop */
            cf_reader_finish(m->reader);
        }
    }
}

long cf_merge_summaries(cf_summary *s, const cf_catalogue *cat, const char *text, size_t len,
                        const char *name, int *adopt_bucket, cf_error *err) {
    cf_merger *m = cf_merger_new(s, cat, adopt_bucket, NULL);
    if (m == NULL)
        return cf_error_set(err, "%s: out of memory", name);
    cf_merger_start(m, name);
    long added = cf_merger_feed(m, text, len, err);
    if (added >= 0 && cf_merger_end(m, err) != 0)
        added = -1;
    cf_merger_free(m);
    return added;
}
