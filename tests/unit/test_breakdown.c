#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "breakdown.h"
#include "summary.h"

static cf_file_count counts(const char *name, unsigned long long lines, unsigned long long codes) {
    cf_file_count c = {(char *)name, lines, lines, codes ? 1 : 0, codes, {0}};
    c.categories[CF_CAT_SERVER] = codes;
    return c;
}

static void expect_file(const cf_file_count *f, const char *name, unsigned long long lines,
                        unsigned long long codes) {
    cr_assert_str_eq(f->name, name);
    cr_assert_eq(f->lines, lines, "%s: %llu lines", name, f->lines);
    cr_assert_eq(f->codes, codes, "%s: %llu codes", name, f->codes);
    cr_assert_eq(f->categories[CF_CAT_SERVER], codes);
}

/* Files add up by name and are listed by name. */
Test(breakdown, adds_per_name) {
    cf_breakdown *b = cf_breakdown_new(), *other = cf_breakdown_new();
    cf_file_count a = counts("web2", 3, 1), c = counts("web1", 5, 2), *list;
    cr_assert_eq(cf_breakdown_add(b, &a), 0);
    cr_assert_eq(cf_breakdown_add(b, &c), 0);
    cr_assert_eq(cf_breakdown_add(other, &a), 0);
    cr_assert_eq(cf_breakdown_merge(b, other), 0);
    cr_assert_eq(cf_breakdown_list(b, NULL, &list), 2);
    expect_file(&list[0], "web1", 5, 2);
    expect_file(&list[1], "web2", 6, 2);
    free(list);
    cf_breakdown_free(b);
    cf_breakdown_free(other);
    cf_breakdown_free(NULL);
}

/* A file's share is what the summary counted while it was read, also while it is being read. */
Test(breakdown, file_being_read) {
    cf_summary *s = cf_summary_new();
    cf_file_count *list;
    cr_assert_eq(cf_summary_keep_files(s), 0);
    cf_summary_add_lines(s, 4, 1); /* before any file: no file's */
    cr_assert_eq(cf_summary_begin_file(s, "a.log"), 0);
    cf_summary_add_lines(s, 2, 1);
    cr_assert_eq(cf_summary_files(s, &list), 1);
    expect_file(&list[0], "a.log", 2, 0);
    free(list);
    cf_summary_add_lines(s, 1, 0);
    cf_summary_end_file(s);
    cr_assert_eq(cf_summary_begin_file(s, "b.log"), 0);
    cf_summary_add_lines(s, 7, 1);
    cr_assert_eq(cf_summary_begin_file(s, "a.log"), 0); /* ends b.log */
    cf_summary_add_lines(s, 1, 1);
    cf_summary_end_file(s);
    cr_assert_eq(cf_summary_files(s, &list), 2);
    expect_file(&list[0], "a.log", 4, 0);
    cr_assert_eq(list[0].selected, 3);
    expect_file(&list[1], "b.log", 7, 0);
    free(list);
    cf_summary_free(s);
}

/* Without --by-file, nothing is kept. */
Test(breakdown, not_kept) {
    cf_summary *s = cf_summary_new();
    cf_file_count *list;
    cr_assert_eq(cf_summary_begin_file(s, "a.log"), 0);
    cf_summary_add_lines(s, 2, 1);
    cf_summary_end_file(s);
    cr_assert_not(cf_summary_keeps_files(s));
    cr_assert_eq(cf_summary_files(s, &list), 0);
    cr_assert_null(list);
    cf_summary_free(s);
}
