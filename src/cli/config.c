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

/* Reads "key = value" lines of the config file into the lists that want them. A path that cannot
 * be read is an error naming the config file and line, where the user can mend it. */
static int from_config(const char *path, cf_files *cats, cf_files *pats, cf_error *err) {
    char *text;
    size_t len;
    if (access(path, F_OK) != 0)
        return 0; /* no config file: nothing to add */
    if (cf_read_file(path, &text, &len, err) != 0)
        return -1;
    size_t lineno = 0;
    for (char *line = text; line < text + len; lineno++) {
        char *nl = memchr(line, '\n', (size_t)(text + len - line));
        char *end = nl != NULL ? nl : text + len, *next = end + (nl != NULL);
        while (end > line && strchr(" \t\r", end[-1]) != NULL && end[-1] != '\0')
            end--;
        while (line < end && (*line == ' ' || *line == '\t'))
            line++;
        for (char *h = line; h < end; h++) /* a '#' after white space starts a comment */
            if (*h == '#' && h > line && (h[-1] == ' ' || h[-1] == '\t')) {
                end = h;
                while (end > line && (end[-1] == ' ' || end[-1] == '\t'))
                    end--;
                break;
            }
        if (line < end && *line != '#') {
            char *eq = memchr(line, '=', (size_t)(end - line)), *k = eq;
            while (k != NULL && k > line && (k[-1] == ' ' || k[-1] == '\t'))
                k--;
            char *v = eq != NULL ? eq + 1 : end;
            while (v < end && (*v == ' ' || *v == '\t'))
                v++;
            cf_files *to = NULL;
            if (eq != NULL && k - line == 9 && memcmp(line, "catalogue", 9) == 0)
                to = cats;
            else if (eq != NULL && k - line == 8 && memcmp(line, "patterns", 8) == 0)
                to = pats;
            if (to == NULL) {
                cf_error_set(err,
                             "%s:%zu: unknown setting '%.*s' (use catalogue = PATH or "
                             "patterns = PATH)",
                             path, lineno + 1, (int)((eq != NULL ? k : end) - line), line);
                free(text);
                return -1;
            }
            if (v == end) {
                cf_error_set(err, "%s:%zu: '%.*s' has no path", path, lineno + 1, (int)(k - line),
                             line);
                free(text);
                return -1;
            }
            char *file = config_value_path(path, v, (size_t)(end - v));
            if (file == NULL || cf_files_add(to, file, strlen(file)) != 0) {
                free(file);
                free(text);
                return cf_error_set(err, "%s: out of memory", path);
            }
            if (access(file, R_OK) != 0) {
                cf_error_set(err, "%s:%zu: %.*s %s: %s", path, lineno + 1, (int)(k - line), line,
                             file, strerror(errno));
                free(file);
                free(text);
                return -1;
            }
            free(file);
        }
        line = next;
    }
    free(text);
    return 0;
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

/* The files of one kind in force: the flags', else those of the environment or config file. */
static const char *const *files_of(const char *const *flags, size_t nflags, const cf_files *other,
                                   size_t *n) {
    *n = nflags ? nflags : other->count;
    return nflags ? flags : (const char *const *)other->items;
}

cf_rules *cf_config_rules(const cf_rule_flags *flags, cf_error *err) {
    cf_files env_cats = {0}, env_pats = {0};
    size_t ncat, npat;
    cf_rules *rules = NULL;
    if (cf_config_sources(flags->ncatalogues > 0, flags->npatterns > 0, &env_cats, &env_pats,
                          err) == 0) {
        const char *const *cats = files_of(flags->catalogues, flags->ncatalogues, &env_cats, &ncat);
        const char *const *pats = files_of(flags->patterns, flags->npatterns, &env_pats, &npat);
        cf_catalogue *cat = cf_config_catalogue(cats, ncat, err);
        cf_patterns *p =
            cat ? cf_config_patterns(pats, npat, flags->added, flags->nadded, err) : NULL;
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
