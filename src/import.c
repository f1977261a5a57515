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

/* The line's text without surrounding white space and Markdown heading or bold marks. */
static void trim(const char **s, size_t *n) {
    while (*n > 0 && strchr(" \t\r#*", (*s)[*n - 1]) != NULL)
        (*n)--;
    while (*n > 0 && strchr(" \t#*", **s) != NULL)
        (*s)++, (*n)--;
}

/* A section heading ("1. Success", "## 2. Validation & Business Errors"): its category, or -1. */
static int heading(const char *s, size_t n) {
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

/* A code line: sets *code (six digits) and the message; returns 1, or 0 when it is not one. */
static int code_line(const char *s, size_t n, const char **code, const char **msg, size_t *mlen) {
    if (n > 0 && s[0] == '|') { /* | 000000 | message | */
        s++, n--;
        trim(&s, &n);
        while (n > 0 && s[n - 1] == '|')
            n--;
        trim(&s, &n);
    }
    if (n < 7 || strspn(s, "0123456789") < 6 || (s[6] >= '0' && s[6] <= '9'))
        return 0;
    *code = s;
    s += 6, n -= 6;
    while (n > 0 && (*s == ' ' || *s == '\t' || *s == '|'))
        s++, n--;
    trim(&s, &n);
    *msg = s;
    *mlen = n;
    return n > 0;
}

static void date_line(const char *s, size_t n, char *date, size_t size) {
    static const char key[] = "Document updated on:";
    if (n > sizeof key && memcmp(s, key, sizeof key - 1) == 0) {
        s += sizeof key - 1, n -= sizeof key - 1;
        trim(&s, &n);
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
        at += n + 1;
        trim(&s, &n);
        int h = heading(s, n);
        if (h == -2 && !code_line(s, n, &code, &msg, &mlen)) {
            cf_error_set(err, "%s:%zu: unknown section \"%.*s\"", name, lineno + 1, (int)n, s);
            goto fail;
        }
        if (h >= 0) {
            category = h;
            continue;
        }
        date_line(s, n, date, sizeof date);
        if (!code_line(s, n, &code, &msg, &mlen))
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
        cf_out_json_string(body, msg, mlen);
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
