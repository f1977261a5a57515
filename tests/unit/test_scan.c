#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../support/differential.h"
#include "config.h"

/* A random text made of pieces that matter to the scan and the patterns: the literals in either
 * case and cut short, key syntaxes, digits in runs of every length around six, newlines, and noise
 * bytes (NUL and bytes over 0x7f among them). */
/* The next number of a fixed sequence (xorshift), so that every run tests the same texts. */
static unsigned next_random(unsigned *seed) {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 17;
    *seed ^= *seed << 5;
    return *seed;
}

static size_t random_text(char *buf, size_t cap, unsigned *seed) {
    static const char *const pieces[] = {"code",
                                         "CODE",
                                         "Code",
                                         "cod",
                                         "status",
                                         "STATUS",
                                         "sta",
                                         "err",
                                         "ERROR",
                                         "error ",
                                         "er",
                                         "=",
                                         ": ",
                                         "\"",
                                         "'",
                                         "\\\"",
                                         " => ",
                                         "<code>",
                                         "</code>",
                                         "[",
                                         "]",
                                         ",",
                                         " ",
                                         "\t",
                                         "\n",
                                         "\r\n",
                                         "040011",
                                         "500000",
                                         "0400112",
                                         "40011",
                                         "12345",
                                         "1234567",
                                         ".5",
                                         "x",
                                         "_",
                                         "-",
                                         "errCode",
                                         "zip_code",
                                         "exit status ",
                                         " items",
                                         "returned code ",
                                         "\0",
                                         "\xff",
                                         "\xc3\xa9",
                                         "ret=",
                                         "RC",
                                         "#",
                                         "is "};
    size_t n = 0, want = (size_t)next_random(seed) % cap;
    while (n < want) {
        const char *p = pieces[(size_t)next_random(seed) % (sizeof pieces / sizeof *pieces)];
        size_t len = p[0] == '\0' ? 1 : strlen(p);
        if (n + len > cap)
            break;
        memcpy(buf + n, p, len);
        n += len;
    }
    return n;
}

Test(scan, finds_what_the_byte_at_a_time_reference_finds) {
    static const cf_literal lits[] = {{"code", 4, 1}, {"status", 6, 1}, {"err", 3, 1},
                                      {"RC", 2, 0},   {"ret=", 4, 0},   {"\"co", 3, 0},
                                      {"<co", 3, 1},  {"[5", 2, 0}};
    char buf[700];
    unsigned seed = 7;
    cf_prefixes only;
    memset(&only, 0, sizeof only);
    only.bits[400 / 8] |= 1u << (400 % 8); /* 0400xx */
    for (int round = 0; round < 20000; round++) {
        size_t nlits = (size_t)round % 9, n = random_text(buf, sizeof buf, &seed);
        cf_scan_set set;
        cf_scan_set_init(&set, lits, nlits, round % 2 ? &only : NULL);
        cf_scan got = {0}, base = {0}, ref;
        cf_scan_block(&set, buf, n, &got);
        cf_scan_block_baseline(&set, buf, n, &base);
        scan_reference(&set, buf, n, &ref);
        if (set.prefixes != NULL) { /* the reference keeps every six-digit word: filter it */
            size_t k = 0;
            for (size_t i = 0; i < ref.sixes.n; i++)
                if (memcmp(buf + ref.sixes.at[i], "0400", 4) == 0)
                    ref.sixes.at[k++] = ref.sixes.at[i];
            ref.sixes.n = k;
        }
        int d = scan_differs(&set, &got, &ref);
        cr_assert_eq(d, -1, "round %d (%zu literals, %zu bytes): list %d differs", round, nlits, n,
                     d);
        d = scan_differs(&set, &base, &ref);
        cr_assert_eq(d, -1, "baseline, round %d (%zu literals, %zu bytes): list %d differs", round,
                     nlits, n, d);
        cf_scan_free(&got);
        cf_scan_free(&base);
        cf_scan_free(&ref);
    }
}

/* Loads one pattern line; returns its literal, or "" when it has none. */
static const char *literal_of(const char *line, char *buf, int *caseless) {
    cf_patterns *p = cf_patterns_new();
    cf_error err;
    cr_assert_eq(cf_patterns_load(p, line, strlen(line), "t.pcre", &err), 0, "%s", err.text);
    const cf_literal *lit = cf_patterns_literal(p, 0);
    snprintf(buf, 32, "%.*s", lit != NULL ? (int)lit->len : 0, lit != NULL ? lit->text : "");
    *caseless = lit != NULL && lit->caseless;
    cf_patterns_free(p);
    return buf;
}

Test(scan, reads_a_pattern_s_leading_literal_only_when_sure) {
    static const struct {
        const char *pattern, *literal;
        int caseless;
    } cases[] = {
        {"(?iJ)codes?(?C\"key\")=(?<code>\\d{6})", "code", 1},
        {"(?i)(?<![0-9A-Za-z_.-])err(?:or)?\\h+(?<code>\\d{6})", "err", 1},
        {"\\bret=(?<code>\\d{6})", "ret=", 0},
        {"RC(?<code>\\d{6})", "RC", 0},
        {"(?i)(?-i)Rc:(?<code>\\d{6})", "Rc:", 0},
        {"\\[E\\](?<code>\\d{6})", "[E]", 0},
        {"abc+(?<code>\\d{6})", "ab", 0},
        {"(?=x)xyz(?<code>\\d{6})", "xyz", 0},
        {"(?<code>\\d{6})", "", 0},     /* no literal */
        {"a(?<code>\\d{6})", "", 0},    /* one character: too many places */
        {"ab?c(?<code>\\d{6})", "", 0}, /* "a" only */
        {"(?J)abc(?<code>\\d{6})|xyz(?<code>\\d{6})", "", 0},
        {"(*COMMIT)abc(?<code>\\d{6})", "", 0},
        {"abc(*SKIP)(?<code>\\d{6})", "", 0},
        {"(*UTF)(?i)status(?<code>\\d{6})", "", 0}, /* caseless s is also U+017F */
        {"\\Gabc(?<code>\\d{6})", "", 0},
        {"(?x)a b c(?<code>\\d{6})", "", 0},
        {"[ab]c(?<code>\\d{6})", "", 0},
        {"(?i:abc)(?<code>\\d{6})", "", 0},
        {"abc(*MARK:x)(?<code>\\d{6})", "abc", 0},
        {"x[|]yz(?<code>\\d{6})", "x", 0},
        {"xy[|]z(?<code>\\d{6})", "xy", 0},
        {"\\Q|\\Exy(?<code>\\d{6})", "", 0},
    };
    char buf[32];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int caseless;
        const char *lit = literal_of(cases[i].pattern, buf, &caseless);
        const char *want = strlen(cases[i].literal) >= 2 ? cases[i].literal : "";
        cr_assert_str_eq(lit, want, "%s", cases[i].pattern);
        if (*want)
            cr_assert_eq(caseless, cases[i].caseless, "%s", cases[i].pattern);
    }
}

/* The built-in patterns and a few a user might write, each searched both ways. */
static cf_patterns *user_patterns(void) {
    static const char text[] = "\\bret=(?<code>\\d{6})\n"
                               "RC(?<code>\\d{6})\\b\n"
                               "(?i)errc?=(?<code>\\d{6})\n"
                               "(?i)(?<!x)result:\\s*(?<code>\\d{1,6})\n"
                               "(?<code>\\d{6})(?=\\sFAIL)\n"
                               "(?i)<rc>(?<code>\\d+)</rc>\n"
                               "\"c\":(?<codes>\\[[0-9,]*\\])?(?<code>\\d{6})?x\n";
    cf_patterns *p = cf_patterns_new();
    cf_error err;
    cr_assert_eq(cf_patterns_load(p, text, sizeof text - 1, "user.pcre", &err), 0, "%s", err.text);
    return p;
}

Test(scan, one_pass_finds_what_each_pattern_finds_over_the_whole_text) {
    cf_error err;
    cf_patterns *builtin = cf_config_patterns(NULL, 0, NULL, 0, &err);
    cr_assert_not_null(builtin, "%s", err.text);
    cf_patterns *user = user_patterns();
    char buf[4000];
    unsigned seed = 11;
    for (int round = 0; round < 3000; round++) {
        size_t n = random_text(buf, sizeof buf, &seed);
        long d = search_differs(builtin, buf, n);
        cr_assert_eq(d, -1, "built-in patterns, round %d: span %ld differs", round, d);
        d = search_differs(user, buf, n);
        cr_assert_eq(d, -1, "user patterns, round %d: span %ld differs", round, d);
    }
    cf_patterns_free(user);
    cf_patterns_free(builtin);
}

/* Found by review: patterns whose reading took an item apart differently from PCRE2, so that the
 * literal kept a character a quantifier made optional, or a top-level '|' went unseen. Each is
 * searched both ways on a text where the difference showed. */
Test(scan, patterns_read_as_pcre2_reads_them) {
    static const struct {
        const char *pattern, *text;
    } cases[] = {
        {"ab(?#x)?(?<code>\\d+)", "a123 ab4"},      {"ab\\Q\\E?(?<code>\\d+)", "a123 ab4"},
        {"ab\\E?(?<code>\\d+)", "a123 ab4"},        {"ab(?#x){0}(?<code>\\d+)", "a1 ab2 ab(3"},
        {"ab\\c\\|a(?<code>\\d+)", "a123 ab5"},     {"(?=\\c()h\\c)hb(?<code>\\d+)", "hihb123 hb4"},
        {"ab[[:]|a(?<code>\\d+):]", "a123:] ab:"},  {"ab(*:x(y)|a(?<code>\\d+)", "a1 ab2 ab(3"},
        {"ab(*:\\)|a(?<code>\\d+)", "a1 ab2 ab(3"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cf_patterns *p = cf_patterns_new();
        cf_error err;
        cr_assert_eq(
            cf_patterns_load(p, cases[i].pattern, strlen(cases[i].pattern), "r.pcre", &err), 0,
            "%s: %s", cases[i].pattern, err.text);
        long d = search_differs(p, cases[i].text, strlen(cases[i].text));
        cr_assert_eq(d, -1, "%s on \"%s\": span %ld differs", cases[i].pattern, cases[i].text, d);
        cf_patterns_free(p);
    }
}

Test(scan, one_pass_finds_what_each_pattern_finds_in_the_samples) {
    static const char *const files[] = {"/samples/day.log", "/samples/api.log",
                                        "/samples/api.jsonl", "/samples/labelled/lines.tsv"};
    cf_error err;
    cf_patterns *builtin = cf_config_patterns(NULL, 0, NULL, 0, &err);
    size_t cap = 1 << 20;
    char *buf = malloc(cap);
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s%s", CF_SOURCE_DIR, files[i]);
        FILE *f = fopen(path, "rb");
        cr_assert_not_null(f, "%s", path);
        size_t n = fread(buf, 1, cap, f);
        (void)fclose(f); /* read only: nothing is lost if closing fails */
        long d = search_differs(builtin, buf, n);
        cr_assert_eq(d, -1, "%s: span %ld differs", files[i], d);
    }
    free(buf);
    cf_patterns_free(builtin);
}
