#include <criterion/criterion.h>
#include <string.h>

#include "filter.h"

static const cf_entry server = {"500000", CF_CAT_SERVER, "Internal server error"};
static const cf_entry ok = {"000000", CF_CAT_SUCCESS, "Transaction succeeded"};
static const cf_hit h_server = {0, 6, "500000", &server, {0}, NULL, 0, 0};
static const cf_hit h_ok = {0, 6, "000000", &ok, {0}, NULL, 0, 0};
static const cf_hit h_unknown = {0, 6, "123456", NULL, {0}, NULL, 0, 0};

Test(filter, no_filter_selects_everything) {
    cf_filter *f = cf_filter_new();
    cr_assert_eq(cf_filter_active(f), 0);
    cr_assert(cf_filter_selects(f, NULL, 0));
    cr_assert(cf_filter_selects(f, &h_ok, 1));
    cf_filter_free(f);
}

Test(filter, categories_and_codes_are_or_ed) {
    cf_filter *f = cf_filter_new();
    cf_error err;
    cr_assert_eq(cf_filter_add_categories(f, "server,unknown", &err), 0);
    cr_assert(cf_filter_selects(f, &h_server, 1));
    cr_assert(cf_filter_selects(f, &h_unknown, 1));
    cr_assert_not(cf_filter_selects(f, &h_ok, 1));
    cr_assert_not(cf_filter_selects(f, NULL, 0));
    cr_assert_eq(cf_filter_add_codes(f, "000000", &err), 0);
    cr_assert(cf_filter_selects(f, &h_ok, 1));
    cf_hit two[2] = {h_ok, h_server};
    cr_assert(cf_filter_selects(f, two, 2));
    cf_filter_free(f);
}

Test(filter, invert) {
    cf_filter *f = cf_filter_new();
    cf_error err;
    cf_filter_invert(f);
    cr_assert(cf_filter_selects(f, NULL, 0), "-v alone selects lines without codes");
    cr_assert_not(cf_filter_selects(f, &h_ok, 1));
    cr_assert_eq(cf_filter_add_codes(f, "500000", &err), 0);
    cr_assert(cf_filter_selects(f, &h_ok, 1));
    cr_assert(cf_filter_selects(f, NULL, 0));
    cr_assert_not(cf_filter_selects(f, &h_server, 1));
    cf_filter_free(f);
}

Test(filter, bad_lists) {
    cf_filter *f = cf_filter_new();
    cf_error err;
    cr_assert_eq(cf_filter_add_categories(f, "server,fatal", &err), -1);
    cr_assert_str_eq(
        err.text, "unknown category 'fatal' (use success, validation, client, server or unknown)");
    cr_assert_eq(cf_filter_add_categories(f, "server,", &err), -1);
    cr_assert_str_eq(err.text, "empty category in 'server,'");
    cr_assert_eq(cf_filter_add_codes(f, "40011", &err), -1);
    cr_assert_str_eq(err.text, "code '40011' is not six digits");
    cr_assert_eq(cf_filter_add_codes(f, "04001a", &err), -1);
    cf_filter_free(f);
}

/* cf_filter_selects_category answers as cf_filter_selects would for a line with one code of
 * that category, a code not added by itself. */
Test(filter, selects_category_as_a_line_would) {
    static const char *const setups[] = {"", "server", "server,unknown", "-v", "-v server"};
    for (size_t s = 0; s < sizeof setups / sizeof *setups; s++) {
        cf_filter *f = cf_filter_new();
        cf_error err;
        const char *list = setups[s];
        if (strncmp(list, "-v", 2) == 0) {
            cf_filter_invert(f);
            list += list[2] == ' ' ? 3 : 2;
        }
        if (*list != '\0')
            cr_assert_eq(cf_filter_add_categories(f, list, &err), 0);
        for (cf_category c = CF_CAT_SUCCESS; c <= CF_CAT_UNKNOWN; c++) {
            cf_entry e = {"999999", c, "m"};
            cf_hit h = {0, 6, "999999", &e, {0}, NULL, 0, 0};
            cr_assert_eq(cf_filter_selects_category(f, c), cf_filter_selects(f, &h, 1),
                         "setup '%s', category %d", setups[s], (int)c);
        }
        cf_filter_free(f);
    }
}
