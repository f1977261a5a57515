#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "catalogue.h"
#include "helpers.h"

Test(catalogue, builtin_has_the_96_codes_of_the_reference) {
    cf_catalogue *cat = builtin_catalogue();
    cr_assert_eq(cf_catalogue_size(cat), 96);
    const cf_entry *e = cf_catalogue_find(cat, "000000");
    cr_assert_not_null(e);
    cr_assert_str_eq(e->message, "Transaction succeeded");
    cr_assert_eq(e->category, CF_CAT_SUCCESS);
    e = cf_catalogue_find(cat, "010005");
    cr_assert_str_eq(e->message, "{0} is required");
    cr_assert_eq(e->category, CF_CAT_VALIDATION);
    e = cf_catalogue_find(cat, "404000");
    cr_assert_eq(e->category, CF_CAT_CLIENT);
    e = cf_catalogue_find(cat, "503000");
    cr_assert_str_eq(e->message, "The service is unavailable");
    cr_assert_eq(e->category, CF_CAT_SERVER);
    cr_assert_null(cf_catalogue_find(cat, "123456"));
    cr_assert_null(cf_catalogue_find(cat, "010000"));
    cf_catalogue_free(cat);
}

Test(catalogue, categories) {
    cr_assert_str_eq(cf_category_id(CF_CAT_VALIDATION), "validation");
    cr_assert_str_eq(cf_category_name(CF_CAT_VALIDATION), "Validation & Business Errors");
    cr_assert_str_eq(cf_category_name(CF_CAT_CLIENT), "Client Errors");
    cr_assert_str_eq(cf_category_name(CF_CAT_SERVER), "Server Errors");
    cf_category c;
    cr_assert_eq(cf_category_parse("server", 6, &c), 0);
    cr_assert_eq(c, CF_CAT_SERVER);
    cr_assert_eq(cf_category_parse("servers", 7, &c), -1);
}

Test(catalogue, later_file_wins_and_adds) {
    cf_catalogue *cat = builtin_catalogue();
    const char *doc = "{\"codes\":[{\"code\":\"040011\",\"category\":\"server\",\"message\":\"x\"},"
                      "{\"code\":\"999999\",\"category\":\"client\",\"message\":\"new\"}]}";
    cf_error err;
    cr_assert_eq(cf_catalogue_load(cat, doc, strlen(doc), "o.json", &err), 0, "%s", err.text);
    cr_assert_eq(cf_catalogue_size(cat), 97);
    cr_assert_str_eq(cf_catalogue_find(cat, "040011")->message, "x");
    cr_assert_eq(cf_catalogue_find(cat, "040011")->category, CF_CAT_SERVER);
    cr_assert_str_eq(cf_catalogue_find(cat, "999999")->message, "new");
    cf_catalogue_free(cat);
}

Test(catalogue, many_codes_grow_the_table) {
    cf_catalogue *cat = cf_catalogue_new();
    char doc[64 * 3000 + 32];
    size_t k = (size_t)sprintf(doc, "{\"codes\":[");
    for (int i = 0; i < 3000; i++)
        k += (size_t)sprintf(doc + k,
                             "%s{\"code\":\"%06d\",\"category\":\"client\",\"message\":\"m\"}",
                             i ? "," : "", i * 333);
    k += (size_t)sprintf(doc + k, "]}");
    cf_error err;
    cr_assert_eq(cf_catalogue_load(cat, doc, k, "big.json", &err), 0, "%s", err.text);
    cr_assert_eq(cf_catalogue_size(cat), 3000);
    cr_assert_not_null(cf_catalogue_find(cat, "000333"));
    cr_assert_not_null(cf_catalogue_find(cat, "998667"));
    cr_assert_null(cf_catalogue_find(cat, "000334"));
    cf_catalogue_free(cat);
}

/* Loads doc into a fresh catalogue and expects the error message want. */
static void expect_error(const char *doc, const char *want) {
    cf_catalogue *cat = cf_catalogue_new();
    cf_error err = {{0}};
    cr_assert_eq(cf_catalogue_load(cat, doc, strlen(doc), "t.json", &err), -1, "accepted: %s", doc);
    cr_assert_str_eq(err.text, want);
    cr_assert_eq(cf_catalogue_size(cat), 0, "a failed load must leave the catalogue unchanged");
    cf_catalogue_free(cat);
}

#define ENTRY(code, cat, msg) "{\"code\":" code ",\"category\":" cat ",\"message\":" msg "}"

Test(catalogue, errors_name_file_line_and_column) {
    expect_error("", "t.json:1:1: not JSON: the file is empty");
    expect_error("{\"codes\": [}", "t.json:1:12: not valid JSON");
    expect_error("{\"codes\": []} x", "t.json:1:15: unexpected text after the JSON document");
    expect_error("[]", "t.json:1:1: a catalogue must be a JSON object with a \"codes\" array");
    expect_error("{}", "t.json:1:1: a catalogue must have a \"codes\" array");
    expect_error("{\"codes\": {}}", "t.json:1:11: \"codes\" must be an array");
    expect_error("{\"codes\": [], \"extra\": 1}", "t.json:1:15: unknown member \"extra\"");
    expect_error("{\"source\": 1, \"codes\": []}", "t.json:1:12: \"source\" must be a string");
    expect_error("{\"codes\": [1]}", "t.json:1:12: entry must be an object with \"code\", "
                                     "\"category\" and \"message\"");
    expect_error("{\"codes\":\n  [" ENTRY("\"40011\"", "\"validation\"", "\"m\"") "]}",
                 "t.json:2:12: code \"40011\" is not six digits");
    expect_error("{\"codes\":[" ENTRY("40011", "\"validation\"", "\"m\"") "]}",
                 "t.json:1:19: \"code\" must be a string of six digits, such as \"040011\"");
    expect_error("{\"codes\":[" ENTRY("\"0400a1\"", "\"validation\"", "\"m\"") "]}",
                 "t.json:1:19: code \"0400a1\" is not six digits");
    expect_error("{\"codes\":[" ENTRY("\"040011\"", "\"fatal\"", "\"m\"") "]}",
                 "t.json:1:39: unknown category \"fatal\" (use success, validation, client or "
                 "server)");
    expect_error("{\"codes\":[" ENTRY("\"040011\"", "\"unknown\"", "\"m\"") "]}",
                 "t.json:1:39: unknown category \"unknown\" (use success, validation, client or "
                 "server)");
    expect_error("{\"codes\":[" ENTRY("\"040011\"", "\"client\"", "\"\"") "]}",
                 "t.json:1:58: code \"040011\" has an empty message");
    expect_error("{\"codes\":[" ENTRY("\"040011\"", "\"client\"", "\"a\\nb\"") "]}",
                 "t.json:1:58: code \"040011\" has a control character in its message");
    expect_error("{\"codes\":[" ENTRY("\"040011\"", "\"client\"", "\"\xff\"") "]}",
                 "t.json:1:58: code \"040011\" has a message that is not valid UTF-8");
    expect_error("{\"codes\":[" ENTRY("\"040011\"", "\"client\"", "7") "]}",
                 "t.json:1:58: \"message\" must be a string");
    expect_error("{\"codes\":[{\"code\":\"040011\",\"message\":\"m\"}]}",
                 "t.json:1:11: entry has no \"category\"");
    expect_error("{\"codes\":[" ENTRY("\"040011\"", "\"client\"", "\"m\"") ",\n" ENTRY(
                     "\"040011\"", "\"server\"", "\"n\"") "]}",
                 "t.json:2:9: code \"040011\" appears twice (first at line 1)");
    expect_error(
        "{\"codes\":[{\"code\":\"040011\",\"category\":\"client\",\"message\":\"m\",\"x\":1}]}",
        "t.json:1:62: unknown member \"x\"");
}

Test(catalogue, duplicate_members) {
    expect_error("{\"codes\": [], \"codes\": 5}", "t.json:1:2: member \"codes\" appears twice");
    expect_error("{\"codes\":[{\"code\":\"040011\",\"category\":\"client\",\"message\":\"m\","
                 "\"code\":\"1\"}]}",
                 "t.json:1:12: member \"code\" appears twice");
}

Test(catalogue, columns_count_characters_not_bytes) {
    expect_error("{\"source\":\"é\",\"codes\":[" ENTRY("\"1\"", "\"client\"", "\"m\"") "]}",
                 "t.json:1:32: code \"1\" is not six digits");
}
