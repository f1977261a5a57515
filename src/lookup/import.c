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

long cf_catalogue_import(const char *text, size_t len, const char *name, cf_out *o, cf_error *err) {
    char date[128] = "";
    char(*seen)[7] = NULL;
    long count = 0, cap = 0;
    int category = -1;
    size_t lineno = 0;
    cf_out *body = cf_out_new_memory(64 * 1024);
    if (body == NULL)
        return cf_error_set(err, "%s: out of memory", name);
    for (size_t at = 0; at < len; lineno++) {
        const char *nl = memchr(text + at, '\n', len - at), *s = text + at, *code, *msg;
        size_t n = (nl != NULL ? (size_t)(nl - text) : len) - at, mlen;
        int unescape;
        at += n + 1;
        trim(&s, &n);
        int h = heading(s, n);
        if (h == -2 && !code_line(s, n, &code, &msg, &mlen, &unescape)) {
            cf_error_set(err, "%s:%zu: unknown section \"%.*s\"", name, lineno + 1, (int)n, s);
            goto fail;
        }
        if (h >= 0) {
            category = h;
            continue;
        }
        date_line(s, n, date, sizeof date);
        if (!code_line(s, n, &code, &msg, &mlen, &unescape))
            continue;
        if (category < 0) {
            cf_error_set(err, "%s:%zu: code %.6s stands before any section", name, lineno + 1,
                         code);
            goto fail;
        }
        for (long k = 0; k < count; k++)
            if (memcmp(seen[k], code, 6) == 0) {
                cf_error_set(err, "%s:%zu: code %.6s appears twice", name, lineno + 1, code);
                goto fail;
            }
        if (count == cap) {
            cap = cap ? cap * 2 : 128;
            char(*more)[7] = realloc(seen, (size_t)cap * sizeof *more);
            if (more == NULL) {
                cf_error_set(err, "%s: out of memory", name);
                goto fail;
            }
            seen = more;
        }
        memcpy(seen[count], code, 6);
        seen[count][6] = '\0';
        cf_out_printf(body, "%s    {\"code\": \"%.6s\", \"category\": \"%s\", \"message\": ",
                      count ? ",\n" : "", code, cf_category_id((cf_category)category));
        for (size_t k = 0; k < mlen; k++)
            if ((unsigned char)msg[k] < 0x20 || msg[k] == 0x7f ||
                ((unsigned char)msg[k] == 0xC2 && k + 1 < mlen &&
                 (unsigned char)msg[k + 1] >= 0x80 && (unsigned char)msg[k + 1] <= 0x9F)) {
                cf_error_set(err,
                             "%s:%zu: code %.6s has a control character in its message "
                             "(a catalogue message is one line of text)",
                             name, lineno + 1, code);
                goto fail;
            }
        if (put_message(body, msg, mlen, unescape) != 0) {
            cf_error_set(err, "%s: out of memory", name);
            goto fail;
        }
        cf_out_putc(body, '}');
        count++;
    }
    if (count == 0) {
        cf_error_set(err,
                     "%s: no codes found (expected lines such as \"000000Transaction "
                     "succeeded\" under numbered sections)",
                     name);
        goto fail;
    }
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
    free(seen);
    cf_out_free(body);
    return count;
fail:
    free(seen);
    cf_out_free(body);
    return -1;
}
