/* main.c - wires the modules together and decides what the user sees and the exit status. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <cjson/cJSON.h>
#include <errno.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"
#include "config.h"
#include "filter.h"
#include "input.h"
#include "merge.h"
#include "options.h"
#include "run.h"
#include "signals.h"
#include "summary_file.h"
#include "timestamp.h"
#include "walk.h"

#ifndef CF_VERSION
#define CF_VERSION "0.0.0"
#endif

static int wake_fd = -1; /* readable when a signal handler has asked for something */

static void complain(const char *msg) {
    fprintf(stderr, "codefilter: %s\n", msg);
}

static int usage_error(const char *msg) {
    complain(msg);
    fputs("Try 'codefilter --help' for more information.\n", stderr);
    return CF_EXIT_TROUBLE;
}

static int use_color(cf_color_when when) {
    if (when != CF_COLOR_AUTO)
        return when == CF_COLOR_ALWAYS;
    const char *no_color = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    if (no_color != NULL && no_color[0] != '\0')
        return 0;
    if (term != NULL && strcmp(term, "dumb") == 0)
        return 0;
    return isatty(STDOUT_FILENO);
}

static void print_version(cf_out *out) {
    char pcre[64] = "?";
    pcre2_config(PCRE2_CONFIG_VERSION, pcre);
    cf_out_printf(out, "codefilter %s (PCRE2 %s, cJSON %s)\n", CF_VERSION, pcre, cJSON_Version());
}

static cf_filter *build_filter(const cf_options *o, cf_error *err) {
    cf_filter *f = cf_filter_new();
    int ok = f != NULL;
    for (size_t i = 0; ok && i < o->categories.count; i++)
        ok = cf_filter_add_categories(f, o->categories.items[i], err) == 0;
    for (size_t i = 0; ok && i < o->codes.count; i++)
        ok = cf_filter_add_codes(f, o->codes.items[i], err) == 0;
    if (ok && o->errors)
        ok = cf_filter_add_categories(f, "validation,client,server,unknown", err) == 0;
    if (ok && o->invert)
        cf_filter_invert(f);
    if (!ok) {
        if (f == NULL)
            cf_error_set(err, "out of memory");
        cf_filter_free(f);
        return NULL;
    }
    return f;
}

/* Everything one invocation works with. */
typedef struct program {
    cf_options opt;
    cf_rule_flags rule_flags; /* the rule files of opt */
    cf_rules *rules;          /* the catalogue, patterns and templates in force */
    cf_files walked;          /* -r: the files under the FILEs */
    cf_filter *filter;
    cf_summary *summary;
    cf_out *out;
    cf_run *run;
    int out_of_memory;
    int summary_file_failed; /* said once: a failing --summary-interval does not repeat it */
} program;

/* Writes the summary so far to standard error; with a header line that gives its time when asked
 * (--summary-interval: the summaries then stand apart, each with its time). */
static void write_report(const program *p, int with_time) {
    cf_out *err = cf_out_new_fd(STDERR_FILENO, 64 * 1024);
    if (err == NULL)
        return;
    if (with_time) {
        struct timespec now;
        char when[CF_TIMESTAMP_LEN];
        clock_gettime(CLOCK_REALTIME, &now);
        cf_timestamp_format((int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000, when);
        cf_out_printf(err, "codefilter: summary at %s\n", when);
    }
    cf_report_write(p->summary, p->opt.summary_format, 0, err);
    cf_out_flush(err);
    cf_out_free(err);
}

/* Writes the summary to path (see cf_summary_file_write). Returns 0, or -1 after saying what went
 * wrong, once: a failing --summary-interval does not repeat it. */
static int write_summary_file(program *p, const char *path) {
    int e = cf_summary_file_write(path, p->summary, p->opt.summary_format);
    if (e == 0)
        return 0;
    if (!p->summary_file_failed)
        fprintf(stderr, "codefilter: %s: %s\n", path, strerror(e));
    p->summary_file_failed = 1;
    return -1;
}

/* SIGHUP: reads the config file again (for what no flag gives), then loads the catalogue and
 * patterns again; a broken new one keeps the old and says why. */
static void reload(program *p) {
    cf_error err;
    if (cf_config_reload(&p->rules, &p->rule_flags, p->run, p->summary, &err) != 0) {
        fprintf(stderr, "codefilter: reload: %s (keeping the catalogue and patterns in use)\n",
                err.text);
        return;
    }
    fprintf(stderr, "codefilter: reloaded %zu codes and %zu patterns\n",
            cf_catalogue_size(cf_rules_catalogue(p->rules)),
            cf_patterns_count(cf_rules_patterns(p->rules)));
}

/* Does what the signal handlers asked, between two blocks of input. */
static void attend(void *ctx) {
    program *p = ctx;
    if (cf_report_request) {
        cf_report_request = 0;
        write_report(p, 0);
    }
    if (cf_tick_request) {
        cf_tick_request = 0;
        if (p->opt.summary_file != NULL)
            write_summary_file(p, p->opt.summary_file);
        else
            write_report(p, 1);
    }
    if (cf_reload_request) {
        cf_reload_request = 0;
        reload(p);
    }
}

static void warn_limit(void *ctx, size_t pattern, const char *input) {
    const program *p = ctx;
    size_t line;
    const char *file = cf_patterns_source(cf_rules_patterns(p->rules), pattern, &line);
    fprintf(stderr,
            "codefilter: warning: %s:%zu: pattern gave up at PCRE2's match limit while reading "
            "%s; such lines pass through without this pattern's codes\n",
            file, line, input);
}

/* The summary the options ask for, or NULL when out of memory. */
static cf_summary *new_summary(const cf_options *o) {
    cf_summary *s = cf_summary_new();
    if (s != NULL && cf_summary_set_bucket(s, o->bucket_ms) != 0) {
        cf_summary_free(s);
        s = NULL;
    }
    if (s != NULL) /* without a summary, SIGUSR1's report has no codes: no memory each */
        cf_summary_keep_codes(s, o->summary || o->count);
    if (s != NULL && cf_window_active(&o->window))
        cf_summary_set_window(s, &o->window);
    if (s != NULL && o->by_file && cf_summary_keep_files(s) != 0) {
        cf_summary_free(s);
        s = NULL;
    }
    return s;
}

/* The run the options ask for, which calls back into p between blocks and at a match limit. */
static cf_run_config run_config(program *p) {
    const cf_options *o = &p->opt;
    return (cf_run_config){
        .output = o->output,
        .color = use_color(o->color),
        .print_lines = !o->count && !o->quiet,
        .stop_at_first = o->quiet,
        .name_files = o->with_filename < 0 ? o->files.count > 1 || o->recursive : o->with_filename,
        .timeline = o->summary || o->count,
        .watch = {&cf_stop_signal, &cf_attention, wake_fd, attend, p},
        .max_line = o->max_line,
        .threads = o->threads,
        .lines = {.numbers = o->line_number,
                  .names = o->with_filename == 1 || (o->recursive && o->with_filename != 0),
                  .limited = o->max_count >= 0,
                  .max_count = o->max_count,
                  .after = (size_t)(o->after >= 0     ? o->after
                                    : o->context >= 0 ? o->context
                                                      : 0),
                  .before = (size_t)(o->before >= 0    ? o->before
                                     : o->context >= 0 ? o->context
                                                       : 0),
                  .separators = o->after >= 0 || o->before >= 0 || o->context >= 0},
        .window = &o->window,
        .warn_limit = warn_limit,
        .warn_ctx = p};
}

static int setup(program *p, cf_error *err) {
    const cf_options *o = &p->opt;
    if (o->summary_file != NULL && cf_summary_file_check(o->summary_file, err) != 0)
        return -1;
    p->rule_flags = cf_config_flags(o);
    if ((p->rules = cf_config_rules(&p->rule_flags, err)) == NULL)
        return -1;
    p->summary = new_summary(o);
    p->out = cf_out_new_fd(STDOUT_FILENO, 256 * 1024);
    cf_run_config cfg = run_config(p);
    if (p->summary && p->out)
        p->run = cf_run_new(&cfg, cf_rules_patterns(p->rules), cf_rules_catalogue(p->rules),
                            p->filter, p->summary, p->out);
    if (p->run == NULL || cf_run_render(p->run, cf_rules_templates(p->rules)) != 0)
        return cf_error_set(err, "out of memory");
    return 0;
}

static void teardown(program *p) {
    cf_run_free(p->run);
    cf_out_free(p->out);
    cf_summary_free(p->summary);
    cf_filter_free(p->filter);
    cf_rules_free(p->rules);
    cf_options_free(&p->opt);
    cf_files_free(&p->walked);
}

/* Reads one input. Returns 0 to go on, 1 to stop reading inputs, -1 after a reported problem
 * that should not stop the others. */
static int read_input(program *p, const char *path) {
    cf_input in;
    if (cf_input_open(&in, path, p->out) < 0 && cf_stop_signal != 0)
        return 1;
    if (in.fd < 0) {
        fprintf(stderr, "codefilter: %s: %s\n", in.name, strerror(errno));
        return -1;
    }
    if (cf_summary_begin_file(p->summary, in.name) != 0) {
        fprintf(stderr, "codefilter: %s: out of memory\n", in.name);
        p->out_of_memory = 1;
        cf_input_close(&in);
        return 1;
    }
    cf_run_status st = cf_run_fd(p->run, in.fd, in.name);
    int e = errno;
    cf_summary_end_file(p->summary);
    cf_input_close(&in);
    if (st == CF_RUN_READ_ERROR) {
        fprintf(stderr, "codefilter: %s: %s\n", in.name, strerror(e));
        return -1;
    }
    if (st == CF_RUN_INPUT_ERROR) {
        fprintf(stderr, "codefilter: %s: %s\n", in.name, cf_run_input_error(p->run));
        return -1;
    }
    if (st == CF_RUN_NO_MEMORY) {
        fprintf(stderr, "codefilter: %s: out of memory\n", in.name);
        p->out_of_memory = 1;
        return 1;
    }
    return st == CF_RUN_EOF ? 0 : 1;
}

static int finish(program *p, int trouble) {
    const cf_options *o = &p->opt;
    if ((o->summary || o->count) && !o->quiet && o->summary_file != NULL) {
        trouble |= write_summary_file(p, o->summary_file) != 0;
    } else if ((o->summary || o->count) && !o->quiet && cf_out_errno(p->out) == 0) {
        cf_run_end_line(p->run);
        cf_report_write(p->summary, o->summary_format, use_color(o->color), p->out);
    }
    if (cf_out_flush(p->out) != 0) {
        fprintf(stderr, "codefilter: write error: %s\n", strerror(cf_out_errno(p->out)));
        return CF_EXIT_TROUBLE;
    }
    if (cf_stop_signal != 0)
        return 128 + cf_stop_signal;
    if (o->quiet && cf_run_selected_any(p->run) && !p->out_of_memory)
        return CF_EXIT_SELECTED; /* as grep -q: a selected line wins over trouble elsewhere */
    if (trouble || p->out_of_memory)
        return CF_EXIT_TROUBLE;
    /* Without a filter or a window every line is selected, even when there was none. */
    if (cf_run_selected_any(p->run) ||
        (!cf_filter_active(p->filter) && !cf_window_active(&o->window)))
        return CF_EXIT_SELECTED;
    return CF_EXIT_NONE;
}

/* With -r, replaces the inputs with the files under them (see walk.h). Returns 0, 1 when a
 * directory could not be read (reported), or -1 when out of memory (reported). */
static int input_files(program *p, const char *const **files, size_t *nfiles) {
    if (!p->opt.recursive)
        return 0;
    int rc = cf_walk(p->opt.files.items, p->opt.files.count, &p->walked);
    if (rc < 0) {
        complain("out of memory");
        return -1;
    }
    *files = (const char *const *)p->walked.items;
    *nfiles = p->walked.count;
    return rc;
}

/* --merge: between pieces of input, writes the summary so far to stderr when SIGUSR1 asked for
 * it. (SIGHUP waits: a reload would free the catalogue the merge looks codes up in.) */
static void attend_merge(void *ctx) {
    if (cf_report_request) {
        cf_report_request = 0;
        write_report(ctx, 0);
    }
}

/* --merge: adds up the JSON summaries in every input and writes one summary. SIGINT and SIGTERM
 * stop the reading: the summaries read so far are written, as the filter does. */
static int merge_inputs(program *p) {
    static const char *const stdin_only[] = {"-"};
    const char *const *files = p->opt.files.count ? p->opt.files.items : stdin_only;
    size_t nfiles = p->opt.files.count ? p->opt.files.count : 1;
    int trouble, adopt = !p->opt.bucket_given;
    if ((trouble = input_files(p, &files, &nfiles)) < 0)
        return CF_EXIT_TROUBLE;
    cf_watch watch = {&cf_stop_signal, &cf_attention, wake_fd, attend_merge, p};
    cf_merger *m = cf_merger_new(p->summary, cf_rules_catalogue(p->rules), &adopt, &watch);
    if (m == NULL) {
        complain("out of memory");
        return CF_EXIT_TROUBLE;
    }
    for (size_t i = 0; i < nfiles && cf_stop_signal == 0; i++) {
        cf_input in;
        cf_error err;
        if (cf_input_open(&in, files[i], NULL) < 0 && cf_stop_signal == 0) {
            fprintf(stderr, "codefilter: %s: %s\n", in.name, strerror(errno));
            trouble = 1;
        } else if (in.fd >= 0 && cf_merger_read_fd(m, in.fd, in.name, &err) == CF_MERGE_FAILED) {
            complain(err.text);
            trouble = 1;
        }
        cf_input_close(&in);
    }
    cf_merger_free(m);
    if (trouble)
        return CF_EXIT_TROUBLE; /* a partial total would pass for the whole one */
    p->opt.summary = 1;
    return finish(p, 0);
}

/* Reads every input in turn and returns the exit status. */
static int filter_inputs(program *p) {
    static const char *const stdin_only[] = {"-"};
    const char *const *files = p->opt.files.count ? p->opt.files.items : stdin_only;
    size_t nfiles = p->opt.files.count ? p->opt.files.count : 1;
    int trouble = 0;
    if ((trouble = input_files(p, &files, &nfiles)) < 0)
        return CF_EXIT_TROUBLE;
    for (size_t i = 0; i < nfiles; i++) {
        cf_run_end_line(p->run); /* as grep: a file's last line does not run into the next */
        int rc = read_input(p, files[i]);
        trouble |= rc < 0;
        if (rc > 0 || cf_stop_signal != 0)
            break;
    }
    return finish(p, trouble);
}

static int help_or_version(const cf_options *o) {
    cf_out *out = cf_out_new_fd(STDOUT_FILENO, 4096);
    if (out == NULL)
        return CF_EXIT_TROUBLE;
    if (o->help)
        cf_options_help(out);
    else
        print_version(out);
    int rc = cf_out_flush(out);
    int e = cf_out_errno(out);
    cf_out_free(out);
    if (rc != 0) {
        fprintf(stderr, "codefilter: write error: %s\n", strerror(e));
        return CF_EXIT_TROUBLE;
    }
    return CF_EXIT_SELECTED;
}

int main(int argc, char **argv) {
    program p = {0};
    cf_error err;
    int status;
    cf_input_guard_std_fds();
    if ((status = cf_command(argc, argv)) >= 0)
        return status; /* explain, list, catalogue */
    /* NOLINTNEXTLINE(bugprone-branch-clone): two failures, one outcome, checked in this order */
    if (cf_options_parse(argc, argv, &p.opt, &err) != 0) {
        status = usage_error(err.text);
    } else if (p.opt.help || p.opt.version) {
        status = help_or_version(&p.opt);
    } else if ((p.filter = build_filter(&p.opt, &err)) == NULL) {
        status = usage_error(err.text);
    } else {
        wake_fd = cf_signals_install(); /* first: setup hands the wake-up pipe to the run */
        if (setup(&p, &err) != 0) {
            complain(err.text);
            status = CF_EXIT_TROUBLE;
        } else {
            if (p.opt.interval_ms > 0 && !p.opt.merge && cf_signals_every(p.opt.interval_ms) != 0)
                complain("--summary-interval: cannot set a timer");
            status = p.opt.merge ? merge_inputs(&p) : filter_inputs(&p);
        }
    }
    teardown(&p);
    return status;
}
