#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "options.h"

#define PARSE(o, err, ...)                                                                         \
    parse(o, err, (char *[]){"codefilter", __VA_ARGS__, NULL},                                     \
          (int)(sizeof((char *[]){"codefilter", __VA_ARGS__}) / sizeof(char *)))

static int parse(cf_options *o, cf_error *err, char **argv, int argc) {
    return cf_options_parse(argc, argv, o, err);
}

Test(options, defaults) {
    cf_options o;
    cf_error err;
    cr_assert_eq(PARSE(&o, &err, "a.log"), 0, "%s", err.text);
    cr_assert_eq(o.output, CF_OUTPUT_TEXT);
    cr_assert_eq(o.color, CF_COLOR_AUTO);
    cr_assert_eq(o.summary, 0);
    cr_assert_eq(o.files.count, 1);
    cr_assert_str_eq(o.files.items[0], "a.log");
    cf_options_free(&o);
}

Test(options, everything) {
    cf_options o;
    cf_error err;
    cr_assert_eq(PARSE(&o, &err, "--catalogue=a.json", "--catalogue", "b.json", "--patterns=p",
                       "--output=jsonl", "--color=never", "--category=server", "--code",
                       "040011,500000", "--errors", "-v", "--summary=json", "x.log", "-", "--",
                       "-v"),
                 0, "%s", err.text);
    cr_assert_eq(o.catalogues.count, 2);
    cr_assert_str_eq(o.catalogues.items[1], "b.json");
    cr_assert_eq(o.patterns.count, 1);
    cr_assert_eq(o.output, CF_OUTPUT_JSONL);
    cr_assert_eq(o.color, CF_COLOR_NEVER);
    cr_assert_str_eq(o.categories.items[0], "server");
    cr_assert_str_eq(o.codes.items[0], "040011,500000");
    cr_assert(o.errors && o.invert && o.summary);
    cr_assert_eq(o.summary_format, CF_REPORT_JSON);
    cr_assert_eq(o.files.count, 3);
    cr_assert_str_eq(o.files.items[2], "-v");
    cf_options_free(&o);
}

/* Options that ask for opposite things are refused, naming both, not one of them ignored. */
Test(options, conflicts_are_refused) {
    cf_options o;
    cf_error err;
    cr_assert_eq(PARSE(&o, &err, "-q", "-c"), -1);
    cr_assert_str_eq(err.text,
                     "-q/--quiet prints nothing and cannot be used with -c/--count (prints the "
                     "summary)");
    cf_options_free(&o);
    cr_assert_eq(PARSE(&o, &err, "-q", "-sjson"), -1);
    cf_options_free(&o);
    cr_assert_eq(PARSE(&o, &err, "-c", "--output=jsonl"), -1);
    cf_options_free(&o);
    cr_assert_eq(PARSE(&o, &err, "-q", "-v"), 0, "%s", err.text);
    cf_options_free(&o);
}

Test(options, bundled_short_options) {
    cf_options o;
    cf_error err;
    cr_assert_eq(PARSE(&o, &err, "-vc", "-sjson"), 0, "%s", err.text);
    cr_assert(o.invert && o.count && o.summary);
    cr_assert_eq(o.summary_format, CF_REPORT_JSON);
    cf_options_free(&o);
}

static void expect_error(const char *want, char **argv, int argc) {
    cf_options o;
    cf_error err = {{0}};
    cr_assert_eq(cf_options_parse(argc, argv, &o, &err), -1);
    cr_assert_str_eq(err.text, want);
    cf_options_free(&o);
}

#define ERR(want, ...)                                                                             \
    expect_error(want, (char *[]){"codefilter", __VA_ARGS__, NULL},                                \
                 (int)(sizeof((char *[]){"codefilter", __VA_ARGS__}) / sizeof(char *)))

Test(options, errors) {
    ERR("unknown option '--bogus'", "--bogus");
    ERR("unknown option '-x'", "-x");
    ERR("option '--output' needs an argument", "--output");
    ERR("invalid --output 'xml' (use text or jsonl)", "--output=xml");
    ERR("invalid --color 'sometimes' (use auto, always or never)", "--color=sometimes");
    ERR("invalid --summary 'xml' (use text, json, csv, markdown, prometheus or html)",
        "--summary=xml");
}

Test(options, help_lists_every_option) {
    membuf m;
    cf_out *o = membuf_out(&m);
    cf_options_help(o);
    const char *help = membuf_take(&m, o);
    static const char *const names[] = {
        "--catalogue",    "--patterns", "--output", "--color", "--category", "--code",   "--errors",
        "--invert-match", "--summary",  "--count",  "--quiet", "--help",     "--version"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        cr_assert_not_null(strstr(help, names[i]), "%s missing from --help", names[i]);
    free(m.data);
}

Test(options, sizes) {
    size_t v;
    cr_assert_eq(cf_parse_size("65536", &v), 0);
    cr_assert_eq(v, 65536);
    cr_assert_eq(cf_parse_size("64K", &v), 0);
    cr_assert_eq(v, 65536);
    cr_assert_eq(cf_parse_size("64M", &v), 0);
    cr_assert_eq(v, (size_t)64 << 20);
    cr_assert_eq(cf_parse_size("1g", &v), 0);
    cr_assert_eq(v, (size_t)1 << 30);
    cr_assert_eq(cf_parse_size("0", &v), -1);
    cr_assert_eq(cf_parse_size("-1", &v), -1);
    cr_assert_eq(cf_parse_size("", &v), -1);
    cr_assert_eq(cf_parse_size("12KB", &v), -1);
    cr_assert_eq(cf_parse_size("99999999999999999999", &v), -1);
    cr_assert_eq(cf_parse_size("99999999999G", &v), -1);
}

Test(options, precise_messages) {
    ERR("option '--count' takes no argument", "--count=3");
    ERR("option '--co' is ambiguous", "--co");
    ERR("option '--errors' takes no argument", "--err=1");
}

/* After a file name, getopt_long permutes the arguments: the message still names the option. */
Test(options, messages_after_a_file_name) {
    ERR("unknown option '--bogus'", "a.log", "--bogus");
    ERR("option '--code' needs an argument", "a.log", "--code");
    ERR("unknown option '-z'", "a.log", "--errors", "-zc");
    ERR("option '--count' takes no argument", "a.log", "--count=1");
}

/* --colour is --color, so an abbreviation of both is not ambiguous (as in grep). */
Test(options, colo_is_color) {
    cf_options o;
    cf_error err;
    cr_assert_eq(PARSE(&o, &err, "--colo=never", "a.log"), 0, "%s", err.text);
    cr_assert_eq(o.color, CF_COLOR_NEVER);
    cf_options_free(&o);
}

/* --merge refuses the options that act on lines, rather than ignore them. */
Test(options, merge_takes_no_line_options) {
    ERR("--merge adds up summaries and does not take --errors (give it to the runs that write "
        "the summaries)",
        "--merge", "--errors", "s.json");
    ERR("--merge adds up summaries and does not take --invert-match (give it to the runs that "
        "write the summaries)",
        "-v", "--merge", "s.json");
    ERR("--merge adds up summaries and does not take --code (give it to the runs that write the "
        "summaries)",
        "--merge", "--code=500000");
}

#define COMMAND(cmd, o, err, ...)                                                                  \
    cf_options_parse_command(cmd, (int)(sizeof((char *[]){__VA_ARGS__}) / sizeof(char *)),         \
                             (char *[]){__VA_ARGS__, NULL}, o, err)

/* A subcommand's options come anywhere among its operands, as --name=VALUE or --name VALUE,
 * until "--". */
Test(options, subcommand_options_anywhere) {
    cf_options o;
    cf_error err;
    cr_assert_eq(COMMAND(CF_CMD_LIST, &o, &err, "--category=server", "x", "--format", "json",
                         "--catalogue", "c.json", "-", "--", "--format=csv"),
                 0, "%s", err.text);
    cr_assert_str_eq(o.categories.items[0], "server");
    cr_assert_str_eq(o.format, "json");
    cr_assert_str_eq(o.catalogues.items[0], "c.json");
    cr_assert_eq(o.files.count, 3);
    cr_assert_str_eq(o.files.items[1], "-");
    cr_assert_str_eq(o.files.items[2], "--format=csv");
    cf_options_free(&o);
    cr_assert_eq(COMMAND(CF_CMD_CATALOGUE, &o, &err, "check", "-h"), 0, "%s", err.text);
    cr_assert(o.help, "-h is a subcommand's --help");
    cf_options_free(&o);
}

static void expect_command_error(cf_command_id cmd, const char *want, char **argv, int argc) {
    cf_options o;
    cf_error err = {{0}};
    cr_assert_eq(cf_options_parse_command(cmd, argc, argv, &o, &err), -1);
    cr_assert_str_eq(err.text, want);
    cf_options_free(&o);
}

#define CMD_ERR(cmd, want, ...)                                                                    \
    expect_command_error(cmd, want, (char *[]){__VA_ARGS__, NULL},                                 \
                         (int)(sizeof((char *[]){__VA_ARGS__}) / sizeof(char *)))

/* A subcommand takes its own options only, spelt whole. */
Test(options, subcommand_errors) {
    CMD_ERR(CF_CMD_LIST, "unknown option '--cat=server'", "--cat=server");
    CMD_ERR(CF_CMD_EXPLAIN, "unknown option '--format=json'", "--format=json", "1");
    CMD_ERR(CF_CMD_AUDIT, "option '--patterns' needs a value", "--patterns");
    CMD_ERR(CF_CMD_LIST, "unknown option '--help=x'", "--help=x");
    CMD_ERR(CF_CMD_LIST, "unknown option '-c'", "-c");
    CMD_ERR(CF_CMD_CATALOGUE, "unknown option '--catalogue=c.json'", "--catalogue=c.json");
}

static int starts(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The usage lines exist once: --help begins with them, the filter's first. */
Test(options, usage_in_help) {
    membuf m1, m2;
    cf_out *o = membuf_out(&m1);
    cf_options_help(o);
    const char *help = membuf_take(&m1, o);
    o = membuf_out(&m2);
    cf_options_usage(o, 0);
    const char *usage = membuf_take(&m2, o);
    cr_assert(starts(help, "Usage: codefilter [OPTION]... [FILE]...\n       codefilter explain "));
    cr_assert(starts(usage, "Usage: codefilter explain "), "%s", usage);
    cr_assert_not_null(
        strstr(help, "codefilter catalogue import FILE | catalogue check FILE...\n"));
    cr_assert_not_null(strstr(
        usage, "codefilter catalogue import FILE\n       codefilter catalogue check FILE...\n"));
    free(m1.data);
    free(m2.data);
}
