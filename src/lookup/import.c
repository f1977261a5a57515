#include "import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"

static const struct {
    const char *heading;
    cf_category category;
} sections[] = {{"Success", CF_CAT_SUCCESS},
                {"Validation & Business Errors", CF_CAT_VALIDATION},
                {"Client Errors", CF_CAT_CLIENT},
                {"Server Errors", CF_CAT_SERVER}};

/* The text without surrounding white space. */
static void trim(const char **s, size_t *n) {
    while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
        (*n)--;
    while (*n > 0 && (**s == ' ' || **s == '\t'))
        (*s)++, (*n)--;
}

/* Takes the Markdown marks off a heading: "## 2. Server Errors ##", "**1. Success**". */
static void unmark_heading(const char **s, size_t *n) {
    while (*n > 0 && ((*s)[*n - 1] == '#' || (*s)[*n - 1] == '*'))
        (*n)--;
    while (*n > 0 && (**s == '#' || **s == '*'))
        (*s)++, (*n)--;
    trim(s, n);
}

/* A section heading ("1. Success", "## 2. Validation & Business Errors"): its category, or -1. */
static int heading(const char *s, size_t n) {
    unmark_heading(&s, &n);
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == 0 || i + 1 >= n || s[i] != '.' || s[i + 1] != ' ')
        return -1;
    for (size_t k = 0; k < sizeof sections / sizeof *sections; k++)
        if (n - i - 2 == strlen(sections[k].heading) &&
            memcmp(s + i + 2, sections[k].heading, n - i - 2) == 0)
            return (int)sections[k].category;
    return -2; /* numbered, but not a known section */
}

/* The length of a Markdown mark at s (``, **, __, *, _), or 0. */
static size_t mark(const char *s, size_t n) {
    if (n >= 2 && (memcmp(s, "**", 2) == 0 || memcmp(s, "__", 2) == 0))
        return 2;
    return n >= 1 && (*s == '`' || *s == '*' || *s == '_') ? 1 : 0;
}

/* Six digits, alone or between a pair of the same marks (`000000`, **000000**): the code's
 * start and the length of what it took, or 0. */
static size_t code_at(const char *s, size_t n, const char **code) {
    size_t m = mark(s, n);
    if (n < m + 6 + m)
        return 0;
    for (size_t i = m; i < m + 6; i++) /* not strspn: s[0..n) need not end in a NUL */
        if (s[i] < '0' || s[i] > '9')
            return 0;
    if (n > m + 6 && s[m + 6] >= '0' && s[m + 6] <= '9')
        return 0; /* more than six digits */
    if (m > 0 && memcmp(s + m + 6, s, m) != 0)
        return 0;
    *code = s + m;
    return m + 6 + m;
}

/* The end of the table cell that starts at s: the first '|' without a backslash before it. */
static size_t cell_end(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && !(s[i] == '|' && (i == 0 || s[i - 1] != '\\')))
        i++;
    return i;
}

/* A code line: "000000Transaction succeeded", "`000000` - msg", "| 000000 | msg |". Sets *code
 * (six digits) and the message, in which a table's "\|" stands for '|' (*unescape set). Returns
 * 1, or 0 when the line is not one. */
static int code_line(const char *s, size_t n, const char **code, const char **msg, size_t *mlen,
                     int *unescape) {
    *unescape = 0;
    if (n > 0 && s[0] == '|') { /* a table row: | 000000 | message | ... */
        s++, n--;
        size_t e = cell_end(s, n), cn = e;
        const char *c = s;
        trim(&c, &cn);
        size_t used = code_at(c, cn, code);
        if (used == 0 || used != cn || e == n) /* an empty first cell is no code */
            return 0;
        s += e + 1, n -= e + 1;
        n = cell_end(s, n);
        trim(&s, &n);
        *unescape = 1;
    } else {
        if (n >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') {
            s += 2, n -= 2; /* a list item */
            trim(&s, &n);
        }
        size_t used = code_at(s, n, code);
        if (used == 0)
            return 0;
        s += used, n -= used;
        trim(&s, &n);
        if (n >= 2 && (s[0] == ':' || s[0] == '|' || s[0] == '-') && (s[1] == ' ' || s[1] == '\t'))
            s++, n--; /* "000000: msg", "000000 - msg" */
        trim(&s, &n);
    }
    *msg = s;
    *mlen = n;
    return n > 0;
}

/* Writes a message as a JSON string, a table's "\|" as '|'. Returns 0, or -1 when out of memory. */
static int put_message(cf_out *o, const char *msg, size_t n, int unescape) {
    if (!unescape || memmem(msg, n, "\\|", 2) == NULL) {
        cf_out_json_string(o, msg, n);
        return 0;
    }
    char *text = malloc(n);
    if (text == NULL)
        return -1;
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        if (!(msg[i] == '\\' && i + 1 < n && msg[i + 1] == '|'))
            text[len++] = msg[i];
    cf_out_json_string(o, text, len);
    free(text);
    return 0;
}

static void date_line(const char *s, size_t n, char *date, size_t size) {
    static const char key[] = "Document updated on:";
    unmark_heading(&s, &n);
    if (n > sizeof key && memcmp(s, key, sizeof key - 1) == 0) {
        s += sizeof key - 1, n -= sizeof key - 1;
        trim(&s, &n);
        unmark_heading(&s, &n);
        snprintf(date, size, "%.*s", (int)n, s);
    }
}

/* What the import has read so far. */
typedef struct importer {
    const char *name; /* the reference's, for messages */
    cf_error *err;
    cf_out *body;    /* the catalogue's entries so far, as JSON */
    char (*seen)[7]; /* their codes, to refuse a code twice */
    long count, cap;
    int category;   /* the current section's, or -1 before the first */
    char date[128]; /* of "Document updated on:", or "" */
} importer;

/* Whether a message holds a control character (C0, DEL or C1), which a catalogue refuses. */
static int has_control(const char *msg, size_t n) {
    for (size_t k = 0; k < n; k++)
        if ((unsigned char)msg[k] < 0x20 || msg[k] == 0x7f ||
            ((unsigned char)msg[k] == 0xC2 && k + 1 < n && (unsigned char)msg[k + 1] >= 0x80 &&
             (unsigned char)msg[k + 1] <= 0x9F))
            return 1;
    return 0;
}

/* Notes code as the next one seen (im->seen[im->count]). Returns 0, or -1 with the error set when
 * it was seen before, on line lineno, or memory ran out. */
static int remember_code(importer *im, size_t lineno, const char *code) {
    for (long k = 0; k < im->count; k++)
        if (memcmp(im->seen[k], code, 6) == 0)
            return cf_error_set(im->err, "%s:%zu: code %.6s appears twice", im->name, lineno, code);
    if (im->count == im->cap) {
        long cap = im->cap ? im->cap * 2 : 128;
        char(*more)[7] = realloc(im->seen, (size_t)cap * sizeof *more);
        if (more == NULL)
            return cf_error_set(im->err, "%s: out of memory", im->name);
        im->seen = more;
        im->cap = cap;
    }
    memcpy(im->seen[im->count], code, 6);
    im->seen[im->count][6] = '\0';
    return 0;
}

/* Adds the entry of a code line, lineno, under the current section. Returns 0, or -1 with the
 * error set. */
static int add_code(importer *im, size_t lineno, const char *code, const char *msg, size_t mlen,
                    int unescape) {
    if (im->category < 0)
        return cf_error_set(im->err, "%s:%zu: code %.6s stands before any section", im->name,
                            lineno, code);
    if (remember_code(im, lineno, code) != 0)
        return -1;
    cf_out_printf(im->body, "%s    {\"code\": \"%.6s\", \"category\": \"%s\", \"message\": ",
                  im->count ? ",\n" : "", code, cf_category_id((cf_category)im->category));
    if (has_control(msg, mlen))
        return cf_error_set(im->err,
                            "%s:%zu: code %.6s has a control character in its message "
                            "(a catalogue message is one line of text)",
                            im->name, lineno, code);
    if (put_message(im->body, msg, mlen, unescape) != 0)
        return cf_error_set(im->err, "%s: out of memory", im->name);
    cf_out_putc(im->body, '}');
    im->count++;
    return 0;
}

/* Reads one trimmed line s[0..n), line lineno: a section heading, the document's date, a code
 * line, or other text, passed over. Returns 0, or -1 with the error set. */
static int import_line(importer *im, const char *s, size_t n, size_t lineno) {
    const char *code, *msg;
    size_t mlen;
    int unescape;
    int h = heading(s, n);
    if (h == -2 && !code_line(s, n, &code, &msg, &mlen, &unescape))
        return cf_error_set(im->err, "%s:%zu: unknown section \"%.*s\"", im->name, lineno, (int)n,
                            s);
    if (h >= 0) {
        im->category = h;
        return 0;
    }
    date_line(s, n, im->date, sizeof im->date);
    if (!code_line(s, n, &code, &msg, &mlen, &unescape))
        return 0;
    return add_code(im, lineno, code, msg, mlen, unescape);
}

/* Writes the catalogue: its source (dated when the reference was), then the entries of body. */
static void write_catalogue(cf_out *o, const char *date, cf_out *body) {
    size_t n;
    const char *entries = cf_out_take(body, &n);
    cf_out_puts(o, "{\n  \"source\": ");
    if (date[0] != '\0') {
        char source[256];
        snprintf(source, sizeof source, "API Status Code Reference (document updated on %s)", date);
        cf_out_json_string(o, source, strlen(source));
    } else {
        cf_out_puts(o, "\"API Status Code Reference\"");
    }
    cf_out_puts(o, ",\n  \"codes\": [\n");
    cf_out_write(o, entries, n);
    cf_out_puts(o, "\n  ]\n}\n");
}

long cf_catalogue_import(const char *text, size_t len, const char *name, cf_out *o, cf_error *err) {
    importer im = {.name = name, .err = err, .category = -1};
    im.body = cf_out_new_memory(64 * 1024);
    if (im.body == NULL)
        return cf_error_set(err, "%s: out of memory", name);
    int rc = 0;
    size_t lineno = 0;
    for (size_t at = 0; rc == 0 && at < len; lineno++) {
        const char *nl = memchr(text + at, '\n', len - at), *s = text + at;
        size_t n = (nl != NULL ? (size_t)(nl - text) : len) - at;
        at += n + 1;
        trim(&s, &n);
        rc = import_line(&im, s, n, lineno + 1);
    }
    if (rc == 0 && im.count == 0)
        rc = cf_error_set(err,
                          "%s: no codes found (expected lines such as \"000000Transaction "
                          "succeeded\" under numbered sections)",
                          name);
    if (rc == 0)
        write_catalogue(o, im.date, im.body);
    free(im.seen);
    cf_out_free(im.body);
    return rc == 0 ? im.count : -1;
}
