#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "summary.h"

static const cf_entry server = {"500000", CF_CAT_SERVER, "Internal server error"};
static const cf_entry req = {"010005", CF_CAT_VALIDATION, "{0} is required"};

static cf_summary *sample(void) {
    cf_summary *s = cf_summary_new();
    cf_hit a[2] = {{0, 6, "500000", &server, {0}}, {0, 6, "010005", &req, {0}}};
    cf_hit b[1] = {{0, 6, "500000", &server, {0}}};
    cf_hit c[1] = {{0, 6, "123456", NULL, {0}}};
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
        cf_hit h = {0, 6, "", NULL, {0}};
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

Test(summary, renderings_are_counted_and_capped) {
    cf_summary *s = cf_summary_new();
    char line[64];
    for (int i = 0; i < CF_SUMMARY_MAX_RENDERINGS + 5; i++) {
        int len = snprintf(line, sizeof line, "msg=\"f%d is required\"", i);
        cf_hit h = {
            0, 6, "010005", &req, {1, 5, (size_t)len - 1, 1, {{5, 5 + (size_t)(len - 18)}}}};
        cr_assert_eq(cf_summary_add_at(s, &h, 1, 1, NULL, line), 0);
        cr_assert_eq(cf_summary_add_at(s, &h, 1, 1, NULL, line), 0);
    }
    cf_code_count *codes;
    cr_assert_eq(cf_summary_codes(s, &codes), 1);
    cr_assert_eq(codes[0].nrenderings, CF_SUMMARY_MAX_RENDERINGS);
    cr_assert_eq(codes[0].other_renderings, 10);
    cr_assert_str_eq(codes[0].renderings[0].rendered, "f0 is required");
    cr_assert_str_eq(codes[0].renderings[0].args, "f0");
    cr_assert_eq(codes[0].renderings[0].count, 2);
    cf_summary *sum = cf_summary_new();
    cr_assert_eq(cf_summary_merge(sum, s), 0);
    cr_assert_eq(cf_summary_merge(sum, s), 0);
    cf_code_count *merged;
    cr_assert_eq(cf_summary_codes(sum, &merged), 1);
    cr_assert_eq(merged[0].renderings[3].count, 4);
    cr_assert_eq(merged[0].other_renderings, 20);
    free(codes);
    free(merged);
    cf_summary_free(sum);
    cf_summary_free(s);
}
