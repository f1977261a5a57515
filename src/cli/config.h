/* config.h - the rules in force (catalogue, patterns, templates): the built-in defaults, or files
 * named by flags, the environment or the config file; built again on SIGHUP. */
#ifndef CF_CONFIG_H
#define CF_CONFIG_H

#include <stddef.h>

#include "catalogue.h"
#include "error.h"
#include "files.h"
#include "options.h"
#include "patterns.h"
#include "rules.h"
#include "run.h"
#include "summary.h"

/* The defaults compiled into the binary from catalogue/ and patterns/ (see embedded.c, which the
 * build generates). */
extern const char cf_embedded_catalogue[];
extern const size_t cf_embedded_catalogue_len;
extern const char cf_embedded_patterns[];
extern const size_t cf_embedded_patterns_len;
extern const char cf_embedded_words[];
extern const size_t cf_embedded_words_len;

/* Reads the whole file at path into a new NUL-terminated buffer the caller frees. Returns 0, or -1
 * with err set to "PATH: reason" and *text NULL, *len 0. */
int cf_read_file(const char *path, char **text, size_t *len, cf_error *err);

/* Finds the catalogue and pattern files to use when no --catalogue or --patterns flag gave any,
 * in this order: the environment (CODEFILTER_CATALOGUE, CODEFILTER_PATTERNS: paths separated by
 * ':'), then the user's config file ($XDG_CONFIG_HOME/codefilter/config, or
 * ~/.config/codefilter/config: lines "catalogue = PATH" and "patterns = PATH", '#' comments; "~/"
 * is the home directory, and a relative PATH is under the config file's directory), and
 * otherwise none (the built-in ones alone). have_catalogues and have_patterns say whether flags
 * gave them, in which case that kind is left empty here. Returns 0, or -1 with err set
 * ("CONFIG:LINE: unknown setting 'x'", "CONFIG:LINE: catalogue PATH: No such file or directory").
 */
int cf_config_sources(int have_catalogues, int have_patterns, cf_files *catalogues,
                      cf_files *patterns, cf_error *err);

/* Builds the catalogue: the built-in codes, then each file in order (a later one wins for the
 * same code). Returns the catalogue, or NULL with err set. */
cf_catalogue *cf_config_catalogue(const char *const *files, size_t nfiles, cf_error *err);

/* Builds the patterns: the built-in words (patterns/words), then the patterns of the files when
 * any is given, else the built-in ones (patterns/default.pcre), then those of the added files.
 * Returns the compiled set, or NULL with err set. */
cf_patterns *cf_config_patterns(const char *const *files, size_t nfiles, const char *const *added,
                                size_t nadded, cf_error *err);

/* The rule files the command line names, borrowed: --catalogue, --patterns and --add-patterns. */
typedef struct cf_rule_flags {
    const char *const *catalogues;
    size_t ncatalogues;
    const char *const *patterns;
    size_t npatterns;
    const char *const *added;
    size_t nadded;
} cf_rule_flags;

/* The rule files of o (--catalogue, --patterns, --add-patterns), borrowed from o. */
cf_rule_flags cf_config_flags(const cf_options *o);

/* The catalogue in force: cf_config_catalogue of the flags' files, or else of those the
 * environment or the config file name (see cf_config_sources). Returns NULL with err set. */
cf_catalogue *cf_config_catalogue_in_force(const cf_rule_flags *flags, cf_error *err);

/* The patterns in force: cf_config_patterns of the flags' files, or else of those the environment
 * or the config file name, then of the flags' added files. Returns NULL with err set. */
cf_patterns *cf_config_patterns_in_force(const cf_rule_flags *flags, cf_error *err);

/* Builds the rules in force: the catalogue (cf_config_catalogue) and the patterns
 * (cf_config_patterns) of the flags' files, or else of those the environment or the config file
 * name (cf_config_sources, read once, anew on each call), with the templates of the catalogue's
 * messages. Returns the rules, or NULL with err set. */
cf_rules *cf_config_rules(const cf_rule_flags *flags, cf_error *err);

/* SIGHUP: builds the rules again (cf_config_rules), switches run and summary to them, and frees
 * *rules, which the new ones replace. Returns 0, or -1 with err set, the run and the summary then
 * keeping the rules they had. */
int cf_config_reload(cf_rules **rules, const cf_rule_flags *flags, cf_run *run, cf_summary *summary,
                     cf_error *err);

#endif
