/* optable.h - the table behind options.c: a row for each spelling of an option, the filter's and
 * the subcommands', with how its argument is read, where that goes, the commands that take it and
 * its line in --help. Only options.c reads it. */
#ifndef CF_OPTABLE_H
#define CF_OPTABLE_H

#include <stddef.h>

#include "error.h"
#include "options.h"

enum { CF_ARG_NONE, CF_ARG_REQUIRED, CF_ARG_OPTIONAL };

typedef struct cf_opt cf_opt;

/* Reads an option's argument (NULL when it was given none) into the field of o its row names.
 * Returns 0, or -1 with err set. */
typedef int (*cf_opt_set)(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);

/* A row of the table, as pcre2grep's optionlist: the option's spellings, how it reads its
 * argument and where that goes, the commands that take it, and its line in --help. */
struct cf_opt {
    const char *name;
    char short_name; /* 0: long only */
    int arg;
    const char *arg_name;
    cf_opt_set set;    /* how the argument is read */
    size_t field;      /* where it goes: an offset in cf_options */
    size_t also;       /* the offset plus 1 of an int set to 1 as well, or 0 for none */
    long long value;   /* a flag's value, or the largest number taken (0: no limit) */
    const char *use;   /* what a bad argument should be instead: "invalid --x 'y' (use ...)" */
    unsigned commands; /* the cf_command_id bits of the commands that take it */
    const char *help;  /* NULL: an alias, or a subcommand's only; not listed in --help */
};

/* The rows, in the order --help lists them; a constant, so that getopt_long's tables are arrays. */
#define CF_OPTABLE_LEN 34
extern const cf_opt cf_optable[CF_OPTABLE_LEN];

/* The row that t spells: the first that sets the same field the same way, to the same value
 * (--color for --colour), so that an error names it and getopt_long takes --colo for it. */
const cf_opt *cf_opt_primary(const cf_opt *t);

/* Applies the option of row t with its argument (NULL when none was given) to o. Returns 0, or -1
 * with err set to what is wrong with the argument ("invalid --output 'xml' (use text or jsonl)").
 */
int cf_opt_apply(cf_options *o, const cf_opt *t, const char *arg, cf_error *err);

/* Appends s, borrowed, to list. Returns 0, or -1 with err set when out of memory. */
int cf_strings_push(cf_strings *list, const char *s, cf_error *err);

#endif
