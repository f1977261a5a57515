#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BUILTIN_CATALOGUE "catalogue/codes.json (built in)"
#define BUILTIN_PATTERNS  "patterns/default.pcre (built in)"
#define BUILTIN_WORDS     "patterns/words (built in)"

/* Configuration files larger than this are refused rather than read into memory. */
#define MAX_CONFIG_FILE (64u * 1024 * 1024)

static int read_fd(int fd, const char *path, char **text, size_t *len, cf_error *err) {
    size_t cap = 64 * 1024, n = 0;
    char *buf = malloc(cap + 1);
    while (buf != NULL) {
        if (n == cap) {
            char *bigger = cap < MAX_CONFIG_FILE ? realloc(buf, cap * 2 + 1) : NULL;
            if (bigger == NULL) {
                free(buf);
                return cf_error_set(err, "%s: file too large (more than %u MiB)", path,
                                    MAX_CONFIG_FILE >> 20);
            }
            buf = bigger;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            return cf_error_set(err, "%s: %s", path, strerror(e));
        }
        if (r == 0) {
            buf[n] = '\0';
            *text = buf;
            *len = n;
            return 0;
        }
        n += (size_t)r;
    }
    return cf_error_set(err, "%s: out of memory", path);
}

int cf_read_file(const char *path, char **text, size_t *len, cf_error *err) {
    *text = NULL; /* defined on failure too */
    *len = 0;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return cf_error_set(err, "%s: %s", path, strerror(errno));
    int rc = read_fd(fd, path, text, len, err);
    close(fd);
    return rc;
}

cf_catalogue *cf_config_catalogue(const char *const *files, size_t nfiles, cf_error *err) {
    cf_catalogue *cat = cf_catalogue_new();
    if (cat == NULL) {
        cf_error_set(err, "out of memory");
        return NULL;
    }
    if (cf_catalogue_load(cat, cf_embedded_catalogue, cf_embedded_catalogue_len, BUILTIN_CATALOGUE,
                          err) != 0)
        goto fail;
    for (size_t i = 0; i < nfiles; i++) {
        char *text;
        size_t len;
        if (cf_read_file(files[i], &text, &len, err) != 0)
            goto fail;
        int rc = cf_catalogue_load(cat, text, len, files[i], err);
        free(text);
        if (rc != 0)
            goto fail;
    }
    return cat;
fail:
    cf_catalogue_free(cat);
    return NULL;
}

/* Loads each file into p. Returns 0, or -1 with err set. */
static int load_pattern_files(cf_patterns *p, const char *const *files, size_t nfiles,
                              cf_error *err) {
    for (size_t i = 0; i < nfiles; i++) {
        char *text;
        size_t len;
        if (cf_read_file(files[i], &text, &len, err) != 0)
            return -1;
        int rc = cf_patterns_load(p, text, len, files[i], err);
        free(text);
        if (rc != 0)
            return -1;
    }
    return 0;
}

cf_patterns *cf_config_patterns(const char *const *files, size_t nfiles, const char *const *added,
                                size_t nadded, cf_error *err) {
    cf_patterns *p = cf_patterns_new();
    if (p == NULL) {
        cf_error_set(err, "out of memory");
        return NULL;
    }
    if (cf_patterns_load(p, cf_embedded_words, cf_embedded_words_len, BUILTIN_WORDS, err) != 0 ||
        (nfiles == 0 && cf_patterns_load(p, cf_embedded_patterns, cf_embedded_patterns_len,
                                         BUILTIN_PATTERNS, err) != 0) ||
        load_pattern_files(p, files, nfiles, err) != 0 ||
        load_pattern_files(p, added, nadded, err) != 0) {
        cf_patterns_free(p);
        return NULL;
    }
    if (cf_patterns_count(p) == 0) {
        cf_error_set(err, "%s: no patterns, only words or pieces", files[nfiles - 1]);
        cf_patterns_free(p);
        return NULL;
    }
    return p;
}

/* Adds the ':'-separated paths of an environment variable; returns 1 when it was set. */
static int from_env(const char *var, cf_files *f, int *oom) {
    const char *v = getenv(var);
    if (v == NULL || *v == '\0')
        return 0;
    for (const char *p = v; *p;) {
        size_t n = strcspn(p, ":");
        if (n > 0 && cf_files_add(f, p, n) != 0)
            *oom = 1;
        p += n + (p[n] == ':');
    }
    return 1;
}

static char *config_path(void) {
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    char buf[4096];
    if (xdg != NULL && *xdg == '/')
        snprintf(buf, sizeof buf, "%s/codefilter/config", xdg);
    else if (home != NULL && *home != '\0')
        snprintf(buf, sizeof buf, "%s/.config/codefilter/config", home);
    else
        return NULL;
    return strdup(buf);
}

/* The path a config file's value v[0..n) names: "~" or "~/..." under $HOME, an absolute path as
 * it is, and a relative one under the config file's own directory. Returns a new string, or NULL
 * when out of memory. */
static char *config_value_path(const char *config, const char *v, size_t n) {
    const char *home = getenv("HOME"), *slash = strrchr(config, '/');
    const char *base = "";
    size_t blen = 0, skip = 0;
    if (v[0] == '~' && (n == 1 || v[1] == '/') && home != NULL && *home != '\0') {
        base = home;
        blen = strlen(home);
        skip = 1; /* keep the '/' after '~' */
    } else if (v[0] != '/' && slash != NULL) {
        base = config;
        blen = (size_t)(slash - config) + 1; /* the directory, with its '/' */
    }
    char *p = malloc(blen + n - skip + 1);
    if (p == NULL)
        return NULL;
    memcpy(p, base, blen);
    memcpy(p + blen, v + skip, n - skip);
    p[blen + n - skip] = '\0';
    return p;
}

/* Finds the line that starts at *line, before stop, and narrows it to [*line, *end): without the
 * white space around it, nor a comment that a '#' after white space starts. Returns where the
 * next line starts. */
static const char *config_line(const char **line, const char *stop, const char **end) {
    const char *nl = memchr(*line, '\n', (size_t)(stop - *line));
    const char *s = *line, *e = nl != NULL ? nl : stop, *next = e + (nl != NULL);
    while (e > s && strchr(" \t\r", e[-1]) != NULL && e[-1] != '\0')
        e--;
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    for (const char *h = s; h < e; h++) /* a '#' after white space starts a comment */
        if (*h == '#' && h > s && (h[-1] == ' ' || h[-1] == '\t')) {
            e = h;
            while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
                e--;
            break;
        }
    *line = s;
    *end = e;
    return next;
}

/* The list a setting's key[0..n) fills: cats for "catalogue", pats for "patterns", else NULL. */
static cf_files *setting_list(const char *key, size_t n, cf_files *cats, cf_files *pats) {
    if (n == 9 && memcmp(key, "catalogue", 9) == 0)
        return cats;
    if (n == 8 && memcmp(key, "patterns", 8) == 0)
        return pats;
    return NULL;
}

/* Adds the file that the value v[0..n) of setting key[0..klen), on line lineno of the config file
 * at path, names to list, and checks that it can be read. Returns 0, or -1 with err set. */
static int add_setting_file(const char *path, size_t lineno, const char *key, size_t klen,
                            const char *v, size_t n, cf_files *list, cf_error *err) {
    char *file = config_value_path(path, v, n);
    if (file == NULL || cf_files_add(list, file, strlen(file)) != 0) {
        free(file);
        return cf_error_set(err, "%s: out of memory", path);
    }
    int rc = 0;
    if (access(file, R_OK) != 0)
        rc = cf_error_set(err, "%s:%zu: %.*s %s: %s", path, lineno, (int)klen, key, file,
                          strerror(errno));
    free(file);
    return rc;
}

/* Reads one "key = value" line, line[0..end) of the config file at path, into the list its key
 * names. Returns 0, or -1 with err set naming the config file and line. */
static int config_setting(const char *path, size_t lineno, const char *line, const char *end,
                          cf_files *cats, cf_files *pats, cf_error *err) {
    const char *eq = memchr(line, '=', (size_t)(end - line)), *k = eq;
    while (k != NULL && k > line && (k[-1] == ' ' || k[-1] == '\t'))
        k--;
    const char *v = eq != NULL ? eq + 1 : end;
    while (v < end && (*v == ' ' || *v == '\t'))
        v++;
    cf_files *to = eq != NULL ? setting_list(line, (size_t)(k - line), cats, pats) : NULL;
    if (to == NULL)
        return cf_error_set(err,
                            "%s:%zu: unknown setting '%.*s' (use catalogue = PATH or "
                            "patterns = PATH)",
                            path, lineno, (int)((eq != NULL ? k : end) - line), line);
    if (v == end)
        return cf_error_set(err, "%s:%zu: '%.*s' has no path", path, lineno, (int)(k - line), line);
    return add_setting_file(path, lineno, line, (size_t)(k - line), v, (size_t)(end - v), to, err);
}

/* Reads "key = value" lines of the config file into the lists that want them. A path that cannot
 * be read is an error naming the config file and line, where the user can mend it. */
static int from_config(const char *path, cf_files *cats, cf_files *pats, cf_error *err) {
    char *text;
    size_t len;
    if (access(path, F_OK) != 0)
        return 0; /* no config file: nothing to add */
    if (cf_read_file(path, &text, &len, err) != 0)
        return -1;
    int rc = 0;
    size_t lineno = 0;
    for (const char *line = text, *end; rc == 0 && line < text + len; lineno++) {
        const char *next = config_line(&line, text + len, &end);
        if (line < end && *line != '#')
            rc = config_setting(path, lineno + 1, line, end, cats, pats, err);
        line = next;
    }
    free(text);
    return rc;
}

int cf_config_sources(int have_catalogues, int have_patterns, cf_files *catalogues,
                      cf_files *patterns, cf_error *err) {
    int oom = 0;
    int env_cat = !have_catalogues && from_env("CODEFILTER_CATALOGUE", catalogues, &oom);
    int env_pat = !have_patterns && from_env("CODEFILTER_PATTERNS", patterns, &oom);
    if (oom)
        return cf_error_set(err, "out of memory");
    if ((have_catalogues || env_cat) && (have_patterns || env_pat))
        return 0;
    char *path = config_path();
    if (path == NULL)
        return 0;
    cf_files cats = {0}, pats = {0};
    int rc = from_config(path, &cats, &pats, err);
    free(path);
    if (rc == 0 && !have_catalogues && !env_cat) {
        *catalogues = cats;
        cats = (cf_files){0};
    }
    if (rc == 0 && !have_patterns && !env_pat) {
        *patterns = pats;
        pats = (cf_files){0};
    }
    cf_files_free(&cats);
    cf_files_free(&pats);
    return rc;
}

cf_rule_flags cf_config_flags(const cf_options *o) {
    return (cf_rule_flags){.catalogues = o->catalogues.items,
                           .ncatalogues = o->catalogues.count,
                           .patterns = o->patterns.items,
                           .npatterns = o->patterns.count,
                           .added = o->add_patterns.items,
                           .nadded = o->add_patterns.count};
}

/* The files of one kind in force: the flags', else those of the environment or config file. */
static const char *const *files_of(const char *const *flags, size_t nflags, const cf_files *other,
                                   size_t *n) {
    *n = nflags ? nflags : other->count;
    return nflags ? flags : (const char *const *)other->items;
}

/* The catalogue of the flags' files, or else of env's (the environment's or config file's). */
static cf_catalogue *catalogue_of(const cf_rule_flags *flags, const cf_files *env, cf_error *err) {
    size_t n;
    const char *const *files = files_of(flags->catalogues, flags->ncatalogues, env, &n);
    return cf_config_catalogue(files, n, err);
}

/* The patterns of the flags' files, or else of env's, then those of the added files. */
static cf_patterns *patterns_of(const cf_rule_flags *flags, const cf_files *env, cf_error *err) {
    size_t n;
    const char *const *files = files_of(flags->patterns, flags->npatterns, env, &n);
    return cf_config_patterns(files, n, flags->added, flags->nadded, err);
}

cf_catalogue *cf_config_catalogue_in_force(const cf_rule_flags *flags, cf_error *err) {
    cf_files env = {0}, unused = {0};
    cf_catalogue *cat = NULL;
    if (cf_config_sources(flags->ncatalogues > 0, 1, &env, &unused, err) == 0)
        cat = catalogue_of(flags, &env, err);
    cf_files_free(&env);
    cf_files_free(&unused);
    return cat;
}

cf_patterns *cf_config_patterns_in_force(const cf_rule_flags *flags, cf_error *err) {
    cf_files env = {0}, unused = {0};
    cf_patterns *p = NULL;
    if (cf_config_sources(1, flags->npatterns > 0, &unused, &env, err) == 0)
        p = patterns_of(flags, &env, err);
    cf_files_free(&env);
    cf_files_free(&unused);
    return p;
}

cf_rules *cf_config_rules(const cf_rule_flags *flags, cf_error *err) {
    cf_files env_cats = {0}, env_pats = {0};
    cf_rules *rules = NULL;
    if (cf_config_sources(flags->ncatalogues > 0, flags->npatterns > 0, &env_cats, &env_pats,
                          err) == 0) {
        cf_catalogue *cat = catalogue_of(flags, &env_cats, err);
        cf_patterns *p = cat != NULL ? patterns_of(flags, &env_pats, err) : NULL;
        if (p != NULL)
            rules = cf_rules_new(cat, p, err);
        else
            cf_catalogue_free(cat);
    }
    cf_files_free(&env_cats);
    cf_files_free(&env_pats);
    return rules;
}

int cf_config_reload(cf_rules **rules, const cf_rule_flags *flags, cf_run *run, cf_summary *summary,
                     cf_error *err) {
    cf_rules *fresh = cf_config_rules(flags, err);
    if (fresh == NULL)
        return -1;
    if (cf_run_reload(run, cf_rules_patterns(fresh), cf_rules_catalogue(fresh),
                      cf_rules_templates(fresh)) != 0) {
        cf_rules_free(fresh);
        return cf_error_set(err, "out of memory");
    }
    cf_summary_rebind(summary, cf_rules_catalogue(fresh));
    cf_rules_free(*rules);
    *rules = fresh;
    return 0;
}
