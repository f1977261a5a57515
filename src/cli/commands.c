/* commands.c - the subcommands, for looking codes up without a log and keeping the catalogue:
 *   codefilter explain [--catalogue=FILE]... CODE...
 *   codefilter list [--catalogue=FILE]... [--category=LIST] [--format=table|json|csv]
 *   codefilter catalogue import FILE      (the reference, text or Markdown, to catalogue JSON)
 *   codefilter catalogue check FILE...    (every problem of each catalogue, not only the first)
 *   codefilter audit [--format=text|json] [FILE]...   (what the recognizer took and did not) */
#include "commands.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit.h"
#include "config.h"
#include "decode.h"
#include "filter.h"
#include "import.h"
#include "out.h"
#include "reader.h"

enum { OK = 0, NONE = 1, TROUBLE = 2 };

static const char usage_text[] =
    "Usage: codefilter explain [--catalogue=FILE]... CODE...\n"
    "       codefilter list [--catalogue=FILE]... [--category=LIST] [--format=table|json|csv]\n"
    "       codefilter catalogue import FILE\n"
    "       codefilter catalogue check FILE...\n"
    "       codefilter audit [--catalogue=FILE]... [--patterns=FILE]... [--add-patterns=FILE]...\n"
    "                        [--format=text|json] [FILE]...\n";

static int usage(const char *cmd, const char *msg) {
    fprintf(stderr, "codefilter: %s: %s\n%s", cmd, msg, usage_text);
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

/* A subcommand's arguments: options anywhere (--name=VALUE or --name VALUE), "--" ends them. */
enum { ARG_CATALOGUE = 1, ARG_CATEGORY = 2, ARG_FORMAT = 4, ARG_PATTERNS = 8, ARG_ADD = 16 };

typedef struct args {
    const char **catalogues; /* in order */
    size_t ncatalogues;
    const char **categories; /* each --category, in order */
    size_t ncategories;
    const char **patterns, **added; /* --patterns, --add-patterns */
    size_t npatterns, nadded;
    const char *format;
    const char **operands;
    size_t noperands;
    int help;
} args;

static void args_free(args *a) {
    free(a->catalogues);
    free(a->categories);
    free(a->patterns);
    free(a->added);
    free(a->operands);
}

/* Parses argv for the subcommand cmd, which takes the options in allowed. Returns 0, or TROUBLE
 * after a message naming what is wrong. */
static int parse_args(const char *cmd, int argc, char **argv, unsigned allowed, args *a) {
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"catalogue", ARG_CATALOGUE},
                 {"category", ARG_CATEGORY},
                 {"format", ARG_FORMAT},
                 {"patterns", ARG_PATTERNS},
                 {"add-patterns", ARG_ADD}};
    char msg[300];
    *a = (args){0};
    size_t n = argc > 0 ? (size_t)argc : 1;
    a->catalogues = malloc(n * sizeof *a->catalogues);
    a->categories = malloc(n * sizeof *a->categories);
    a->operands = malloc(n * sizeof *a->operands);
    a->patterns = malloc(n * sizeof *a->patterns);
    a->added = malloc(n * sizeof *a->added);
    if (a->catalogues == NULL || a->categories == NULL || a->operands == NULL ||
        a->patterns == NULL || a->added == NULL) {
        fprintf(stderr, "codefilter: %s: out of memory\n", cmd);
        return TROUBLE;
    }
    int options = 1;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        if (!options || arg[0] != '-' || arg[1] == '\0') {
            a->operands[a->noperands++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            options = 0;
            continue;
        }
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            a->help = 1;
            continue;
        }
        size_t k = 0, len = strcspn(arg + 2, "=");
        while (k < sizeof names / sizeof *names &&
               !(arg[1] == '-' && strlen(names[k].name) == len &&
                 memcmp(arg + 2, names[k].name, len) == 0 && (allowed & names[k].bit)))
            k++;
        if (k == sizeof names / sizeof *names) {
            snprintf(msg, sizeof msg, "unknown option '%.200s'", arg);
            return usage(cmd, msg);
        }
        const char *value = arg[2 + len] == '=' ? arg + 3 + len : NULL;
        if (value == NULL && i + 1 < argc)
            value = argv[++i];
        if (value == NULL) {
            snprintf(msg, sizeof msg, "option '--%s' needs a value", names[k].name);
            return usage(cmd, msg);
        }
        if (names[k].bit == ARG_CATALOGUE)
            a->catalogues[a->ncatalogues++] = value;
        else if (names[k].bit == ARG_CATEGORY)
            a->categories[a->ncategories++] = value;
        else if (names[k].bit == ARG_PATTERNS)
            a->patterns[a->npatterns++] = value;
        else if (names[k].bit == ARG_ADD)
            a->added[a->nadded++] = value;
        else
            a->format = value;
    }
    return 0;
}

/* The catalogue: the built-in one, then the --catalogue files, or else those of the environment
 * or the config file (as for filtering). */
static cf_catalogue *catalogue_from(const args *a) {
    cf_error err;
    cf_files env = {0}, unused = {0};
    if (a->ncatalogues == 0 && cf_config_sources(0, 1, &env, &unused, &err) != 0) {
        fprintf(stderr, "codefilter: %s\n", err.text);
        return NULL;
    }
    cf_catalogue *cat = a->ncatalogues > 0
                            ? cf_config_catalogue(a->catalogues, a->ncatalogues, &err)
                            : cf_config_catalogue((const char *const *)env.items, env.count, &err);
    if (cat == NULL)
        fprintf(stderr, "codefilter: %s\n", err.text);
    cf_files_free(&env);
    cf_files_free(&unused);
    return cat;
}

static void entry_row(cf_out *o, const char *code, const cf_entry *e) {
    cf_category c = e != NULL ? e->category : CF_CAT_UNKNOWN;
    cf_out_printf(o, "%s  %-10s  %-28s  %s\n", code, cf_category_id(c), cf_category_name(c),
                  e != NULL ? e->message : "(not in the catalogue)");
}

static int explain(int argc, char **argv) {
    args a;
    if (parse_args("explain", argc, argv, ARG_CATALOGUE, &a) != 0) {
        args_free(&a);
        return TROUBLE;
    }
    if (a.help || a.noperands == 0) {
        args_free(&a);
        if (a.help)
            return fputs(usage_text, stdout) < 0 ? TROUBLE : OK;
        return usage("explain", "which code?");
    }
    cf_catalogue *cat = catalogue_from(&a);
    if (cat == NULL) {
        args_free(&a);
        return TROUBLE;
    }
    cf_out *o = cf_out_new_fd(STDOUT_FILENO, 4096);
    int status = OK;
    for (size_t i = 0; i < a.noperands; i++) {
        const char *word = a.operands[i];
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
    cf_catalogue_free(cat);
    args_free(&a);
    return finish(o, status);
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

static int list(int argc, char **argv) {
    args a;
    if (parse_args("list", argc, argv, ARG_CATALOGUE | ARG_CATEGORY | ARG_FORMAT, &a) != 0) {
        args_free(&a);
        return TROUBLE;
    }
    const char *format = a.format != NULL ? a.format : "table";
    int status = OK;
    cf_error err;
    cf_filter *f = cf_filter_new();
    char msg[300];
    if (a.help) {
        status = fputs(usage_text, stdout) < 0 ? TROUBLE : OK;
        goto done;
    }
    if (a.noperands > 0) {
        snprintf(msg, sizeof msg, "unexpected argument '%.200s'", a.operands[0]);
        status = usage("list", msg);
        goto done;
    }
    if (strcmp(format, "table") != 0 && strcmp(format, "json") != 0 && strcmp(format, "csv") != 0) {
        snprintf(msg, sizeof msg, "unknown format '%.200s' (use table, json or csv)", format);
        status = usage("list", msg);
        goto done;
    }
    for (size_t i = 0; f != NULL && i < a.ncategories; i++)
        if (cf_filter_add_categories(f, a.categories[i], &err) != 0) {
            status = usage("list", err.text);
            goto done;
        }
    cf_catalogue *cat = f != NULL ? catalogue_from(&a) : NULL;
    if (cat == NULL) {
        status = TROUBLE;
        goto done;
    }
    cf_out *o = cf_out_new_fd(STDOUT_FILENO, 64 * 1024);
    if (strcmp(format, "csv") == 0)
        cf_out_puts(o, "code,category,message\r\n");
    for (size_t i = 0; i < cf_catalogue_size(cat); i++) {
        const cf_entry *e = cf_catalogue_entry(cat, i);
        cf_hit h = {.end = 6, .entry = e};
        if (cf_filter_selects(f, &h, 1))
            list_entry(o, e, format);
    }
    status = finish(o, OK);
    cf_catalogue_free(cat);
done:
    cf_filter_free(f);
    args_free(&a);
    return status;
}

static void print_problem(void *ctx, const char *msg) {
    (void)ctx;
    fprintf(stderr, "codefilter: %s\n", msg);
}

static int catalogue(int argc, char **argv) {
    args a;
    if (parse_args("catalogue", argc, argv, 0, &a) != 0) {
        args_free(&a);
        return TROUBLE;
    }
    const char *verb = a.noperands > 0 ? a.operands[0] : "";
    int import = strcmp(verb, "import") == 0, status = OK;
    if (a.help) {
        args_free(&a);
        return fputs(usage_text, stdout) < 0 ? TROUBLE : OK;
    }
    if ((!import && strcmp(verb, "check") != 0) || a.noperands < 2 ||
        (import && a.noperands != 2)) {
        args_free(&a);
        return usage("catalogue", import
                                      ? "import takes one FILE"
                                      : "use 'catalogue import FILE' or 'catalogue check FILE...'");
    }
    for (size_t i = 1; i < a.noperands; i++) {
        const char *path = a.operands[i];
        char *text;
        size_t len;
        cf_error err;
        if (cf_read_file(path, &text, &len, &err) != 0) {
            fprintf(stderr, "codefilter: %s\n", err.text);
            status = TROUBLE;
            continue;
        }
        if (!import) {
            int problems = cf_catalogue_check(text, len, path, print_problem, NULL);
            if (problems > 0) {
                fprintf(stderr, "codefilter: %s: %d problem%s\n", path, problems,
                        problems == 1 ? "" : "s");
                status = TROUBLE;
            }
        } else {
            cf_out *o = cf_out_new_fd(STDOUT_FILENO, 64 * 1024);
            if (cf_catalogue_import(text, len, path, o, &err) < 0) {
                fprintf(stderr, "codefilter: %s\n", err.text);
                cf_out_free(o);
                status = TROUBLE;
            } else {
                status = finish(o, status);
            }
        }
        free(text);
    }
    args_free(&a);
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
static cf_patterns *patterns_from(const args *a) {
    cf_error err;
    cf_files env = {0}, unused = {0};
    if (a->npatterns == 0 && cf_config_sources(1, 0, &unused, &env, &err) != 0) {
        fprintf(stderr, "codefilter: %s\n", err.text);
        return NULL;
    }
    cf_patterns *p = a->npatterns > 0
                         ? cf_config_patterns(a->patterns, a->npatterns, a->added, a->nadded, &err)
                         : cf_config_patterns((const char *const *)env.items, env.count, a->added,
                                              a->nadded, &err);
    if (p == NULL)
        fprintf(stderr, "codefilter: %s\n", err.text);
    cf_files_free(&env);
    cf_files_free(&unused);
    return p;
}

static int audit(int argc, char **argv) {
    args a;
    int status =
        parse_args("audit", argc, argv, ARG_CATALOGUE | ARG_FORMAT | ARG_PATTERNS | ARG_ADD, &a);
    const char *format = a.format != NULL ? a.format : "text";
    if (status == OK && a.help)
        status = fputs(usage_text, stdout) < 0 ? TROUBLE : OK;
    if (status != OK || a.help) {
        args_free(&a);
        return status;
    }
    if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0) {
        args_free(&a);
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
    if (r != NULL) {
        cf_reader_set_max_line(r, 1 << 20);
        cf_reader_detect(r, 1); /* as the filter does, audit reads compressed logs */
    }
    size_t inputs = a.noperands > 0 ? a.noperands : 1;
    for (size_t i = 0; au != NULL && r != NULL && i < inputs; i++) { /* a bad one, then the rest */
        const char *name = a.noperands > 0 ? a.operands[i] : "-";
        int stdin_ = strcmp(name, "-") == 0;
        int fd = stdin_ ? STDIN_FILENO : open(name, O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "codefilter: %s: %s\n", name, strerror(errno));
            status = TROUBLE;
            continue;
        }
        if (audit_fd(au, r, fd, stdin_ ? "(standard input)" : name) != 0)
            status = TROUBLE;
        if (!stdin_)
            close(fd);
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
    args_free(&a);
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
