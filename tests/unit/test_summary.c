#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "summary.h"

static const cf_entry server = {"500000", CF_CAT_SERVER, "Internal server error"};
static const cf_entry req = {"010005", CF_CAT_VALIDATION, "{0} is required"};

static cf_summary *sample(void) {
    cf_summary *s = cf_summary_new();
    cf_hit a[2] = {{0, 6, "500000", &server, {0}, NULL, 0, 0},
                   {0, 6, "010005", &req, {0}, NULL, 0, 0}};
    cf_hit b[1] = {{0, 6, "500000", &server, {0}, NULL, 0, 0}};
    cf_hit c[1] = {{0, 6, "123456", NULL, {0}, NULL, 0, 0}};
    cf_summary_add(s, a, 2, 1);
    cf_summary_add(s, b, 1, 1);
    cf_summary_add(s, NULL, 0, 1);
    cf_summary_add(s, c, 1, 1);
    cf_summary_add(s, b, 1, 0); /* not selected: counts as a line only */
    return s;
}

Test(summary, counts) {
    cf_summary *s = sample();
    cr_assert_eq(cf_summary_lines(s), 5);
    cr_assert_eq(cf_summary_selected(s), 4);
    cr_assert_eq(cf_summary_lines_with_codes(s), 3);
    cr_assert_eq(cf_summary_category(s, CF_CAT_SERVER), 2);
    cr_assert_eq(cf_summary_category(s, CF_CAT_VALIDATION), 1);
    cr_assert_eq(cf_summary_category(s, CF_CAT_UNKNOWN), 1);
    cr_assert_eq(cf_summary_category(s, CF_CAT_SUCCESS), 0);
    cr_assert_eq(cf_summary_code(s, "500000"), 2);
    cr_assert_eq(cf_summary_code(s, "040011"), 0);
    cf_summary_free(s);
}

Test(summary, many_codes) {
    cf_summary *s = cf_summary_new();
    for (int i = 0; i < 5000; i++) {
        cf_hit h = {0, 6, "", NULL, {0}, NULL, 0, 0};
        snprintf(h.code, sizeof h.code, "%06d", i * 7);
        cf_summary_add(s, &h, 1, 1);
        cf_summary_add(s, &h, 1, 1);
    }
    cr_assert_eq(cf_summary_code(s, "000007"), 2);
    cr_assert_eq(cf_summary_code(s, "034993"), 2);
    cr_assert_eq(cf_summary_code(s, "000008"), 0);
    cr_assert_eq(cf_summary_category(s, CF_CAT_UNKNOWN), 10000);
    cf_summary_free(s);
}

Test(summary, merge_adds_every_count_and_reset_forgets) {
    cf_summary *a = sample(), *b = sample(), *sum = cf_summary_new();
    cr_assert_eq(cf_summary_merge(sum, a), 0);
    cr_assert_eq(cf_summary_merge(sum, b), 0);
    cr_assert_eq(cf_summary_lines(sum), 10);
    cr_assert_eq(cf_summary_selected(sum), 8);
    cr_assert_eq(cf_summary_lines_with_codes(sum), 6);
    cr_assert_eq(cf_summary_category(sum, CF_CAT_SERVER), 4);
    cr_assert_eq(cf_summary_code(sum, "500000"), 4);
    cr_assert_eq(cf_summary_code(sum, "123456"), 2);
    cf_summary_reset(a);
    cr_assert_eq(cf_summary_lines(a), 0);
    cr_assert_eq(cf_summary_code(a, "500000"), 0);
    cf_summary_add_lines(a, 3, 0);
    cr_assert_eq(cf_summary_lines(a), 3);
    cr_assert_eq(cf_summary_selected(a), 0);
    cf_summary_free(a);
    cf_summary_free(b);
    cf_summary_free(sum);
}

/* Counts the rendering "f<i> is required" of 010005 into s. */
static void add_f(cf_summary *s, int i) {
    char line[64];
    int len = snprintf(line, sizeof line, "msg=\"f%d is required\"", i);
    cf_hit h = {
        0,    6, "010005", &req, {1, 5, (size_t)len - 1, 1, {{5, 5 + (size_t)(len - 18)}}, '"'},
        NULL, 0, 0};
    cr_assert_eq(cf_summary_add_at(s, &h, 1, 1, NULL, line), 0);
}

Test(summary, renderings_are_counted_exactly_or_not_listed) {
    cf_summary *s = cf_summary_new();
    for (int i = 0; i < CF_SUMMARY_MAX_RENDERINGS; i++) {
        add_f(s, i);
        add_f(s, i);
    }
    cf_code_count *codes;
    cr_assert_eq(cf_summary_codes(s, &codes), 1);
    cr_assert_eq(codes[0].nrenderings, CF_SUMMARY_MAX_RENDERINGS);
    cr_assert_eq(codes[0].renderings_overflowed, 0);
    cr_assert_str_eq(codes[0].renderings[0].rendered, "f0 is required");
    cr_assert_str_eq(codes[0].renderings[0].args, "f0");
    cr_assert_eq(codes[0].renderings[0].count, 2);
    free(codes);
    cf_summary *sum = cf_summary_new();
    cr_assert_eq(cf_summary_merge(sum, s), 0);
    cr_assert_eq(cf_summary_merge(sum, s), 0);
    cr_assert_eq(cf_summary_codes(sum, &codes), 1);
    cr_assert_eq(codes[0].renderings[3].count, 4, "merged counts add up");
    free(codes);
    add_f(s, CF_SUMMARY_MAX_RENDERINGS); /* one more distinct: the list is dropped */
    cr_assert_eq(cf_summary_codes(s, &codes), 1);
    cr_assert_eq(codes[0].renderings_overflowed, 1);
    cr_assert_eq(codes[0].nrenderings, 0);
    free(codes);
    /* Cut in two halves that do not overflow alone, the merge overflows as the whole does. */
    cf_summary *a = cf_summary_new(), *b = cf_summary_new(), *ab = cf_summary_new();
    for (int i = 0; i < 60; i++)
        add_f(a, i);
    for (int i = 60; i < 120; i++)
        add_f(b, i);
    cr_assert_eq(cf_summary_merge(ab, a), 0);
    cr_assert_eq(cf_summary_merge(ab, b), 0);
    cr_assert_eq(cf_summary_codes(ab, &codes), 1);
    cr_assert_eq(codes[0].renderings_overflowed, 1);
    free(codes);
    cf_summary_free(a);
    cf_summary_free(b);
    cf_summary_free(ab);
    cf_summary_free(sum);
    cf_summary_free(s);
}

/* Arguments that fill the room for them are cut off whole, never written past it (found by the
 * line fuzzer: a first argument of 511 bytes left no room, and the second was written anyway). */
Test(summary, long_rendering_arguments_stay_in_bounds) {
    static const cf_entry invalid = {"110009", CF_CAT_VALIDATION, "Invalid {0}: {1}"};
    char line[1200];
    int len = snprintf(line, sizeof line, "msg=\"Invalid %0511d: %0600d\"", 0, 0);
    size_t a0 = 13, a1 = a0 + 511 + 2;
    cf_hit h = {0,
                6,
                "110009",
                &invalid,
                {1, 5, (size_t)len - 1, 2, {{a0, a0 + 511}, {a1, a1 + 600}}, '"'},
                NULL,
                0,
                0};
    cf_summary *s = cf_summary_new();
    cr_assert_eq(cf_summary_add_at(s, &h, 1, 1, NULL, line), 0);
    cf_code_count *codes;
    cr_assert_eq(cf_summary_codes(s, &codes), 1);
    cr_assert_eq(codes[0].nrenderings, 1);
    cr_assert_eq(codes[0].renderings[0].nargs, 1); /* the second did not fit */
    cr_assert_eq(strlen(codes[0].renderings[0].args), 511);
    free(codes);
    cf_summary_free(s);
}

/* Without a summary asked for, nothing is kept per code: categories and totals only. */
Test(summary, categories_only_keeps_no_codes) {
    cf_summary *s = cf_summary_new();
    cf_summary_keep_codes(s, 0);
    for (int i = 0; i < 5000; i++) {
        cf_hit h = {0, 6, "", NULL, {0}, NULL, 0, 0};
        snprintf(h.code, sizeof h.code, "%06d", i);
        cf_summary_add(s, &h, 1, 1);
    }
    cf_code_count *codes;
    cr_assert_eq(cf_summary_codes(s, &codes), 0);
    free(codes);
    cr_assert_eq(cf_summary_category(s, CF_CAT_UNKNOWN), 5000);
    cr_assert_eq(cf_summary_codes_total(s), 5000);
    cf_summary *other = cf_summary_new(); /* a merge into it keeps none either */
    cf_summary_keep_codes(other, 0);
    cr_assert_eq(cf_summary_merge(other, s), 0);
    cr_assert_eq(cf_summary_codes(other, &codes), 0);
    free(codes);
    cr_assert_eq(cf_summary_category(other, CF_CAT_UNKNOWN), 5000);
    cf_summary_free(other);
    cf_summary_free(s);
}

/* A code counted under two categories (a reload moved it) is listed once per category. */
Test(summary, a_code_once_per_category) {
    cf_summary *s = cf_summary_new();
    cf_entry as_server = {"999999", CF_CAT_SERVER, (char *)"m"},
             as_client = {"999999", CF_CAT_CLIENT, (char *)"m"};
    cf_hit a = {0, 6, "999999", &as_server, {0}, NULL, 0, 0},
           b = {0, 6, "999999", &as_client, {0}, NULL, 0, 0};
    cf_summary_add(s, &a, 1, 1);
    cf_summary_add(s, &b, 1, 1);
    cf_summary_add(s, &b, 1, 1);
    cf_code_count *codes;
    cr_assert_eq(cf_summary_codes(s, &codes), 2);
    cr_assert(codes[0].category == CF_CAT_CLIENT && codes[0].count == 2);
    cr_assert(codes[1].category == CF_CAT_SERVER && codes[1].count == 1);
    free(codes);
    cr_assert_eq(cf_summary_code(s, "999999"), 3);
    cf_summary_free(s);
}
