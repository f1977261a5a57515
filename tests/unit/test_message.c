#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "message.h"

static cf_catalogue *cat;

static void setup(void) {
    cat = builtin_catalogue();
}

static void teardown(void) {
    cf_catalogue_free(cat);
}

TestSuite(message, .init = setup, .fini = teardown);

/* Whether code's message stands beside the first occurrence of code in line. */
static int beside(const char *code, const char *line) {
    const cf_entry *e = cf_catalogue_find(cat, code);
    cr_assert_not_null(e);
    const char *at = strstr(line, code);
    cr_assert_not_null(at);
    return cf_message_beside(e, line, strlen(line), (size_t)(at - line));
}

#define BESIDE(code, line)     cr_expect(beside(code, line), "%s: %s", code, line)
#define NOT_BESIDE(code, line) cr_expect(!beside(code, line), "%s: %s", code, line)

Test(message, after_or_before_across_separators) {
    BESIDE("040004", "[040004] The exchange rate has expired. Please refresh and try again.");
    BESIDE("500000", "(500000) Internal server error");
    BESIDE("500000", "Internal server error (500000)");
    BESIDE("500000", "internal SERVER error - 500000");
    BESIDE("040032", "BizException: 040032 Payment address format invalid...");
    BESIDE("040011",
           "upstream replied 040011 - The information contains unsupported characters...");
}

Test(message, cut_short_after_three_words_not_before) {
    BESIDE("040004", "040004: The exchange rate has...");
    NOT_BESIDE("040004", "040004: The exchange...");
    NOT_BESIDE("040004", "[040004] card missing");
}

Test(message, templates_with_their_placeholders_filled) {
    BESIDE("010005", "010005 - amount is required");
    BESIDE("010008", "PartnerError('010008', 'account name does not match')");
    BESIDE("010008", "[010008] account name does not match");
    BESIDE("010010", "Card freeze failed (010010)");
    NOT_BESIDE("010005", "010005 - \"amount\" is missing");
}

Test(message, another_codes_message_is_not_its_own) {
    NOT_BESIDE("000000", "[000000] The exchange rate has expired.");
    NOT_BESIDE("500000", "500000 Transaction succeeded");
}

static size_t found[16], nfound, collected[2048], ncollected;

static void collect_all(void *ctx, size_t start) {
    (void)ctx;
    collected[ncollected++] = start;
}

static void collect(void *ctx, size_t start) {
    (void)ctx;
    if (nfound < 16)
        found[nfound++] = start;
}

Test(message, six_digit_words_stand_alone) {
    /* Long enough for the SIMD loop and its tail, with runs across its 64-byte steps. */
    const char *s = "a 123456 b 1234567 c 1.040011 d 500000.50 e E040011 f 040011us "
                    "g [654321] h 12345 i                                           999999";
    nfound = 0;
    cf_six_digit_words(s, strlen(s), NULL, collect, NULL);
    cr_assert_eq(nfound, 3);
    cr_expect_eq(found[0], 2);
    cr_expect_eq(found[1], (size_t)(strstr(s, "654321") - s));
    cr_expect_eq(found[2], strlen(s) - 6);
    for (size_t shift = 0; shift < 70; shift++) { /* the same word at every offset of a block */
        char buf[160];
        memset(buf, 'x', sizeof buf);
        buf[shift] = ' ';
        memcpy(buf + shift + 1, "040011", 6);
        buf[shift + 7] = ' ';
        nfound = 0;
        cf_six_digit_words(buf, sizeof buf, NULL, collect, NULL);
        cr_assert_eq(nfound, 1, "at %zu", shift);
        cr_assert_eq(found[0], shift + 1);
    }
}

Test(message, prefixes_rule_numbers_out) {
    cf_prefixes p;
    cf_prefixes_of(cat, &p);
    const char *s = "x 040011 y 987654 z";
    nfound = 0;
    cf_six_digit_words(s, strlen(s), &p, collect, NULL);
    cr_assert_eq(nfound, 1);
    cr_expect_eq(found[0], 2);
}

/* The SIMD scan finds exactly what a plain reading of the rule finds, on random text of digits,
 * blanks, points and letters, at every length. */
Test(message, the_scan_agrees_with_a_plain_reading) {
    static char buf[2048];
    static size_t want[2048];
    /* NOLINTBEGIN(cert-msc30-c,cert-msc32-c): a fixed seed, so that a failure can be replayed */
    srand(7);
    for (int it = 0; it < 2000; it++) {
        size_t n = (size_t)(rand() % (int)sizeof buf), nwant = 0;
        for (size_t i = 0; i < n; i++) {
            int r = rand() % 10;
            buf[i] = (char)(r < 6 ? '0' + rand() % 10 : r < 8 ? ' ' : r < 9 ? '.' : 'a');
        }
        /* NOLINTEND(cert-msc30-c,cert-msc32-c) */
        for (size_t i = 0; i + 6 <= n; i++) {
            size_t k = 0;
            while (k < 6 && buf[i + k] >= '0' && buf[i + k] <= '9')
                k++;
            if (k == 6 && (i == 0 || buf[i - 1] < '0' || buf[i - 1] > '9') &&
                (i + 6 == n || buf[i + 6] < '0' || buf[i + 6] > '9') &&
                cf_number_stands(buf, n, i, i + 6))
                want[nwant++] = i;
        }
        size_t all[2048], nall = 0;
        for (size_t i = 0; i < nwant; i++)
            all[nall++] = want[i];
        cf_six_digit_words(buf, n, NULL, collect_all, NULL);
        cr_assert_eq(ncollected, nall, "round %d, %zu bytes", it, n);
        cr_assert_eq(memcmp(collected, all, nall * sizeof *all), 0, "round %d", it);
        ncollected = 0;
    }
}
