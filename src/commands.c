/* commands.c - the subcommands, for looking codes up without a log and keeping the catalogue:
 *   codefilter explain [--catalogue=FILE]... CODE...
 *   codefilter list [--catalogue=FILE]... [--category=LIST] [--format=table|json|csv]
 *   codefilter catalogue import FILE      (the reference, text or Markdown, to catalogue JSON)
 *   codefilter catalogue check FILE...    (every problem of each catalogue, not only the first) */
#include "commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "filter.h"
#include "import.h"
#include "out.h"

enum { OK = 0, NONE = 1, TROUBLE = 2 };

static int usage(const char *msg) {
    fprintf(stderr, "codefilter: %s\n", msg);
    fputs("Usage: codefilter explain CODE... | list [--category=LIST] [--format=table|json|csv] |\n"
          "       catalogue import FILE | catalogue check FILE...\n",
          stderr);
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

/* Splits leading --catalogue=FILE options off argv; loads the catalogue. */
static cf_catalogue *catalogue_from(int *argc, char ***argv) {
    const char *files[64];
    size_t n = 0;
    while (*argc > 0 && strncmp((*argv)[0], "--catalogue=", 12) == 0 && n < 64) {
        files[n++] = (*argv)[0] + 12;
        (*argc)--, (*argv)++;
    }
    cf_error err;
    cf_files env = {0}, unused = {0};
    if (n == 0 && cf_config_sources(0, 1, &env, &unused, &err) != 0) {
        fprintf(stderr, "codefilter: %s\n", err.text);
        return NULL;
    }
    cf_catalogue *cat = n > 0
                            ? cf_config_catalogue(files, n, &err)
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
    cf_catalogue *cat = catalogue_from(&argc, &argv);
    if (cat == NULL)
        return TROUBLE;
    if (argc == 0) {
        cf_catalogue_free(cat);
        return usage("explain: which code?");
    }
    cf_out *o = cf_out_new_fd(STDOUT_FILENO, 4096);
    int status = OK;
    for (int i = 0; i < argc; i++) {
        size_t len = strlen(argv[i]);
        char code[7] = "000000";
        if (len == 0 || len > 6 || strspn(argv[i], "0123456789") != len) {
            fprintf(stderr, "codefilter: explain: '%s' is not a code (one to six digits)\n",
                    argv[i]);
            status = TROUBLE;
            continue;
        }
        memcpy(code + 6 - len, argv[i], len);
        const cf_entry *e = cf_catalogue_find(cat, code);
        entry_row(o, code, e);
        if (e == NULL && status == OK)
            status = NONE;
    }
    cf_catalogue_free(cat);
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
    cf_catalogue *cat = catalogue_from(&argc, &argv);
    cf_filter *f = cf_filter_new();
    const char *format = "table";
    int status = cat != NULL && f != NULL ? OK : TROUBLE;
    cf_error err;
    for (int i = 0; status == OK && i < argc; i++) {
        if (strncmp(argv[i], "--category=", 11) == 0 &&
            cf_filter_add_categories(f, argv[i] + 11, &err) != 0)
            status = usage(err.text);
        else if (strncmp(argv[i], "--format=", 9) == 0)
            format = argv[i] + 9;
        else if (strncmp(argv[i], "--category=", 11) != 0)
            status = usage("list: unknown argument");
    }
    if (status == OK && strcmp(format, "table") != 0 && strcmp(format, "json") != 0 &&
        strcmp(format, "csv") != 0)
        status = usage("list: --format is table, json or csv");
    if (status == OK) {
        cf_out *o = cf_out_new_fd(STDOUT_FILENO, 64 * 1024);
        if (strcmp(format, "csv") == 0)
            cf_out_puts(o, "code,category,message\r\n");
        for (size_t i = 0; i < cf_catalogue_size(cat); i++) {
            const cf_entry *e = cf_catalogue_entry(cat, i);
            cf_hit h = {0, 6, "", e, {0}};
            if (cf_filter_selects(f, &h, 1))
                list_entry(o, e, format);
        }
        status = finish(o, OK);
    }
    cf_filter_free(f);
    cf_catalogue_free(cat);
    return status;
}

static void print_problem(void *ctx, const char *msg) {
    (void)ctx;
    fprintf(stderr, "codefilter: %s\n", msg);
}

static int catalogue(int argc, char **argv) {
    if (argc < 2 || (strcmp(argv[0], "import") != 0 && strcmp(argv[0], "check") != 0) ||
        (strcmp(argv[0], "import") == 0 && argc != 2))
        return usage("catalogue: import FILE, or check FILE...");
    int status = OK;
    for (int i = 1; i < argc; i++) {
        char *text;
        size_t len;
        cf_error err;
        if (cf_read_file(argv[i], &text, &len, &err) != 0) {
            fprintf(stderr, "codefilter: %s\n", err.text);
            status = TROUBLE;
            continue;
        }
        if (strcmp(argv[0], "check") == 0) {
            int problems = cf_catalogue_check(text, len, argv[i], print_problem, NULL);
            if (problems > 0) {
                fprintf(stderr, "codefilter: %s: %d problem%s\n", argv[i], problems,
                        problems == 1 ? "" : "s");
                status = TROUBLE;
            }
        } else {
            cf_out *o = cf_out_new_fd(STDOUT_FILENO, 64 * 1024);
            if (cf_catalogue_import(text, len, argv[i], o, &err) < 0) {
                fprintf(stderr, "codefilter: %s\n", err.text);
                cf_out_free(o);
                status = TROUBLE;
            } else {
                status = finish(o, status);
            }
        }
        free(text);
    }
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
    return -1;
}
