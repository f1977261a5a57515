#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "words.h"

static cf_patterns *pats;
static const cf_words *w;

static void setup(void) {
    pats = builtin_patterns();
    w = cf_patterns_words(pats);
}

static void teardown(void) {
    cf_patterns_free(pats);
}

TestSuite(words, .init = setup, .fini = teardown);

/* Whether the key that ends at the '|' in line (taken out) is a status key. */
static int key_ok(const char *line) {
    char s[128];
    const char *bar = strchr(line, '|');
    cr_assert_not_null(bar);
    size_t at = (size_t)(bar - line);
    snprintf(s, sizeof s, "%.*s%s", (int)at, line, bar + 1);
    return cf_words_key_ok(w, s, strlen(s), at);
}

#define KEY(line)     cr_expect(key_ok(line), "%s should be a status key", line)
#define NOT_KEY(line) cr_expect(!key_ok(line), "%s should not be a status key", line)

Test(words, keys_are_split_into_words_at_marks_and_case_changes) {
    KEY("code|=1");
    KEY("errCode|=1");
    KEY("ERROR_CODE|=1");
    KEY("x-result-code|: 1");
    KEY("response.body.code|=1");
    KEY("RetCode|>");
    KEY("errcode|=1");
    KEY("STATUSCODE|=1");
    KEY("biz_status|=1");
    KEY("\"codes|\":[1]");
}

Test(words, a_word_that_is_no_qualifier_makes_another_kind_of_code) {
    NOT_KEY("sms_code|=1");
    NOT_KEY("zipCode|=1");
    NOT_KEY("orderCode|=1");
    NOT_KEY("http_status|=1");
    NOT_KEY("barcode|=1");
    NOT_KEY("gateway_code|=1");
    NOT_KEY("v1.code|=1");
}

Test(words, a_word_before_the_key_is_read_with_it) {
    KEY("failed with code| 1");
    KEY("returned code| 1");
    KEY("ERROR code|=1");
    KEY("upstream code|=1");
    KEY("retry code|=1");      /* unknown word, key syntax: a key */
    NOT_KEY("retry code|: 1"); /* unknown word, free text: not one */
    NOT_KEY("exit code|=1");
    NOT_KEY("Your login code|: 1");
    NOT_KEY("sms verification code| 1");
    KEY("msg=done code|=1");
    KEY("[ERROR] code|=1");
}

Test(words, a_query_parameter_is_no_status) {
    NOT_KEY("/cb?code|=1");
    NOT_KEY("/cb?x=1&code|=1");
    NOT_KEY("/cb#code|=1");
    NOT_KEY("/cb?x=1&amp;code|=1");
    KEY("a=1;code|=1");
}

Test(words, hyphenated_words_and_words_behind_a_lead_word) {
    NOT_KEY("Your one-time code|: 482913");
    NOT_KEY("Your 2FA code|: 482913");
    NOT_KEY("process exited with code| 100001");
    NOT_KEY("Your generated code|: 482913");
    KEY("upstream-error code|: 1");
    KEY("Request failed with code| 1");
    KEY("Done. status|: 1"); /* after punctuation, as the rules say */
}

Test(words, measure_words_follow_counts) {
    const char *s = "status 100000 items";
    cr_expect(cf_words_measured(w, s, strlen(s), 13));
    s = "status: 123456 rows affected";
    cr_expect(cf_words_measured(w, s, strlen(s), 14));
    s = "code=040011 req_id=7";
    cr_expect(!cf_words_measured(w, s, strlen(s), 11), "a key is no word");
    s = "code=040011 failed";
    cr_expect(!cf_words_measured(w, s, strlen(s), 11));
    s = "status 100000 items.";
    cr_expect(cf_words_measured(w, s, strlen(s), 13), "a sentence's end is no key");
    s = "status 100000 rows-affected";
    cr_expect(cf_words_measured(w, s, strlen(s), 13));
}

Test(words, lists_take_words_and_give_them_back) {
    cf_words *x = cf_words_new();
    cr_assert_eq(cf_words_set(x, CF_WORD_QUALIFIER, "Gateway", 7, 0), 0);
    cr_expect(cf_words_has(x, CF_WORD_QUALIFIER, "GATEWAY", 7));
    cr_expect(!cf_words_has(x, CF_WORD_LEAD, "gateway", 7));
    cr_assert_eq(cf_words_set(x, CF_WORD_LEAD, "*ed", 3, 0), 0);
    cr_expect(cf_words_has(x, CF_WORD_LEAD, "Declined", 8));
    cr_expect(!cf_words_has(x, CF_WORD_LEAD, "ed", 2));
    cr_assert_eq(cf_words_set(x, CF_WORD_QUALIFIER, "gateway", 7, 1), 0);
    cr_expect(!cf_words_has(x, CF_WORD_QUALIFIER, "gateway", 7));
    cr_expect_eq(cf_words_set(x, CF_WORD_LEAD, "not-a-word", 10, 0), -1);
    cr_expect_eq(cf_words_set(x, CF_WORD_LEAD, "", 0, 0), -1);
    cf_words_free(x);
}
