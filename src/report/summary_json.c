/* summary_json.c - the JSON summary both ways: written (--summary=json), and read back with
 * every check that its counts add up, then added to a summary (--merge). The members that say
 * what a summary covers (window, files) are scope.c's, both ways too. */
#include "summary_json.h"

#include <stdio.h>
#include <string.h>

#include "category.h"
#include "report.h"
#include "scope.h"
#include "timestamp.h"

static void json_timeline(const cf_bucket *b, size_t nb, cf_out *o) {
    cf_out_puts(o, ",\"peaks\":{");
    for (int c = CF_CAT_VALIDATION; c < CF_CAT_COUNT; c++) {
        long p = cf_timeline_peak(b, nb, (cf_category)c);
        cf_out_printf(o, "%s\"%s\":", c > CF_CAT_VALIDATION ? "," : "",
                      cf_category_id((cf_category)c));
        if (p < 0) {
            cf_out_puts(o, "null");
            continue;
        }
        cf_out_puts(o, "{\"start\":");
        cf_timestamp_json(o, 1, b[p].start);
        cf_out_printf(o, ",\"count\":%llu}", b[p].counts[c]);
    }
    cf_out_puts(o, "},\"timeline\":[");
    for (size_t i = 0; i < nb; i++) {
        cf_out_puts(o, i ? ",{\"start\":" : "{\"start\":");
        cf_timestamp_json(o, 1, b[i].start);
        for (int c = 0; c < CF_CAT_COUNT; c++)
            cf_out_printf(o, ",\"%s\":%llu", cf_category_id((cf_category)c), b[i].counts[c]);
        cf_out_putc(o, '}');
    }
    cf_out_putc(o, ']');
}

/* ,"renderings":[{"rendered":..,"args":[..],"count":n},...] when any, or
 * ,"renderings_overflowed":true. */
static void json_renderings(const cf_code_count *c, cf_out *o) {
    if (c->renderings_overflowed) {
        cf_out_puts(o, ",\"renderings_overflowed\":true");
        return;
    }
    if (c->nrenderings == 0)
        return;
    cf_out_puts(o, ",\"renderings\":[");
    for (size_t k = 0; k < c->nrenderings; k++) {
        const cf_rendering *r = &c->renderings[k];
        cf_out_puts(o, k ? ",{\"rendered\":" : "{\"rendered\":");
        cf_out_json_string(o, r->rendered, strlen(r->rendered));
        cf_out_puts(o, ",\"args\":[");
        const char *a = r->args;
        for (int i = 0; i < r->nargs; a += strlen(a) + 1, i++) {
            if (i > 0)
                cf_out_putc(o, ',');
            cf_out_json_string(o, a, strlen(a));
        }
        cf_out_printf(o, "],\"count\":%llu}", r->count);
    }
    cf_out_putc(o, ']');
}

void cf_summary_json_write(const cf_summary *s, const cf_code_count *codes, size_t n,
                           const cf_bucket *b, size_t nb, cf_out *o) {
    int64_t first, last;
    int timed = cf_summary_time_span(s, &first, &last);
    for (int t = 0; t < CF_TOTAL_COUNT; t++)
        cf_out_printf(o, "%s\"%s\":%llu", t ? "," : "{", cf_total_names[t].key,
                      cf_summary_total(s, (cf_total)t));
    cf_out_printf(o, ",\"untimed_codes\":%llu,\"bucket_seconds\":%lld,\"first_time\":",
                  cf_summary_untimed(s), (long long)(cf_summary_bucket(s) / 1000));
    cf_timestamp_json(o, timed, first);
    cf_out_puts(o, ",\"last_time\":");
    cf_timestamp_json(o, timed, last);
    cf_scope_json_window(s, o);
    cf_out_puts(o, ",\"categories\":{");
    for (int c = 0; c < CF_CAT_COUNT; c++)
        cf_out_printf(o, "%s\"%s\":%llu", c ? "," : "", cf_category_id((cf_category)c),
                      cf_summary_category(s, (cf_category)c));
    cf_out_putc(o, '}');
    json_timeline(b, nb, o);
    cf_out_puts(o, ",\"codes\":[");
    for (size_t i = 0; i < n; i++) {
        cf_out_printf(o, "%s{\"code\":\"%s\",\"category\":\"%s\",\"message\":", i ? "," : "",
                      codes[i].code, cf_category_id((cf_category)codes[i].category));
        if (codes[i].entry != NULL)
            cf_out_json_string(o, codes[i].entry->message, strlen(codes[i].entry->message));
        else
            cf_out_puts(o, "null");
        cf_out_printf(o, ",\"count\":%llu,\"first_seen\":", codes[i].count);
        cf_timestamp_json(o, codes[i].timed, codes[i].first_ms);
        cf_out_puts(o, ",\"last_seen\":");
        cf_timestamp_json(o, codes[i].timed, codes[i].last_ms);
        json_renderings(&codes[i], o);
        cf_out_putc(o, '}');
    }
    cf_out_putc(o, ']');
    cf_scope_json_files(s, o);
    cf_out_puts(o, "}\n");
}

/* What a summary says, read and checked before any of it is added. */
typedef struct tally {
    unsigned long long totals[CF_TOTAL_COUNT], cats[CF_CAT_COUNT], untimed, codes_sum;
    unsigned long long by_code[CF_CAT_COUNT]; /* the codes' counts, by their own "category" */
    unsigned long long timed[CF_CAT_COUNT];   /* the timeline's counts */
    int categorised;                          /* every code says its category */
    const cJSON *codes, *timeline;            /* timeline: NULL in summaries from before it */
} tally;

static int read_totals(const cf_member_place *pl, const cJSON *o, tally *t) {
    for (int i = 0; i < CF_TOTAL_COUNT; i++) {
        const char *key = cf_total_names[i].key;
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
        if (v == NULL && cf_total_names[i].occasional)
            continue; /* summaries of codefilter before these were counted */
        if (cf_member_count(pl, v, key, &t->totals[i]) != 0)
            return -1;
    }
    return 0;
}

static int read_categories(const cf_member_place *pl, const cJSON *o, tally *t) {
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(o, "categories");
    if (!cJSON_IsObject(c))
        return cf_member_must(pl, "categories", "an object");
    for (int i = 0; i < CF_CAT_COUNT; i++) {
        const char *id = cf_category_id((cf_category)i);
        if (cf_member_count(pl, cJSON_GetObjectItemCaseSensitive(c, id), id, &t->cats[i]) != 0)
            return -1;
    }
    return 0;
}

/* Adds a code's first and last times, when it has them; with s NULL, only checks them. */
static int add_code_times(const cf_member_place *pl, const cJSON *c, cf_summary *s,
                          const char *code, cf_category as) {
    int k1, k2;
    int64_t first, last;
    if (cf_member_time(pl, cJSON_GetObjectItemCaseSensitive(c, "first_seen"), "first_seen", &k1,
                       &first) != 0 ||
        cf_member_time(pl, cJSON_GetObjectItemCaseSensitive(c, "last_seen"), "last_seen", &k2,
                       &last) != 0)
        return -1;
    if (s != NULL && k1 && k2 && cf_summary_add_code_times(s, code, as, first, last) != 0)
        return cf_member_fail(pl, "out of memory");
    return 0;
}

/* Adds a code's renderings ("renderings", "renderings_overflowed"), when it has them; with s
 * NULL, only checks them. */
static int add_renderings(const cf_member_place *pl, const cJSON *c, cf_summary *s,
                          const char *code, cf_category as) {
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
            return cf_member_must(pl, "renderings",
                                  "a list of {\"rendered\", \"args\", \"count\"}");
        for (const cJSON *a = args->child; a != NULL; a = a->next, nargs++) {
            size_t l = cJSON_IsString(a) ? strlen(a->valuestring) : 0;
            if (!cJSON_IsString(a) || at + l + 1 > sizeof packed)
                return cf_member_must(pl, "args", "a short list of strings");
            memcpy(packed + at, a->valuestring, l + 1);
            at += l + 1;
        }
        if (cf_member_count(pl, cJSON_GetObjectItemCaseSensitive(r, "count"), "count", &n) != 0)
            return -1;
        if (s != NULL &&
            cf_summary_add_rendering(s, code, as, text->valuestring, packed, nargs, n) != 0)
            return cf_member_fail(pl, "out of memory");
    }
    return 0;
}

/* Reads the codes (six digits, a count, and the category, times and renderings they have) and
 * sums their counts, by category too. */
static int read_codes(const cf_member_place *pl, const cJSON *o, tally *t) {
    t->codes = cJSON_GetObjectItemCaseSensitive(o, "codes");
    if (!cJSON_IsArray(t->codes))
        return cf_member_must(pl, "codes", "an array");
    t->categorised = 1;
    for (const cJSON *c = t->codes->child; c != NULL; c = c->next) {
        const cJSON *code = cJSON_GetObjectItemCaseSensitive(c, "code");
        const cJSON *category = cJSON_GetObjectItemCaseSensitive(c, "category");
        cf_category cat = CF_CAT_UNKNOWN;
        unsigned long long n = 0;
        if (!cJSON_IsString(code) || strlen(code->valuestring) != 6 ||
            strspn(code->valuestring, "0123456789") != 6)
            return cf_member_must(pl, "code", "a string of six digits");
        if (cf_member_count(pl, cJSON_GetObjectItemCaseSensitive(c, "count"), "count", &n) != 0)
            return -1;
        if (category != NULL &&
            (!cJSON_IsString(category) ||
             cf_category_parse(category->valuestring, strlen(category->valuestring), &cat) != 0))
            return cf_member_must(pl, "category", "success, validation, client, server or unknown");
        if (add_code_times(pl, c, NULL, NULL, cat) != 0 ||
            add_renderings(pl, c, NULL, NULL, cat) != 0)
            return -1;
        t->categorised &= category != NULL;
        t->by_code[cat] = cf_member_plus(t->by_code[cat], n);
        t->codes_sum = cf_member_plus(t->codes_sum, n);
    }
    return 0;
}

/* Reads the untimed codes, the first and last times and the timeline, when the summary has them,
 * and sums the timeline's counts by category (a bucket without a start is not added: not
 * counted either). */
static int read_timeline(const cf_member_place *pl, const cJSON *o, tally *t) {
    static const char *const edges[] = {"first_time", "last_time"};
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(o, "untimed_codes");
    int known;
    int64_t ms;
    if (u != NULL && cf_member_count(pl, u, "untimed_codes", &t->untimed) != 0)
        return -1;
    for (int i = 0; i < 2; i++)
        if (cf_member_time(pl, cJSON_GetObjectItemCaseSensitive(o, edges[i]), edges[i], &known,
                           &ms) != 0)
            return -1;
    t->timeline = cJSON_GetObjectItemCaseSensitive(o, "timeline");
    if (t->timeline == NULL || cJSON_IsNull(t->timeline)) {
        t->timeline = NULL;
        return 0;
    }
    if (!cJSON_IsArray(t->timeline))
        return cf_member_must(pl, "timeline", "an array");
    for (const cJSON *b = t->timeline->child; b != NULL; b = b->next) {
        if (cf_member_time(pl, cJSON_GetObjectItemCaseSensitive(b, "start"), "start", &known,
                           &ms) != 0)
            return -1;
        for (int c = 0; known && c < CF_CAT_COUNT; c++) {
            unsigned long long n = 0;
            const char *id = cf_category_id((cf_category)c);
            if (cf_member_count(pl, cJSON_GetObjectItemCaseSensitive(b, id), id, &n) != 0)
                return -1;
            t->timed[c] = cf_member_plus(t->timed[c], n);
        }
    }
    return 0;
}

/* Checks that the counts add up as in every summary codefilter writes. */
static int check_sums(const cf_member_place *pl, const tally *t) {
    const unsigned long long *n = t->totals;
    unsigned long long by_category = 0, timed = 0;
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        by_category = cf_member_plus(by_category, t->cats[c]);
        timed = cf_member_plus(timed, t->timed[c]);
    }
    if (by_category != n[CF_TOTAL_CODES] || t->codes_sum != n[CF_TOTAL_CODES])
        return cf_member_fail(pl, "summary: the counts of categories and codes do not add up to "
                                  "\"codes_total\"");
    if (n[CF_TOTAL_SELECTED] > n[CF_TOTAL_LINES])
        return cf_member_fail(pl, "summary: \"selected_lines\" is more than \"lines\"");
    if (n[CF_TOTAL_WITH_CODES] > n[CF_TOTAL_SELECTED])
        return cf_member_fail(pl, "summary: \"lines_with_codes\" is more than \"selected_lines\"");
    if (n[CF_TOTAL_WITH_CODES] > n[CF_TOTAL_CODES])
        return cf_member_fail(
            pl, "summary: \"lines_with_codes\" is more than \"codes_total\" (a line with "
                "codes has one at least)");
    if (n[CF_TOTAL_WITH_CODES] == 0 && n[CF_TOTAL_CODES] > 0)
        return cf_member_fail(
            pl, "summary: \"codes_total\" is more than 0 but \"lines_with_codes\" is 0");
    if (t->timeline != NULL && cf_member_plus(timed, t->untimed) != n[CF_TOTAL_CODES])
        return cf_member_fail(pl, "summary: the timeline and \"untimed_codes\" do not add up to "
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
        return cf_member_fail(pl, msg);
    }
    return 0;
}

/* Sets or widens s's bucket width for a summary with buckets of secs seconds (see
 * cf_merge_summaries), or says which width would do. */
static int fit_buckets(const cf_member_place *pl, unsigned long long secs, cf_summary *s) {
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
            return cf_member_fail(pl, "out of memory");
        want = (long long)secs;
        *adopt = 2;
    } else if (adopt != NULL && *adopt == 2 && secs > 0 && want % (long long)secs != 0 &&
               lcm <= 366ULL * 86400) {
        if (cf_summary_widen_bucket(s, (int64_t)lcm * 1000) != 0)
            return cf_member_fail(pl, "out of memory");
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
    return cf_member_fail(pl, msg);
}

/* Adds the timeline and the times of a summary (codefilter before timelines wrote none). */
static int add_times(const cf_member_place *pl, const cJSON *o, const tally *t, cf_summary *s) {
    static const char *const edges[] = {"first_time", "last_time"};
    const cJSON *width = cJSON_GetObjectItemCaseSensitive(o, "bucket_seconds");
    unsigned long long secs = 0, n = 0;
    int known;
    int64_t ms = 0;
    if (width != NULL && cf_member_count(pl, width, "bucket_seconds", &secs) != 0)
        return -1;
    if (t->timeline != NULL && fit_buckets(pl, secs, s) != 0)
        return -1;
    /* A summary without a timeline (codefilter before timelines) has codes of no known time. */
    cf_summary_add_untimed(s, t->timeline != NULL ? t->untimed : t->totals[CF_TOTAL_CODES]);
    /* The times and counts below were checked by read_timeline. */
    for (int i = 0; i < 2; i++) {
        cf_member_time(pl, cJSON_GetObjectItemCaseSensitive(o, edges[i]), edges[i], &known, &ms);
        if (known)
            cf_summary_note_time(s, ms);
    }
    for (const cJSON *b = t->timeline != NULL ? t->timeline->child : NULL; b != NULL; b = b->next) {
        cf_member_time(pl, cJSON_GetObjectItemCaseSensitive(b, "start"), "start", &known, &ms);
        for (int c = 0; known && c < CF_CAT_COUNT; c++) {
            const char *id = cf_category_id((cf_category)c);
            cf_member_count(pl, cJSON_GetObjectItemCaseSensitive(b, id), id, &n);
            if (n > 0 && cf_summary_add_bucket(s, ms, (cf_category)c, n) != 0)
                return cf_member_fail(pl, "out of memory");
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

/* Checks that a summary with a timeline names the category of each code: its timeline counts the
 * code under one, and a guess could put the code under another. */
static int categories_named(const cf_member_place *pl, const cJSON *codes) {
    for (const cJSON *c = codes->child; c != NULL; c = c->next)
        if (cJSON_GetObjectItemCaseSensitive(c, "category") == NULL)
            return cf_member_must(pl, "category",
                                  "given for every code of a summary with a timeline");
    return 0;
}

/* Adds one summary object to s, after checking that its counts add up. */
static int add_summary(const cf_member_place *pl, const cJSON *o, cf_summary *s,
                       const cf_catalogue *cat) {
    tally t;
    cf_window w;
    memset(&t, 0, sizeof t);
    if (!cJSON_IsObject(o))
        return cf_member_fail(pl, "not a codefilter JSON summary");
    if (read_totals(pl, o, &t) != 0 || read_categories(pl, o, &t) != 0 ||
        read_codes(pl, o, &t) != 0 || read_timeline(pl, o, &t) != 0 || check_sums(pl, &t) != 0 ||
        cf_scope_json_read_window(pl, o, &w) != 0 ||
        cf_scope_json_read_files(pl, o, t.totals, t.cats, NULL) != 0 ||
        add_times(pl, o, &t, s) != 0)
        return -1;
    if (t.timeline != NULL && categories_named(pl, t.codes) != 0)
        return -1;
    if (cf_scope_json_read_files(pl, o, t.totals, t.cats, s) != 0)
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
            return cf_member_fail(pl, "out of memory");
        if (add_code_times(pl, c, s, code, as) != 0 || add_renderings(pl, c, s, code, as) != 0)
            return -1;
        cf_summary_add_category(s, as, n);
    }
    return 0;
}

int cf_summary_json_add(cf_summary *s, const cf_catalogue *cat, const cf_member_place *pl,
                        size_t end) {
    const char *stop = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(pl->text + pl->off, end - pl->off, &stop, 0);
    if (o == NULL) {
        cf_member_place at = *pl;
        at.off = stop != NULL ? (size_t)(stop - pl->text) : pl->off;
        return cf_member_fail(&at, "not valid JSON");
    }
    int rc = add_summary(pl, o, s, cat);
    cJSON_Delete(o);
    return rc;
}
