/* merge.c - --merge: the inputs' text cut into JSON values (one summary each, however many a
 * line holds or however many lines one spans, a piece at a time), each added by summary_json.c. */
#include "merge.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "member.h"
#include "reader.h"
#include "summary_json.h"

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
    cf_member_place pl = {m->buf,   m->name, m->len, m->start,
                          m->line0, m->col0, err,    m->adopt_bucket};
    return cf_summary_json_add(m->s, m->cat, &pl, end);
}

/* Forgets the input before the value being read (all of it, between values), noting where what
 * is left stands. */
static void drop_done(cf_merger *m) {
    size_t k = m->kind != BETWEEN ? m->start : m->scan;
    if (k == 0)
        return;
    cf_member_position(m->buf, k, m->line0, m->col0, &m->line0, &m->col0);
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
