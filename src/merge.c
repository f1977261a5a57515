#include "merge.h"

#include "timestamp.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Where an object starts, for messages. */
typedef struct place {
    const char *text, *name;
    size_t len, off;
    cf_error *err;
    int *adopt_bucket; /* see cf_merge_summaries */
} place;

/* Reports what is wrong with the summary that starts at pl->off. */
static int fail(const place *pl, const char *what) {
    size_t line, col;
    cf_error_position(pl->text, pl->len, pl->off, &line, &col);
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

static int read_totals(const place *pl, const cJSON *o, unsigned long long totals[6]) {
    static const char *const names[6] = {"lines",       "selected_lines", "lines_with_codes",
                                         "codes_total", "long_lines",     "pattern_limit_hits"};
    for (int i = 0; i < 6; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, names[i]);
        totals[i] = 0;
        if (v == NULL && i >= 4)
            continue; /* summaries of codefilter before these were counted */
        if (count_of(pl, v, names[i], &totals[i]) != 0)
            return -1;
    }
    return 0;
}

static int read_categories(const place *pl, const cJSON *o, unsigned long long cats[]) {
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(o, "categories");
    if (!cJSON_IsObject(c))
        return fail_member(pl, "categories", "an object");
    for (int i = 0; i < CF_CAT_COUNT; i++) {
        const char *id = cf_category_id((cf_category)i);
        if (count_of(pl, cJSON_GetObjectItemCaseSensitive(c, id), id, &cats[i]) != 0)
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

/* Adds the timeline and the times of a summary (codefilter before timelines wrote none). */
static int add_times(const place *pl, const cJSON *o, cf_summary *s) {
    const cJSON *width = cJSON_GetObjectItemCaseSensitive(o, "bucket_seconds");
    const cJSON *timeline = cJSON_GetObjectItemCaseSensitive(o, "timeline");
    unsigned long long secs = 0, untimed = 0;
    int known;
    int64_t ms;
    if (width != NULL && count_of(pl, width, "bucket_seconds", &secs) != 0)
        return -1;
    /* Buckets start at multiples of their width since 1970, so buckets of a width that divides
     * the merge's add up exactly into the merge's; others cannot be split. Without --bucket the
     * merge takes the first summary's width, widened to the least common multiple as others
     * come (exact too); with it, a summary whose buckets do not divide it is an error. */
    int *adopt = pl->adopt_bucket;
    long long want = cf_summary_bucket(s) / 1000;
    unsigned long long lcm = 0;
    if (timeline != NULL && secs > 0) {
        unsigned long long a = (unsigned long long)want, b = secs;
        while (b != 0) {
            unsigned long long r = a % b;
            a = b, b = r;
        }
        lcm = (unsigned long long)want / a * secs;
    }
    if (timeline != NULL && adopt != NULL && *adopt == 1 && secs > 0) { /* the first timeline */
        if (cf_summary_set_bucket(s, (int64_t)secs * 1000) != 0)
            return fail(pl, "out of memory");
        want = (long long)secs;
        *adopt = 2;
    } else if (timeline != NULL && adopt != NULL && *adopt == 2 && secs > 0 &&
               want % (long long)secs != 0 && lcm <= 366ULL * 86400) {
        if (cf_summary_widen_bucket(s, (int64_t)lcm * 1000) != 0)
            return fail(pl, "out of memory");
        want = (long long)lcm;
    }
    if (timeline != NULL && (secs == 0 || want % (long long)secs != 0)) {
        char msg[200];
        if (secs > 0 && lcm <= 366ULL * 86400)
            snprintf(msg, sizeof msg,
                     "summary: buckets of %llus do not add up into buckets of %llds: merge with "
                     "--bucket=%llus (or a multiple of it)",
                     secs, want, lcm);
        else
            snprintf(msg, sizeof msg,
                     "summary: buckets of %llus do not add up into buckets of %llds", secs, want);
        return fail(pl, msg);
    }
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(o, "untimed_codes");
    if (u != NULL && count_of(pl, u, "untimed_codes", &untimed) != 0)
        return -1;
    cf_summary_add_untimed(s, untimed);
    static const char *const edges[] = {"first_time", "last_time"};
    for (int i = 0; i < 2; i++) {
        if (time_of(pl, cJSON_GetObjectItemCaseSensitive(o, edges[i]), edges[i], &known, &ms) != 0)
            return -1;
        if (known)
            cf_summary_note_time(s, ms);
    }
    for (const cJSON *b = timeline != NULL ? timeline->child : NULL; b != NULL; b = b->next) {
        if (time_of(pl, cJSON_GetObjectItemCaseSensitive(b, "start"), "start", &known, &ms) != 0)
            return -1;
        for (int c = 0; known && c < CF_CAT_COUNT; c++) {
            unsigned long long n = 0;
            const char *id = cf_category_id((cf_category)c);
            if (count_of(pl, cJSON_GetObjectItemCaseSensitive(b, id), id, &n) != 0)
                return -1;
            if (n > 0 && cf_summary_add_bucket(s, ms, (cf_category)c, n) != 0)
                return fail(pl, "out of memory");
        }
    }
    return 0;
}

/* Adds a code's first and last times, when it has them. */
static int add_code_times(const place *pl, const cJSON *c, cf_summary *s, const char *code) {
    int k1, k2;
    int64_t first, last;
    if (time_of(pl, cJSON_GetObjectItemCaseSensitive(c, "first_seen"), "first_seen", &k1, &first) !=
            0 ||
        time_of(pl, cJSON_GetObjectItemCaseSensitive(c, "last_seen"), "last_seen", &k2, &last) != 0)
        return -1;
    if (k1 && k2 && cf_summary_add_code_times(s, code, first, last) != 0)
        return fail(pl, "out of memory");
    return 0;
}

/* Adds a code's renderings ("renderings", "renderings_overflowed"), when it has them. */
static int add_renderings(const place *pl, const cJSON *c, cf_summary *s, const char *code) {
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(c, "renderings");
    const cJSON *over = cJSON_GetObjectItemCaseSensitive(c, "renderings_overflowed");
    unsigned long long n;
    if (cJSON_IsTrue(over))
        return cf_summary_add_rendering(s, code, NULL, "", 0, 0);
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
        if (cf_summary_add_rendering(s, code, text->valuestring, packed, nargs, n) != 0)
            return fail(pl, "out of memory");
    }
    return 0;
}

/* Adds one summary object to s, after checking that its counts add up. */
static int add_summary(const place *pl, const cJSON *o, cf_summary *s, const cf_catalogue *cat) {
    unsigned long long totals[6], cats[CF_CAT_COUNT], by_category = 0, by_code = 0;
    if (!cJSON_IsObject(o))
        return fail(pl, "not a codefilter JSON summary");
    if (read_totals(pl, o, totals) != 0 || read_categories(pl, o, cats) != 0)
        return -1;
    const cJSON *codes = cJSON_GetObjectItemCaseSensitive(o, "codes");
    if (!cJSON_IsArray(codes))
        return fail_member(pl, "codes", "an array");
    for (const cJSON *c = codes->child; c != NULL; c = c->next) {
        const cJSON *code = cJSON_GetObjectItemCaseSensitive(c, "code");
        unsigned long long n = 0;
        if (!cJSON_IsString(code) || strlen(code->valuestring) != 6 ||
            strspn(code->valuestring, "0123456789") != 6)
            return fail_member(pl, "code", "a string of six digits");
        if (count_of(pl, cJSON_GetObjectItemCaseSensitive(c, "count"), "count", &n) != 0)
            return -1;
        by_code += n;
    }
    for (int i = 0; i < CF_CAT_COUNT; i++)
        by_category += cats[i];
    if (by_category != totals[3] || by_code != totals[3])
        return fail(pl, "summary: the counts of categories and codes do not add up to "
                        "\"codes_total\"");
    if (add_times(pl, o, s) != 0)
        return -1;
    cf_summary_add_totals(s, totals);
    for (const cJSON *c = codes->child; c != NULL; c = c->next) {
        const char *code = cJSON_GetObjectItemCaseSensitive(c, "code")->valuestring;
        unsigned long long n =
            (unsigned long long)cJSON_GetObjectItemCaseSensitive(c, "count")->valuedouble;
        const cf_entry *e = cf_catalogue_find(cat, code);
        if (cf_summary_add_code(s, code, e, n) != 0)
            return fail(pl, "out of memory");
        if (add_code_times(pl, c, s, code) != 0 || add_renderings(pl, c, s, code) != 0)
            return -1;
        cf_summary_add_category(s, e != NULL ? e->category : CF_CAT_UNKNOWN, n);
    }
    return 0;
}

long cf_merge_summaries(cf_summary *s, const cf_catalogue *cat, const char *text, size_t len,
                        const char *name, int *adopt_bucket, cf_error *err) {
    place pl = {text, name, len, 0, err, adopt_bucket};
    long count = 0;
    for (;;) {
        while (pl.off < len && strchr(" \t\r\n", text[pl.off]) != NULL && text[pl.off] != '\0')
            pl.off++;
        if (pl.off >= len)
            return count;
        const char *end = NULL;
        cJSON *o = cJSON_ParseWithLengthOpts(text + pl.off, len - pl.off, &end, 0);
        if (o == NULL) {
            pl.off = end != NULL ? (size_t)(end - text) : pl.off;
            return fail(&pl, "not valid JSON");
        }
        int rc = add_summary(&pl, o, s, cat);
        cJSON_Delete(o);
        if (rc != 0)
            return -1;
        count++;
        pl.off = (size_t)(end - text);
    }
}
