#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "helpers.h"
#include "rules.h"

/* No environment and no config file: the built-in rules alone, unless flags name files. */
static void no_sources(void) {
    unsetenv("CODEFILTER_CATALOGUE");
    unsetenv("CODEFILTER_PATTERNS");
    setenv("XDG_CONFIG_HOME", "/nonexistent-codefilter-test", 1);
}

TestSuite(rules, .init = no_sources);

Test(rules, holds_what_it_was_made_of) {
    cf_error err;
    cf_catalogue *cat = builtin_catalogue();
    cf_patterns *pats = builtin_patterns();
    cf_rules *r = cf_rules_new(cat, pats, &err);
    cr_assert_not_null(r, "%s", err.text);
    cr_assert_eq(cf_rules_catalogue(r), cat);
    cr_assert_eq(cf_rules_patterns(r), pats);
    cr_assert_not_null(cf_rules_templates(r));
    cf_rules_free(r);
    cf_rules_free(NULL);
}

Test(rules, built_in_without_flags) {
    cf_error err;
    cf_rule_flags none = {0};
    cf_rules *r = cf_config_rules(&none, &err);
    cr_assert_not_null(r, "%s", err.text);
    cr_assert_eq(cf_catalogue_size(cf_rules_catalogue(r)), 96);
    cr_assert_gt(cf_patterns_count(cf_rules_patterns(r)), 0);
    cr_assert_not_null(cf_catalogue_find(cf_rules_catalogue(r), "000000"));
    cf_rules_free(r);
}

Test(rules, a_missing_file_is_an_error_naming_it) {
    cf_error err;
    const char *missing[] = {"/nonexistent-codefilter-test/codes.json"};
    cf_rule_flags flags = {.catalogues = missing, .ncatalogues = 1};
    cr_assert_null(cf_config_rules(&flags, &err));
    cr_assert(strstr(err.text, "/nonexistent-codefilter-test/codes.json: ") == err.text, "%s",
              err.text);
    flags = (cf_rule_flags){.added = missing, .nadded = 1};
    cr_assert_null(cf_config_rules(&flags, &err));
    cr_assert(strstr(err.text, "/nonexistent-codefilter-test/codes.json: ") == err.text, "%s",
              err.text);
}

Test(rules, the_environment_names_files_when_no_flag_does) {
    cf_error err;
    setenv("CODEFILTER_CATALOGUE", "/nonexistent-codefilter-test/env.json", 1);
    cf_rule_flags none = {0};
    cr_assert_null(cf_config_rules(&none, &err));
    cr_assert(strstr(err.text, "env.json") != NULL, "%s", err.text);
    const char *builtin[] = {CF_SOURCE_DIR "/catalogue/codes.json"};
    cf_rule_flags flags = {.catalogues = builtin, .ncatalogues = 1};
    cf_rules *r = cf_config_rules(&flags, &err);
    cr_assert_not_null(r, "%s", err.text);
    cf_rules_free(r);
}

/* Makes dir (a mkdtemp template) hold a config file naming a catalogue (its only code 040011,
 * "from the config"), and points XDG_CONFIG_HOME at it; remove_config removes it. */
static void config_with_catalogue(char *dir) {
    char path[512];
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/codefilter", dir);
    cr_assert_eq(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/codefilter/codes.json", dir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("{\"codes\": [{\"code\": \"040011\", \"category\": \"client\", \"message\": \"from the "
          "config\"}]}\n",
          f);
    cr_assert_eq(fclose(f), 0);
    snprintf(path, sizeof path, "%s/codefilter/config", dir);
    f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("catalogue = codes.json\n", f);
    cr_assert_eq(fclose(f), 0);
    setenv("XDG_CONFIG_HOME", dir, 1);
}

static void remove_config(const char *dir) {
    char path[512];
    snprintf(path, sizeof path, "%s/codefilter/codes.json", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/codefilter/config", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/codefilter", dir);
    rmdir(path);
    rmdir(dir);
}

Test(rules, the_config_file_names_the_catalogue_in_force_when_no_flag_does) {
    char dir[] = "/tmp/cf-rules-XXXXXX";
    cf_error err;
    config_with_catalogue(dir);
    cf_rule_flags none = {0};
    cf_catalogue *cat = cf_config_catalogue_in_force(&none, &err);
    cr_assert_not_null(cat, "%s", err.text);
    cr_assert_str_eq(cf_catalogue_find(cat, "040011")->message, "from the config");
    cf_catalogue_free(cat);
    cf_rules *r = cf_config_rules(&none, &err);
    cr_assert_not_null(r, "%s", err.text);
    cr_assert_str_eq(cf_catalogue_find(cf_rules_catalogue(r), "040011")->message,
                     "from the config");
    cf_rules_free(r);
    const char *builtin[] = {CF_SOURCE_DIR "/catalogue/codes.json"};
    cf_rule_flags flags = {.catalogues = builtin, .ncatalogues = 1};
    cat = cf_config_catalogue_in_force(&flags, &err);
    cr_assert_not_null(cat, "%s", err.text);
    cr_assert_str_neq(cf_catalogue_find(cat, "040011")->message, "from the config");
    cf_catalogue_free(cat);
    cf_patterns *p = cf_config_patterns_in_force(&none, &err);
    cr_assert_not_null(p, "%s", err.text);
    cr_assert_gt(cf_patterns_count(p), 0);
    cf_patterns_free(p);
    remove_config(dir);
}
