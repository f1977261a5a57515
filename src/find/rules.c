#include "rules.h"

#include <stdlib.h>

struct cf_rules {
    cf_catalogue *catalogue;
    cf_patterns *patterns;
    cf_templates *templates; /* borrows catalogue */
};

cf_rules *cf_rules_new(cf_catalogue *cat, cf_patterns *patterns, cf_error *err) {
    cf_rules *r = calloc(1, sizeof *r);
    if (r == NULL) {
        cf_error_set(err, "out of memory");
        cf_patterns_free(patterns);
        cf_catalogue_free(cat);
        return NULL;
    }
    r->catalogue = cat;
    r->patterns = patterns;
    r->templates = cf_templates_new(cat, err);
    if (r->templates == NULL) {
        cf_rules_free(r);
        return NULL;
    }
    return r;
}

void cf_rules_free(cf_rules *r) {
    if (r == NULL)
        return;
    cf_templates_free(r->templates);
    cf_patterns_free(r->patterns);
    cf_catalogue_free(r->catalogue);
    free(r);
}

const cf_catalogue *cf_rules_catalogue(const cf_rules *r) {
    return r->catalogue;
}

const cf_patterns *cf_rules_patterns(const cf_rules *r) {
    return r->patterns;
}

const cf_templates *cf_rules_templates(const cf_rules *r) {
    return r->templates;
}
