#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "helpers.h"

static cf_catalogue *cat;
static cf_patterns *pats;
static cf_extractor *x;

static void setup(void) {
    cat = builtin_catalogue();
    pats = builtin_patterns();
    x = cf_extractor_new(pats, cat);
}

static void teardown(void) {
    cf_extractor_free(x);
    cf_patterns_free(pats);
    cf_catalogue_free(cat);
}

/* Expects exactly the codes given (NULL-terminated), in order. */
static void expect_codes(const char *line, ...) {
    va_list ap;
    size_t n;
    const cf_hit *h = cf_extract(x, line, strlen(line), &n);
    va_start(ap, line);
    size_t i = 0;
    for (const char *want; (want = va_arg(ap, const char *)) != NULL; i++) {
        cr_assert_lt(i, n, "missing %s in: %s", want, line);
        cr_assert_str_eq(h[i].code, want, "code %zu of: %s", i, line);
    }
    va_end(ap);
    cr_assert_eq(n, i, "%zu codes instead of %zu in: %s (first extra: %s)", n, i, line,
                 n > i ? h[i].code : "-");
}

#define NONE ((const char *)NULL) /* as va_arg reads it */

TestSuite(extract, .init = setup, .fini = teardown);

Test(extract, key_value_text) {
    expect_codes(
        "2025-09-02 10:15:32.123 ERROR 1 --- [nio-8080-exec-7] c.p.gateway.ApiResponseLogger"
        " : uri=/v1/payouts code=040011 msg=\"x\" cost=12ms",
        "040011", NONE);
    expect_codes("time=2025-09-02T10:15:32Z level=error svc=card-svc status=070023 "
                 "err=\"Card not found\"",
                 "070023", NONE);
    expect_codes("error_code: 070023", "070023", NONE);
    expect_codes("resultCode='500000'", "500000", NONE);
    expect_codes("\"POST /v1/payments HTTP/1.1\" 400 213 \"-\" \"okhttp/4.9.3\" app_code=040027",
                 "040027", NONE);
    expect_codes("BizException(code=040011, msg=bad)", "040011", NONE);
}

Test(extract, json_members) {
    expect_codes(
        "response body: {\"code\":\"010005\",\"msg\":\"amount is required\",\"data\":null}",
        "010005", NONE);
    expect_codes("{\"level\":\"error\",\"status_code\": \"503000\"}", "503000", NONE);
    expect_codes("{\"error\":{\"errorCode\":\"040004\",\"message\":\"x\"}}", "040004", NONE);
    expect_codes("{\"response\":{\"code\":500000}}", "500000", NONE);
    expect_codes("{\"resultCode\":\"000000\"}", "000000", NONE);
}

/* A quote may be written as text inside other text writes it: escaped with backslashes (once or
 * twice over), doubled in a CSV cell, or as an HTML or XML entity; a key may stand in brackets, as
 * PHP's print_r writes it; an XML element may be escaped. Keys of another kind stay out. */
Test(extract, quotes_in_every_layer_of_text) {
    expect_codes("{\"body\":\"{\\\"code\\\":\\\"040011\\\"}\"}", "040011", NONE);
    expect_codes("2025-09-02,POST,/v1/pay,\"{\"\"code\"\":\"\"040011\"\",\"\"msg\"\":\"\"x\"\"}\"",
                 "040011", NONE);
    expect_codes("<pre>{&quot;errorCode&quot;:&quot;130001&quot;}</pre>", "130001", NONE);
    expect_codes("data-resp='{&#34;code&#34;:&#34;040004&#34;}'", "040004", NONE);
    expect_codes("{&#x22;status&#x22;: 500000}", "500000", NONE);
    expect_codes("&lt;ResultCode&gt;030009&lt;/ResultCode&gt;", "030009", NONE);
    expect_codes("Array ( [code] => 040011 [msg] => x )", "040011", NONE);
    expect_codes("Array ( [code] => 40011 )", "040011", NONE);
    expect_codes("\"{\"\"otp_code\"\":\"\"482913\"\"}\"", NONE);
    expect_codes("{&quot;zip_code&quot;:&quot;100000&quot;}", NONE);
    expect_codes("Array ( [sms_code] => 482913 )", NONE);
    expect_codes("<a href=\"/cb?state=x&amp;code=482913\">", NONE);
}

/* A link word ties a key to the word before it ("exited with code" is an exit code); behind a
 * verb, the word before is the verb's subject and names nothing ("item failed codes=" are the
 * item's status codes). */
Test(extract, words_behind_a_lead_word) {
    expect_codes("batch item failed codes=[\"040021\",\"000000\"] batch=b_1", "040021", "000000",
                 NONE);
    expect_codes("login returned code 040011", "040011", NONE);
    expect_codes("order failed code=040011", "040011", NONE);
    expect_codes("process exited with code 100000", NONE);
    expect_codes("sent sms with code 482913", NONE);
    expect_codes("worker exited with code=100000", NONE);
}

Test(extract, short_values_are_zero_padded_when_the_catalogue_has_them) {
    expect_codes("{\"code\":40011}", "040011", NONE);
    expect_codes("{\"code\": 0}", "000000", NONE);
    expect_codes("{\"code\":200}", NONE);
    expect_codes("{\"code\":404}", NONE);
    expect_codes("{\"code\":40011.5}", NONE);
    expect_codes("{\"amount\":40011}", NONE);
    expect_codes("code=40011", "040011", NONE);
    expect_codes("code=\"0\"", "000000", NONE);
    expect_codes("{Code:40011 Msg:x}", "040011", NONE);
}

Test(extract, bracketed_and_phrased) {
    expect_codes("[040004] The exchange rate has expired. Please refresh and try again.", "040004",
                 NONE);
    expect_codes("BizException: [040011] The information contains", "040011", NONE);
    expect_codes("Request failed with status 500000: Internal server error", "500000", NONE);
    expect_codes("upstream returned status code 404000", "404000", NONE);
    expect_codes("error code 070023 from card-svc", "070023", NONE);
}

Test(extract, several_codes_in_order) {
    expect_codes("upstream code=030006 mapped to code=500000", "030006", "500000", NONE);
    expect_codes("[040004] The exchange rate has expired then {\"code\":\"500000\"}", "040004",
                 "500000", NONE);
}

Test(extract, unknown_codes_in_code_positions) {
    size_t n;
    const cf_hit *h = cf_extract(x, "code=123456", 11, &n);
    cr_assert_eq(n, 1);
    cr_assert_null(h[0].entry);
    cr_assert_eq(cf_hit_category(&h[0]), CF_CAT_UNKNOWN);
    cr_assert_eq(h[0].start, 5);
    cr_assert_eq(h[0].end, 11);
}

Test(extract, decoys) {
    expect_codes("2025-09-02 10:15:32.500000 INFO started", NONE);
    expect_codes("amount=500000 currency=USD", NONE);
    expect_codes("{\"zip\":100028,\"amount\":500000}", NONE);
    expect_codes("order_no=040011", NONE);
    expect_codes("ref=ORD040011", NONE);
    expect_codes("trace=4f0a040011b3", NONE);
    expect_codes("txn=9040011882", NONE);
    expect_codes("phone=+85204001111", NONE);
    expect_codes("ver=1.040011", NONE);
    expect_codes("fee=500000.50", NONE);
    expect_codes("code=500000.50", NONE);
    expect_codes("code=0400112", NONE);
    expect_codes("code=040011ms", NONE);
    expect_codes("zip_code=100028 postal_code=040011 sms_code=040011", NONE);
    expect_codes("{\"orderCode\":\"040011\",\"zipCode\":\"100028\"}", NONE);
    expect_codes("payments[104000]: started", NONE);
    expect_codes("verification code 123456 sent", NONE);
    expect_codes("sms code=123456 verification code: 123456 zip code: 100000", NONE);
    expect_codes("Bank Code=040013 OTP code 123456", NONE);
    expect_codes("error code: 070023", "070023", NONE);
    expect_codes("{\"msg\":\"order 040011 not found\"}", NONE);
}

Test(extract, every_catalogue_code_in_text_and_json) {
    for (size_t i = 0; i < cf_catalogue_size(cat); i++) {
        const cf_entry *e = cf_catalogue_entry(cat, i);
        char line[64];
        snprintf(line, sizeof line, "code=%s", e->code);
        expect_codes(line, e->code, NONE);
        snprintf(line, sizeof line, "{\"code\":\"%s\"}", e->code);
        size_t n;
        const cf_hit *h = cf_extract(x, line, strlen(line), &n);
        cr_assert_eq(n, 1);
        cr_assert_eq(h[0].entry, e);
    }
}

/* A long line read by windows gives the same hits as read whole, whatever the windows' size:
 * lines made of the labelled set's lines (every rule, keys, lists, messages, JSON) joined with
 * spaces, cut into windows of 1 byte to 4 KB. */
Test(extract, windows_find_what_the_whole_line_has) {
    FILE *f = fopen(CF_SOURCE_DIR "/samples/labelled/lines.tsv", "r");
    cr_assert_not_null(f);
    char row[8192];
    size_t cap = 1 << 20, len = 0;
    char *line = malloc(cap);
    while (fgets(row, sizeof row, f) != NULL) {
        char *tab = strrchr(row, '\t');
        if (row[0] == '#' || tab == NULL)
            continue;
        size_t l = strcspn(tab + 1, "\n");
        if (len + l + 2 > cap)
            break;
        memcpy(line + len, tab + 1, l);
        len += l;
        line[len++] = ' ';
    }
    (void)fclose(f); /* read only: nothing is lost if closing fails */
    line[len++] = '\n';
    size_t whole_n;
    const cf_hit *h = cf_extract(x, line, len, &whole_n);
    cf_hit *whole = malloc(whole_n * sizeof *whole);
    memcpy(whole, h, whole_n * sizeof *whole);
    cr_assert_gt(whole_n, 1000);
    cf_extractor *w = cf_extractor_new(pats, cat);
    static const size_t sizes[] = {1, 2, 5, 7, 13, 64, 100, 333, 1000, 4096};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        size_t got = 0;
        for (size_t at = 0; at < len; at += sizes[k]) {
            size_t end = len - at > sizes[k] ? at + sizes[k] : len, n;
            const cf_hit *part = cf_extract_window(w, line, len, at, end, &n);
            for (size_t i = 0; i < n; i++, got++) {
                cr_assert_lt(got, whole_n, "windows of %zu: more hits", sizes[k]);
                const cf_hit *a = &whole[got], *b = &part[i];
                cr_assert(a->start == b->start && a->end == b->end &&
                              strcmp(a->code, b->code) == 0 && a->rule == b->rule &&
                              a->key_start == b->key_start && a->key_end == b->key_end,
                          "windows of %zu: hit %zu differs: %s at %zu, not %s at %zu", sizes[k],
                          got, b->code, b->start, a->code, a->start);
            }
        }
        cr_assert_eq(got, whole_n, "windows of %zu: %zu hits, not %zu", sizes[k], got, whole_n);
    }
    cf_extractor_free(w);
    free(whole);
    free(line);
}
