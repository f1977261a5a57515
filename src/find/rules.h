/* rules.h - what a run finds and looks up codes with: the catalogue, the patterns (with the word
 * lists their checks use) and the templates of the catalogue's messages, held as one, so that they
 * are built, swapped (SIGHUP) and freed together. */
#ifndef CF_RULES_H
#define CF_RULES_H

#include "catalogue.h"
#include "error.h"
#include "patterns.h"
#include "template.h"

typedef struct cf_rules cf_rules;

/* Makes rules of cat and patterns, which it takes (freed with the rules, or at once when it
 * fails), and compiles the templates of cat's messages. Returns NULL with err set when out of
 * memory or when a message cannot be compiled. */
cf_rules *cf_rules_new(cf_catalogue *cat, cf_patterns *patterns, cf_error *err);

/* Frees the rules with their catalogue, patterns and templates; accepts NULL. */
void cf_rules_free(cf_rules *r);

/* The parts of the rules, borrowed until the rules are freed. */
const cf_catalogue *cf_rules_catalogue(const cf_rules *r);
const cf_patterns *cf_rules_patterns(const cf_rules *r);
const cf_templates *cf_rules_templates(const cf_rules *r);

#endif
