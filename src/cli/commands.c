/* commands.c - the subcommands, for looking codes up without a log and keeping the catalogue:
 *   codefilter explain [--catalogue=FILE]... CODE...
 *   codefilter list [--catalogue=FILE]... [--category=LIST] [--format=table|json|csv]
 *   codefilter catalogue import FILE      (the reference, text or Markdown, to catalogue JSON)
 *   codefilter catalogue check FILE...    (every problem of each catalogue, not only the first)
 *   codefilter audit [--format=text|json] [FILE]...   (what the recognizer took and did not) */
#include "commands.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit.h"
#include "config.h"
#include "decode.h"
#include "filter.h"
#include "import.h"
#include "input.h"
#include "options.h"
#include "out.h"
#include "reader.h"

enum { OK = CF_EXIT_SELECTED, NONE = CF_EXIT_NONE, TROUBLE = CF_EXIT_TROUBLE };

/* Writes the subcommands' usage to f; returns 0, or EOF when that failed. */
static int put_usage(FILE *f) {
    cf_out *o = cf_out_new_memory(1024);
    if (o == NULL)
        return EOF;
    cf_options_usage(o, 0);
    size_t len;
    const char *text = cf_out_take(o, &len);
    int rc = cf_out_errno(o) == 0 && fwrite(text, 1, len, f) == len ? 0 : EOF;
    cf_out_free(o);
    return rc;
}

static int usage(const char *cmd, const char *msg) {
    fprintf(stderr, "codefilter: %s: %s\n", cmd, msg);
    put_usage(stderr);
    return TROUBLE;
}

/* Writes out to stdout; returns TROUBLE after a message when writing failed, else status. */
static int finish(cf_out *out, int status) {
    if (cf_out_flush(out) != 0) {
        perror("codefilter: write error");
        status = TROUBLE;
    }
    cf_out_free(out);
    return status;
}

/* Parses the arguments of the subcommand cmd, named name, into o. Returns 0; or after -h or
 * --help, 1 with the usage printed and *status set; or 1 with *status TROUBLE after a message. */
static int parse(cf_command_id cmd, const char *name, int argc, char **argv, cf_options *o,
                 int *status) {
    cf_error err;
    if (cf_options_parse_command(cmd, argc, argv, o, &err) != 0) {
        *status = usage(name, err.text);
        return 1;
    }
    if (!o->help)
        return 0;
    *status = put_usage(stdout) < 0 ? TROUBLE : OK;
    return 1;
}

/* The catalogue: the built-in one, then the --catalogue files, or else those of the environment
 * or the config file (as for filtering). */
static cf_catalogue *catalogue_from(const cf_options *o) {
    cf_error err;
    cf_rule_flags flags = cf_config_flags(o);
    cf_catalogue *cat = cf_config_catalogue_in_force(&flags, &err);
    if (cat == NULL)
        fprintf(stderr, "codefilter: %s\n", err.text);
    return cat;
}

static void entry_row(cf_out *o, const char *code, const cf_entry *e) {
    cf_category c = e != NULL ? e->category : CF_CAT_UNKNOWN;
    cf_out_printf(o, "%s  %-10s  %-28s  %s\n", code, cf_category_id(c), cf_category_name(c),
                  e != NULL ? e->message : "(not in the catalogue)");
}

/* Writes each code's row; returns OK, NONE when one is not in the catalogue, or TROUBLE when one
 * is not a code. */
static int explain_codes(cf_out *o, const cf_catalogue *cat, const cf_strings *words) {
    int status = OK;
    for (size_t i = 0; i < words->count; i++) {
        const char *word = words->items[i];
        size_t len = strlen(word);
        char code[7] = "000000";
        if (len == 0 || len > 6 || strspn(word, "0123456789") != len) {
            fprintf(stderr, "codefilter: explain: '%s' is not a code (one to six digits)\n", word);
            status = TROUBLE;
            continue;
        }
        memcpy(code + 6 - len, word, len);
        const cf_entry *e = cf_catalogue_find(cat, code);
        entry_row(o, code, e);
        if (e == NULL && status == OK)
            status = NONE;
    }
    return status;
}

static int explain(int argc, char **argv) {
    cf_options a;
    int status = OK;
    cf_catalogue *cat = NULL;
    if (parse(CF_CMD_EXPLAIN, "explain", argc, argv, &a, &status) != 0)
        goto done;
    if (a.files.count == 0) {
        status = usage("explain", "which code?");
        goto done;
    }
    if ((cat = catalogue_from(&a)) == NULL) {
        status = TROUBLE;
        goto done;
    }
    cf_out *o = cf_out_new_fd(STDOUT_FILENO, 4096);
    status = finish(o, explain_codes(o, cat, &a.files));
done:
    cf_catalogue_free(cat);
    cf_options_free(&a);
    return status;
}

static void list_entry(cf_out *o, const cf_entry *e, const char *format) {
    if (strcmp(format, "json") == 0) {
        cf_out_printf(o, "{\"code\":\"%s\",\"category\":\"%s\",\"category_name\":", e->code,
                      cf_category_id(e->category));
        cf_out_json_string(o, cf_category_name(e->category), strlen(cf_category_name(e->category)));
        cf_out_puts(o, ",\"message\":");
        cf_out_json_string(o, e->message, strlen(e->message));
        cf_out_puts(o, "}\n");
    } else if (strcmp(format, "csv") == 0) {
        cf_out_printf(o, "%s,%s,\"", e->code, cf_category_id(e->category));
        for (const char *m = e->message; *m; m++) {
            if (*m == '"')
                cf_out_putc(o, '"');
            cf_out_putc(o, *m);
        }
        cf_out_puts(o, "\"\r\n");
    } else {
        entry_row(o, e->code, e);
    }
}

/* The filter of list's --category options, or NULL after a message (*status set). */
static cf_filter *list_filter(const cf_options *a, int *status) {
    char msg[300];
    cf_error err;
    if (a->files.count > 0) {
        snprintf(msg, sizeof msg, "unexpected argument '%.200s'", a->files.items[0]);
        *status = usage("list", msg);
        return NULL;
    }
    const char *format = a->format != NULL ? a->format : "table";
    if (strcmp(format, "table") != 0 && strcmp(format, "json") != 0 && strcmp(format, "csv") != 0) {
        snprintf(msg, sizeof msg, "unknown format '%.200s' (use table, json or csv)", format);
        *status = usage("list", msg);
        return NULL;
    }
    cf_filter *f = cf_filter_new();
    for (size_t i = 0; f != NULL && i < a->categories.count; i++)
        if (cf_filter_add_categories(f, a->categories.items[i], &err) != 0) {
            *status = usage("list", err.text);
            cf_filter_free(f);
            return NULL;
        }
    if (f == NULL)
        *status = TROUBLE;
    return f;
}

static int list(int argc, char **argv) {
    cf_options a;
    int status = OK;
    cf_filter *f = NULL;
    cf_catalogue *cat = NULL;
    if (parse(CF_CMD_LIST, "list", argc, argv, &a, &status) != 0 ||
        (f = list_filter(&a, &status)) == NULL)
        goto done;
    if ((cat = catalogue_from(&a)) == NULL) {
        status = TROUBLE;
        goto done;
    }
    const char *format = a.format != NULL ? a.format : "table";
    cf_out *o = cf_out_new_fd(STDOUT_FILENO, 64 * 1024);
    if (strcmp(format, "csv") == 0)
        cf_out_puts(o, "code,category,message\r\n");
    for (size_t i = 0; i < cf_catalogue_size(cat); i++) {
        const cf_entry *e = cf_catalogue_entry(cat, i);
        if (cf_filter_selects_category(f, e->category))
            list_entry(o, e, format);
    }
    status = finish(o, OK);
done:
    cf_catalogue_free(cat);
    cf_filter_free(f);
    cf_options_free(&a);
    return status;
}

static void print_problem(void *ctx, const char *msg) {
    (void)ctx;
    fprintf(stderr, "codefilter: %s\n", msg);
}

/* Checks the catalogue in text, or imports the reference in it to stdout. Returns OK or
 * TROUBLE, after a message. */
static int catalogue_file(int import, const char *path, const char *text, size_t len) {
    cf_error err;
    if (!import) {
        int problems = cf_catalogue_check(text, len, path, print_problem, NULL);
        if (problems == 0)
            return OK;
        fprintf(stderr, "codefilter: %s: %d problem%s\n", path, problems, problems == 1 ? "" : "s");
        return TROUBLE;
    }
    cf_out *o = cf_out_new_fd(STDOUT_FILENO, 64 * 1024);
    if (cf_catalogue_import(text, len, path, o, &err) < 0) {
        fprintf(stderr, "codefilter: %s\n", err.text);
        cf_out_free(o);
        return TROUBLE;
    }
    return finish(o, OK);
}

static int catalogue(int argc, char **argv) {
    cf_options a;
    int status = OK;
    if (parse(CF_CMD_CATALOGUE, "catalogue", argc, argv, &a, &status) != 0) {
        cf_options_free(&a);
        return status;
    }
    const char *verb = a.files.count > 0 ? a.files.items[0] : "";
    int import = strcmp(verb, "import") == 0;
    if ((!import && strcmp(verb, "check") != 0) || a.files.count < 2 ||
        (import && a.files.count != 2)) {
        cf_options_free(&a);
        return usage("catalogue", import
                                      ? "import takes one FILE"
                                      : "use 'catalogue import FILE' or 'catalogue check FILE...'");
    }
    for (size_t i = 1; i < a.files.count; i++) {
        const char *path = a.files.items[i];
        char *text;
        size_t len;
        cf_error err;
        if (cf_read_file(path, &text, &len, &err) != 0) {
            fprintf(stderr, "codefilter: %s\n", err.text);
            status = TROUBLE;
            continue;
        }
        if (catalogue_file(import, path, text, len) != OK)
            status = TROUBLE;
        free(text);
    }
    cf_options_free(&a);
    return status;
}

/* Audits the lines of one open input; a line longer than a MiB is counted but not looked at.
 * Returns 0, or -1 after a message. */
static int audit_fd(cf_audit *au, cf_reader *r, int fd, const char *name) {
    const char *block;
    size_t len;
    unsigned long long lineno = 0;
    cf_read_status st;
    cf_decoder *d = NULL;
    cf_error err;
    int rc = 0;
    cf_reader_reset(r, fd);
    while (rc == 0 && (st = cf_reader_next(r, &block, &len)) != CF_READ_EOF) {
        if (st == CF_READ_ERROR) {
            fprintf(stderr, "codefilter: %s: %s\n", name, strerror(errno));
            rc = -1;
        } else if (st == CF_READ_COMPRESSED && (d = cf_decoder_start(r, fd, &err)) == NULL) {
            fprintf(stderr, "codefilter: %s: %s\n", name, err.text);
            rc = -1;
        }
        if (st == CF_READ_LONG_END)
            lineno++;
        if (rc != 0 || st != CF_READ_BLOCK)
            continue;
        for (size_t at = 0; at < len;) {
            const char *nl = memchr(block + at, '\n', len - at);
            size_t end = nl != NULL ? (size_t)(nl - block) : len;
            if (cf_audit_line(au, name, ++lineno, block + at, end - at) != 0) {
                fputs("codefilter: audit: out of memory\n", stderr);
                rc = -1;
                break;
            }
            at = end + 1;
        }
    }
    if (cf_decoder_finish(d, &err) != 0 && rc == 0) {
        fprintf(stderr, "codefilter: %s: %s\n", name, err.text);
        rc = -1;
    }
    return rc;
}

/* The patterns for audit: as for filtering, from the options or the environment and config. */
static cf_patterns *patterns_from(const cf_options *o) {
    cf_error err;
    cf_rule_flags flags = cf_config_flags(o);
    cf_patterns *p = cf_config_patterns_in_force(&flags, &err);
    if (p == NULL)
        fprintf(stderr, "codefilter: %s\n", err.text);
    return p;
}

/* Audits each input named in files (standard input when none): a bad one, then the rest. Returns
 * OK, or TROUBLE after a message. */
static int audit_inputs(cf_audit *au, cf_reader *r, const cf_strings *files) {
    int status = OK;
    size_t inputs = files->count > 0 ? files->count : 1;
    for (size_t i = 0; i < inputs; i++) {
        cf_input in;
        if (cf_input_open(&in, files->count > 0 ? files->items[i] : "-", NULL) < 0) {
            fprintf(stderr, "codefilter: %s: %s\n", in.name, strerror(errno));
            status = TROUBLE;
            continue;
        }
        if (audit_fd(au, r, in.fd, in.name) != 0)
            status = TROUBLE;
        cf_input_close(&in);
    }
    return status;
}

static int audit(int argc, char **argv) {
    cf_options a;
    int status = OK;
    if (parse(CF_CMD_AUDIT, "audit", argc, argv, &a, &status) != 0) {
        cf_options_free(&a);
        return status;
    }
    const char *format = a.format != NULL ? a.format : "text";
    if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0) {
        cf_options_free(&a);
        return usage("audit", "unknown format (use text or json)");
    }
    cf_catalogue *cat = catalogue_from(&a);
    cf_patterns *pats = cat != NULL ? patterns_from(&a) : NULL;
    cf_audit *au = pats != NULL ? cf_audit_new(pats, cat) : NULL;
    cf_reader *r = cf_reader_new(1 << 20, NULL, NULL);
    if (au == NULL || r == NULL) {
        status = TROUBLE;
        if (pats != NULL)
            fputs("codefilter: audit: out of memory\n", stderr);
    }
    if (au != NULL && r != NULL) {
        cf_reader_set_max_line(r, 1 << 20);
        cf_reader_detect(r, 1); /* as the filter does, audit reads compressed logs */
        status = audit_inputs(au, r, &a.files);
    }
    if (au != NULL) {
        cf_out *o = cf_out_new_fd(STDOUT_FILENO, 64 * 1024);
        cf_audit_write(au, o, strcmp(format, "json") == 0);
        status = finish(o, status);
    }
    cf_reader_free(r);
    cf_audit_free(au);
    cf_patterns_free(pats);
    cf_catalogue_free(cat);
    cf_options_free(&a);
    return status;
}

int cf_command(int argc, char **argv) {
    if (argc < 2)
        return -1;
    if (strcmp(argv[1], "explain") == 0)
        return explain(argc - 2, argv + 2);
    if (strcmp(argv[1], "list") == 0)
        return list(argc - 2, argv + 2);
    if (strcmp(argv[1], "catalogue") == 0)
        return catalogue(argc - 2, argv + 2);
    if (strcmp(argv[1], "audit") == 0)
        return audit(argc - 2, argv + 2);
    return -1;
}
