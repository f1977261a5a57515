#include <criterion/criterion.h>
#include <string.h>

#include "config.h"
#include "patterns.h"

/* Runs the patterns of p over s with a matcher of their own, kept until the next call. */
static cf_matcher *matcher;
static const cf_span *find(const cf_patterns *p, const char *s, size_t n, size_t *count) {
    cf_matcher_free(matcher);
    matcher = cf_matcher_new(p);
    return cf_matcher_find(matcher, s, n, count);
}

static void forget_matcher(void) {
    cf_matcher_free(matcher);
    matcher = NULL;
}

TestSuite(patterns, .fini = forget_matcher);

static cf_patterns *load(const char *text, cf_error *err) {
    cf_patterns *p = cf_patterns_new();
    if (cf_patterns_load(p, text, strlen(text), "p.pcre", err) != 0) {
        cf_patterns_free(p);
        return NULL;
    }
    return p;
}

Test(patterns, comments_blank_lines_and_trimming) {
    cf_error err;
    cf_patterns *p = load("# comment\n\n  \t\ncode=(?<code>\\d{6})  \r\n  # indented comment\n"
                          "\\[(?<code>\\d{6})\\]",
                          &err);
    cr_assert_not_null(p, "%s", err.text);
    cr_assert_eq(cf_patterns_count(p), 2);
    size_t n;
    const char *s = "[500000] code=040011";
    const cf_span *sp = find(p, s, strlen(s), &n);
    cr_assert_eq(n, 2);
    cr_assert_eq(sp[0].start, 1);
    cr_assert_eq(sp[0].end, 7);
    cr_assert_eq(sp[1].start, 14);
    cf_patterns_free(p);
}

Test(patterns, spans_are_ordered_and_deduplicated_across_patterns) {
    cf_error err;
    cf_patterns *p = load("b=(?<code>\\d+)\na=(?<code>\\d+)\n(?<code>\\d+)", &err);
    cr_assert_not_null(p, "%s", err.text);
    size_t n;
    const char *s = "a=1 b=22 c=333";
    const cf_span *sp = find(p, s, strlen(s), &n);
    cr_assert_eq(n, 3);
    cr_assert_eq(sp[0].start, 2);
    cr_assert_eq(sp[1].start, 6);
    cr_assert_eq(sp[2].start, 11);
    cf_patterns_free(p);
}

Test(patterns, duplicate_group_names) {
    cf_error err;
    cf_patterns *p = load("(?J)x(?<code>\\d+)|y(?<code>\\d+)", &err);
    cr_assert_not_null(p, "%s", err.text);
    size_t n;
    const char *s = "y42 x7";
    const cf_span *sp = find(p, s, strlen(s), &n);
    cr_assert_eq(n, 2);
    cr_assert_eq(sp[0].start, 1);
    cr_assert_eq(sp[1].start, 5);
    cf_patterns_free(p);
}

Test(patterns, no_match) {
    cf_error err;
    cf_patterns *p = load("code=(?<code>\\d{6})", &err);
    size_t n = 9;
    cr_assert_null(find(p, "nothing", 7, &n));
    cr_assert_eq(n, 0);
    cr_assert_null(find(p, "", 0, &n));
    cf_patterns_free(p);
}

static void expect_error(const char *text, const char *want) {
    cf_error err = {{0}};
    cf_patterns *p = load(text, &err);
    cr_assert_null(p, "accepted: %s", text);
    cr_assert_str_eq(err.text, want);
}

Test(patterns, errors_name_file_line_and_offset) {
    expect_error("# ok\n(?<code>\\d{6}\n", "p.pcre:2: offset 13: missing closing parenthesis");
    expect_error("code=(?<code>\\d{6})\n(?<id>\\d{6})",
                 "p.pcre:2: offset 0: pattern has no group named \"code\"");
    expect_error("", "p.pcre: no patterns (every line is blank or a comment)");
    expect_error("# only\n\n", "p.pcre: no patterns (every line is blank or a comment)");
    expect_error("x(?<code>a{2,1})", "p.pcre:1: offset 14: numbers out of order in {} quantifier");
}

Test(patterns, a_failed_file_keeps_the_earlier_ones) {
    cf_error err;
    cf_patterns *p = load("a(?<code>\\d)", &err);
    cr_assert_eq(cf_patterns_load(p, "b(?<code>\\d)\n(", 14, "q.pcre", &err), -1);
    cr_assert_eq(cf_patterns_count(p), 1);
    cf_patterns_free(p);
}

Test(patterns, catastrophic_backtracking_is_bounded) {
    cf_error err;
    cf_patterns *p = load("(?<code>\\d{6})(a|aa)*b", &err);
    cr_assert_not_null(p, "%s", err.text);
    size_t len = 10000;
    char *s = malloc(len);
    memcpy(s, "123456", 6);
    memset(s + 6, 'a', len - 8);
    memcpy(s + len - 2, "cb", 2); /* a late 'b' defeats PCRE2's required-character shortcut */
    size_t n;
    find(p, s, len, &n);
    cr_assert_eq(n, 0);
    cr_assert_gt(cf_matcher_limit_hits(matcher), 0);
    free(s);
    cf_patterns_free(p);
}

/* After a limit, the search goes on at the line after the one that hit it: the lines before and
 * after still give their codes, and the hit is counted once for that line, however many lines
 * came before it in the block (the figure must not depend on how the input was cut). */
Test(patterns, a_limit_is_a_figure_of_the_line_that_hit_it) {
    cf_error err;
    cf_patterns *p = load("(?<code>\\d{6})(a|aa)*b", &err);
    cr_assert_not_null(p, "%s", err.text);
    size_t hostile = 5000, before = 200, len = before * 8 + hostile + 8 + 8;
    char *s = malloc(len), *w = s;
    for (size_t i = 0; i < before; i++, w += 8)
        memcpy(w, "123456b\n", 8);
    memcpy(w, "123456", 6);
    memset(w + 6, 'a', hostile - 6);
    memcpy(w + hostile, "c b\n", 4);
    w += hostile + 4;
    memcpy(w, "654321b\n", 8);
    len = (size_t)(w + 8 - s);
    size_t n;
    const cf_span *sp = find(p, s, len, &n);
    cr_assert_eq(n, before + 1, "the other lines' codes");
    cr_assert_eq(sp[n - 1].start, len - 8);
    cr_assert_eq(cf_matcher_limit_hits(matcher), 1);
    free(s);
    cf_patterns_free(p);
}

Test(patterns, blocks_of_lines) {
    cf_error err;
    cf_patterns *p = load("^(?<code>\\d{6})$\ncode\\s*=\\s*(?<code>\\d{6})", &err);
    cr_assert_not_null(p, "%s", err.text);
    size_t n;
    const char *s = "123456\nx 654321\ncode=\n111111\ncode= 222222\n";
    const cf_span *sp = find(p, s, strlen(s), &n);
    cr_assert_eq(n, 3, "^ and $ match at line ends; a match across lines is dropped");
    cr_assert_eq(sp[0].start, 0);
    cr_assert_eq(sp[1].start, 22, "the line after a dropped match still matches");
    cr_assert_eq(sp[2].start, 35);
    cf_patterns_free(p);
}

/* Found by fuzz_patterns: a pattern whose code group is captured inside lookarounds gave the same
 * start twice, which broke the merge of several patterns' spans. */
Test(patterns, fuzz_regression_spans_stay_ordered) {
    char *text;
    size_t len;
    cf_error err;
    cr_assert_eq(cf_read_file(CF_SOURCE_DIR "/tests/fuzz/regressions/patterns-unordered-spans.pcre",
                              &text, &len, &err),
                 0, "%s", err.text);
    cf_patterns *p = cf_patterns_new();
    cr_assert_eq(cf_patterns_load(p, text, len, "r.pcre", &err), 0, "%s", err.text);
    static const char s[] = "code=040011 [500000] status 404000\n{\"code\":40011}\naaaa\n";
    size_t n;
    const cf_span *sp = find(p, s, sizeof s - 1, &n);
    for (size_t i = 1; i < n; i++)
        cr_assert_gt(sp[i].start, sp[i - 1].start, "span %zu", i);
    free(text);
    cf_patterns_free(p);
}

/* An edit of patterns/default.pcre that loses a rule's first literal would make scanning many
 * times slower without failing any other test. */
Test(patterns, every_builtin_rule_keeps_a_known_first_character) {
    cf_error err;
    cf_patterns *p = cf_config_patterns(NULL, 0, NULL, 0, &err);
    cr_assert_not_null(p, "%s", err.text);
    cr_assert_geq(cf_patterns_count(p), 3);
    for (size_t i = 0; i < cf_patterns_count(p); i++) {
        size_t line;
        const char *file = cf_patterns_source(p, i, &line);
        cr_expect_neq(cf_patterns_first_unit(p, i), -1, "%s:%zu has no known first character", file,
                      line);
    }
    cf_patterns_free(p);
}

Test(patterns, pieces_rules_and_words) {
    cf_error err;
    cf_patterns *p = load("define D \\d{6}\n"
                          "words last ref\n"
                          "rule mine order_ref(?C\"key\")=(?<code>%{D})\n",
                          &err);
    cr_assert_not_null(p, "%s", err.text);
    cr_assert_str_eq(cf_patterns_rule(p, 0), "mine");
    size_t n;
    const char *s = "x order_ref=040011 ref=500000";
    find(p, s, strlen(s), &n);
    cr_assert_eq(n, 0, "order is no qualifier, so order_ref is no status key");
    cf_patterns_free(p);
    p = load(
        "words last ref\nwords qualifier order\nrule mine order_ref(?C\"key\")=(?<code>\\d+)\n",
        &err);
    cr_assert_not_null(p, "%s", err.text);
    const cf_span *sp = find(p, s, strlen(s), &n);
    cr_assert_eq(n, 1);
    cr_assert_eq(sp[0].start, 12);
    cr_assert_str_eq(sp[0].rule, "mine");
    cf_patterns_free(p);
}

Test(patterns, errors_name_the_line_and_what_is_wrong) {
    cf_error err;
    cr_assert_null(load("# x\nfoo%{NOPE}(?<code>\\d)\n", &err));
    cr_assert_str_eq(err.text, "p.pcre:2: offset 3: no piece named NOPE defined before");
    cr_assert_null(load("words colour red\n", &err));
    cr_assert_str_eq(err.text, "p.pcre:1: offset 6: 'colour' is not a class of words (last, "
                               "qualifier, lead, measure, other, link)");
    cr_assert_null(load("(?C\"nope\")(?<code>\\d)\n", &err));
    cr_assert_str_eq(err.text,
                     "p.pcre:1: offset 10: a check other than (?C\"key\") or (?C\"unit\")");
    cr_assert_null(load("define\n", &err));
}

/* A (*UTF) pattern meets a byte that is not UTF-8: that line goes without its codes, the lines
 * before and after it keep theirs, and no limit is blamed. */
Test(patterns, invalid_utf8_costs_its_own_line_only) {
    cf_error err;
    cf_patterns *p = load("(*UTF)code=(?<code>\\d{6})", &err);
    cr_assert_not_null(p, "%s", err.text);
    const char s[] = "code=040011 \xc3\xa9\ncode=500000 \xff\ncode=000000\n";
    size_t n;
    const cf_span *sp = find(p, s, sizeof s - 1, &n);
    cr_assert_eq(n, 2);
    cr_assert_eq(sp[0].start, 5);
    cr_assert_eq(sp[1].start, sizeof s - 1 - 7);
    cr_assert_eq(cf_matcher_limit_hits(matcher), 0);
    cf_patterns_free(p);
}

/* Found by fuzz_patterns: (*:NAME) verbs whose names seemed to overlap ("(*:a(*:b)") were kept
 * once for each start, more than the pattern's length, and overflowed the list of names. A
 * pattern file of that kind loads (or is refused) without harm, and a match names its rule with
 * the mark it passed. */
Test(patterns, fuzz_regression_overlapping_mark_names) {
    char *text;
    size_t len;
    cf_error err;
    cr_assert_eq(cf_read_file(CF_SOURCE_DIR "/tests/fuzz/regressions/patterns-marks-overlap.pcre",
                              &text, &len, &err),
                 0, "%s", err.text);
    cf_patterns *p = cf_patterns_new();
    (void)cf_patterns_load(p, text, len, "r.pcre", &err);
    cf_patterns_free(p);
    free(text);
    static const char line[] = "xy(*:a(*:b)(?<code>\\d{6})";
    p = cf_patterns_new();
    cr_assert_eq(cf_patterns_load(p, line, sizeof line - 1, "m.pcre", &err), 0, "%s", err.text);
    size_t n;
    const cf_span *sp = find(p, "xy040011", 8, &n);
    cr_assert_eq(n, 1);
    cr_assert_str_eq(sp[0].rule, "a(*:b");
    cf_patterns_free(p);
}
