#include <criterion/criterion.h>
#include <string.h>

#include "json.h"

static void expect_object(const char *s, size_t close, int empty) {
    size_t c = 0;
    int e = -1;
    cr_assert_eq(cf_json_object_line(s, strlen(s), &c, &e), 1, "not an object: %s", s);
    cr_assert_eq(c, close, "close of %s: %zu", s, c);
    cr_assert_eq(e, empty, "empty of %s", s);
}

static void expect_not_object(const char *s) {
    size_t c;
    int e;
    cr_assert_eq(cf_json_object_line(s, strlen(s), &c, &e), 0, "taken for an object: %s", s);
}

Test(json, objects) {
    expect_object("{}", 1, 1);
    expect_object("{ }", 2, 1);
    expect_object("{\"a\":1}", 6, 0);
    expect_object("  {\"a\":[1,2,{\"b\":null}],\"c\":\"x\\\"}\"}  \r", 34, 0);
    expect_object("{\"n\":-1.5e+10,\"t\":true,\"f\":false,\"u\":\"\\u00e9\"}", 45, 0);
    expect_object("{\"big\":9010005123456789012}", 26, 0);
}

Test(json, not_objects) {
    expect_not_object("");
    expect_not_object("[1,2]");
    expect_not_object("\"s\"");
    expect_not_object("{");
    expect_not_object("{\"a\":1");
    expect_not_object("{\"a\":1}}");
    expect_not_object("{\"a\":1} trailing");
    expect_not_object("{\"a\":01}");
    expect_not_object("{\"a\":1.}");
    expect_not_object("{\"a\":.5}");
    expect_not_object("{\"a\":tru}");
    expect_not_object("{\"a\":\"x\ty\"}");
    expect_not_object("{\"a\":\"\\q\"}");
    expect_not_object("{\"a\":\"\\u12\"}");
    expect_not_object("{a:1}");
    expect_not_object("{\"a\" 1}");
    expect_not_object("{\"a\":1,}");
    expect_not_object("{\"a\":[1,]}");
    expect_not_object("{\"a\":[1}]");
    expect_not_object("{\"a\":1}{\"b\":2}");
}

Test(json, any_depth_is_valid_without_the_c_stack) {
    size_t n = 200000;
    char *s = malloc(2 * n + 8);
    size_t k = 0;
    s[k++] = '{';
    memcpy(s + k, "\"a\":", 4);
    k += 4;
    for (size_t i = 0; i < n; i++)
        s[k++] = '[';
    for (size_t i = 0; i < n; i++)
        s[k++] = ']';
    s[k++] = '}';
    size_t c;
    int e;
    cr_assert_eq(cf_json_object_line(s, k, &c, &e), 1);
    cr_assert_eq(c, k - 1);
    s[k - 2] = '}'; /* a wrong closer, 200,000 levels down */
    cr_assert_eq(cf_json_object_line(s, k, &c, &e), 0);
    s[k - 2] = ']';
    s[n / 2 + 5] = '{'; /* an object where a value was wanted, then "]": invalid */
    cr_assert_eq(cf_json_object_line(s, k, &c, &e), 0);
    free(s);
}

Test(json, nesting_across_the_in_place_stack) {
    enum { LEVELS = 5000 }; /* objects and arrays in turn, past the 4096 levels kept in place */
    char *s = malloc(LEVELS * 6 + 16);
    size_t k = 0;
    s[k++] = '{';
    memcpy(s + k, "\"a\":", 4);
    k += 4;
    for (int i = 0; i < LEVELS; i++) {
        if (i % 2) {
            memcpy(s + k, "{\"k\":", 5);
            k += 5;
        } else {
            s[k++] = '[';
        }
    }
    s[k++] = '1';
    for (int i = LEVELS - 1; i >= 0; i--)
        s[k++] = i % 2 ? '}' : ']';
    s[k++] = '}';
    size_t c;
    int e;
    cr_assert_eq(cf_json_object_line(s, k, &c, &e), 1);
    cr_assert_eq(c, k - 1);
    s[k - 3] = s[k - 3] == '}' ? ']' : '}'; /* one closer swapped */
    cr_assert_eq(cf_json_object_line(s, k, &c, &e), 0);
    free(s);
}

Test(json, locate) {
    const char *doc = "{\n  \"x\": 1,\n  \"codes\": [\n    {\"code\": \"1\"},\n    {\"a\": [], "
                      "\"code\": \"040011\"}\n  ]\n}";
    cf_json_step path[] = {{"codes", 0}, {NULL, 1}, {"code", 0}};
    size_t off;
    cr_assert_eq(cf_json_locate(doc, strlen(doc), path, 3, &off), 0);
    cr_assert_eq(strncmp(doc + off, "\"040011\"", 8), 0, "at %s", doc + off);
    cf_json_step missing[] = {{"codes", 0}, {NULL, 2}};
    cr_assert_eq(cf_json_locate(doc, strlen(doc), missing, 2, &off), -1);
    cf_json_step none[] = {{"nope", 0}};
    cr_assert_eq(cf_json_locate(doc, strlen(doc), none, 1, &off), -1);
}

/* A JSON line written with a UTF-8 byte order mark is an object line too, spliced like any other.
 */
Test(json, object_line_after_a_byte_order_mark) {
    size_t close;
    int empty;
    const char *s = "\xEF\xBB\xBF{\"code\":\"500000\"}";
    cr_assert_eq(cf_json_object_line(s, strlen(s), &close, &empty), 1);
    cr_assert_eq(close, strlen(s) - 1);
    cr_assert_eq(empty, 0);
    s = "\xEF\xBB{\"code\":1}";
    cr_assert_eq(cf_json_object_line(s, strlen(s), &close, &empty), 0, "half a mark is not one");
}
