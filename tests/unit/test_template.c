#include <criterion/criterion.h>
#include <stdarg.h>
#include <string.h>

#include "helpers.h"
#include "template.h"

static cf_catalogue *cat;
static cf_templates *tpl;
static cf_template_matcher *m;

static void setup(void) {
    cf_error err;
    cat = builtin_catalogue();
    tpl = cf_templates_new(cat, &err);
    cr_assert_not_null(tpl, "%s", err.text);
    m = cf_template_matcher_new(tpl);
}

static void teardown(void) {
    cf_template_matcher_free(m);
    cf_templates_free(tpl);
    cf_catalogue_free(cat);
}

TestSuite(template, .init = setup, .fini = teardown);

/* Expects the rendered message of code in line, and its arguments (NULL-terminated). */
static void expect_args(const char *code, const char *line, const char *rendered, ...) {
    cf_hit h = {0, 6, "", cf_catalogue_find(cat, code), {0}, NULL, 0, 0};
    memcpy(h.code, code, 7);
    cr_assert_not_null(h.entry, "%s", code);
    cf_template_new_line(m);
    cr_assert_eq(cf_template_render(m, line, strlen(line), &h), 1, "%s not rendered in: %s", code,
                 line);
    cr_assert_eq(h.rendered.end - h.rendered.start, strlen(rendered), "%s: %.*s", code,
                 (int)(h.rendered.end - h.rendered.start), line + h.rendered.start);
    cr_assert_eq(memcmp(line + h.rendered.start, rendered, strlen(rendered)), 0);
    va_list ap;
    va_start(ap, rendered);
    int k = 0;
    for (const char *a; (a = va_arg(ap, const char *)) != NULL; k++) {
        size_t s = h.rendered.args[k][0], e = h.rendered.args[k][1];
        cr_assert_eq(e - s, strlen(a), "%s arg %d: %.*s", code, k, (int)(e - s), line + s);
        cr_assert_eq(memcmp(line + s, a, e - s), 0, "%s arg %d", code, k);
    }
    va_end(ap);
    cr_assert_eq(k, h.rendered.nargs);
}

#define END ((const char *)NULL) /* as va_arg reads it */

Test(template, all_eighteen_templates) {
    expect_args("010002", "code=010002 msg=\"payeeId is null\"", "payeeId is null", "payeeId", END);
    expect_args("010004", "{\"code\":\"010004\",\"msg\":\"Order 88 not found\"}",
                "Order 88 not found", "Order 88", END);
    expect_args("010005", "code=010005 msg=\"amount is required\" cost=3ms", "amount is required",
                "amount", END);
    expect_args("010006", "status=010006 err='currency is invalid'", "currency is invalid",
                "currency", END);
    expect_args("010007", "[010007] msg=\"Not supported: SGD\"", "Not supported: SGD", "SGD", END);
    expect_args("010008", "code=010008 msg=\"otp does not match\"", "otp does not match", "otp",
                END);
    expect_args("010010", "{\"code\":\"010010\",\"message\":\"Refund failed\"}", "Refund failed",
                "Refund", END);
    expect_args("010013", "code=010013 msg=\"Unknown transaction status: PENDING_X\"",
                "Unknown transaction status: PENDING_X", "PENDING_X", END);
    expect_args("040002", "code=040002 msg=\"ACH payment not supported\"",
                "ACH payment not supported", "ACH", END);
    expect_args("040016", "code=040016 msg=\"Failed to create payee: name too long\"",
                "Failed to create payee: name too long", "name too long", END);
    expect_args("040021", "code=040021 msg=\"HK bank code must be a 3-digit number\"",
                "HK bank code must be a 3-digit number", "HK", "3", END);
    expect_args("040022", "code=040022 msg=\"SG branch code must be a 3-digit number\"",
                "SG branch code must be a 3-digit number", "SG", "3", END);
    expect_args("040024", "code=040024 msg=\"Unsupported characters: @#. Only allowed: A-Z, 0-9\"",
                "Unsupported characters: @#. Only allowed: A-Z, 0-9", "@#", "A-Z, 0-9", END);
    expect_args("070003", "status=070003 err=\"Mobile area code not supported: +999\"",
                "Mobile area code not supported: +999", "+999", END);
    expect_args("100002", "code=100002 msg=\"invoice.pdf file is too large. Maximum size: 10MB\"",
                "invoice.pdf file is too large. Maximum size: 10MB", "invoice.pdf", "10MB", END);
    expect_args("110009", "{\"code\":\"110009\",\"msg\":\"Invalid currency: XYZ\"}",
                "Invalid currency: XYZ", "currency", "XYZ", END);
    expect_args("120001", "code=120001 msg=\"CDD error: sanctions hit\"",
                "CDD error: sanctions hit", "sanctions hit", END);
    expect_args("130001", "code=130001 msg=\"Account error: frozen\"", "Account error: frozen",
                "frozen", END);
}

Test(template, not_rendered) {
    const char *lines[] = {"code=010005 amount is required", "code=010005 msg=\"is required\"",
                           "code=040011 msg=\"x\"", "code=010005"};
    const char *codes[] = {"010005", "010005", "040011", "010005"};
    for (size_t i = 0; i < 4; i++) {
        cf_hit h = {0, 6, "", cf_catalogue_find(cat, codes[i]), {0}, NULL, 0, 0};
        cf_template_new_line(m);
        cr_assert_eq(cf_template_render(m, lines[i], strlen(lines[i]), &h), 0, "%s", lines[i]);
        cr_assert_eq(h.rendered.found, 0);
    }
}

/* An argument holds what its quotes allow: apostrophes and escaped quotes between double quotes,
 * double quotes between single ones. */
Test(template, quotes_inside_arguments) {
    expect_args("010005", "code=010005 msg=\"merchant's id is required\"",
                "merchant's id is required", "merchant's id", END);
    expect_args("010005", "{\"code\":\"010005\",\"msg\":\"a\\\"b is required\"}",
                "a\\\"b is required", "a\\\"b", END);
    expect_args("010005", "code=010005 err='say \"hi\" is required'", "say \"hi\" is required",
                "say \"hi\"", END);
    expect_args("110009", "code=110009 msg=\"Invalid currency: 'XYZ'\"", "Invalid currency: 'XYZ'",
                "currency", "'XYZ'", END);
}

static void expect_text(const char *in, size_t n, int quote, const char *want) {
    char out[64];
    size_t len = cf_template_text(in, n, quote, out, sizeof out, NULL);
    cr_assert_eq(len, strlen(want), "%.*s", (int)len, out);
    cr_assert_eq(memcmp(out, want, len), 0, "%.*s", (int)len, out);
}

/* What a reader sees: escapes decoded between double quotes only; NUL, control characters and
 * invalid UTF-8 as U+FFFD, so that a summary holds the same text however it was merged. */
Test(template, text_as_a_reader_sees_it) {
    expect_text("a\\\"b \\\\ \\/", 10, '"', "a\"b \\ /");
    expect_text("caf\\u00e9 \\ud83d\\ude00", 22, '"', "caf\xc3\xa9 \xf0\x9f\x98\x80");
    expect_text("a\\nb \\u0001 \\ud800x \\q", 22, '"', "a\\nb \\u0001 \xef\xbf\xbdx \\q");
    expect_text("a\\\"b", 4, '\'', "a\\\"b");
    expect_text("\xff"
                "a\0b\tc",
                6, '"',
                "\xef\xbf\xbd"
                "a\xef\xbf\xbd"
                "b\xef\xbf\xbd"
                "c");
    char out[5];
    size_t used;
    cr_assert_eq(cf_template_text("ab\xc3\xa9z", 5, '"', out, 3, &used), 2); /* é does not fit */
    cr_assert_eq(used, 2);
}

/* A line of many codes costs one match per template, not one per code: its renderings are the
 * same, and the next line is matched afresh. */
Test(template, each_template_is_matched_once_per_line) {
    cf_hit h = {0, 6, "010005", cf_catalogue_find(cat, "010005"), {0}, NULL, 0, 0};
    const char *a = "code=010005 msg=\"amount is required\" code=010005";
    const char *b = "code=010005 msg=\"currency is required\"";
    cf_template_new_line(m);
    cr_assert_eq(cf_template_render(m, a, strlen(a), &h), 1);
    size_t start = h.rendered.start;
    h.rendered.found = 0;
    cr_assert_eq(cf_template_render(m, a, strlen(a), &h), 1);
    cr_assert_eq(h.rendered.start, start);
    cf_template_new_line(m);
    cr_assert_eq(cf_template_render(m, b, strlen(b), &h), 1);
    cr_assert_eq(h.rendered.end - h.rendered.start, strlen("currency is required"));
}
