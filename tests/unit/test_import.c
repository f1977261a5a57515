#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "import.h"

static long import(const char *text, char **json, cf_error *err) {
    membuf m;
    cf_out *o = membuf_out(&m);
    long n = cf_catalogue_import(text, strlen(text), "ref.txt", o, err);
    *json = (char *)membuf_take(&m, o);
    return n;
}

Test(import, the_reference_format_and_markdown_tables) {
    char *json;
    cf_error err;
    const char *text = "API Status Code Reference\n\n1. Success\n\nCodeMessage\n000000Transaction "
                       "succeeded\n\n**2. Validation & Business Errors**\n\n| Code | Message |\n"
                       "|---|---|\n| 010005 | {0} is required |\n010006 {0} is invalid\n\n"
                       "Document updated on: September 2, 2025";
    cr_assert_eq(import(text, &json, &err), 3, "%s", err.text);
    cr_assert_str_eq(json, "{\n  \"source\": \"API Status Code Reference (document updated on "
                           "September 2, 2025)\",\n  \"codes\": [\n"
                           "    {\"code\": \"000000\", \"category\": \"success\", \"message\": "
                           "\"Transaction succeeded\"},\n"
                           "    {\"code\": \"010005\", \"category\": \"validation\", \"message\": "
                           "\"{0} is required\"},\n"
                           "    {\"code\": \"010006\", \"category\": \"validation\", \"message\": "
                           "\"{0} is invalid\"}\n  ]\n}\n");
    free(json);
}

static void expect_error(const char *text, const char *want) {
    char *json;
    cf_error err = {{0}};
    cr_assert_eq(import(text, &json, &err), -1, "%s", text);
    cr_assert_str_eq(err.text, want);
    free(json);
}

Test(import, errors) {
    expect_error("000000Transaction succeeded\n",
                 "ref.txt:1: code 000000 stands before any section");
    expect_error("1. Success\n000000a\n000000b\n", "ref.txt:3: code 000000 appears twice");
    expect_error("1. Success\n5. Fatal Errors\n", "ref.txt:2: unknown section \"5. Fatal Errors\"");
    expect_error("1. Success\n000000Tab\there\n",
                 "ref.txt:2: code 000000 has a control character in its message (a catalogue "
                 "message is one line of text)");
    expect_error("just text\n",
                 "ref.txt: no codes found (expected lines such as \"000000Transaction "
                 "succeeded\" under numbered sections)");
}

/* Markdown around the codes comes off; the messages keep every character of their own, trailing
 * '#' and '*' included, and a table's "\|" is a '|'. */
Test(import, markdown_marks_and_message_characters) {
    char *json;
    cf_error err;
    const char *text = "### 1. Success ###\n"
                       "- `000000` - Transaction succeeded\n"
                       "**4. Server Errors**\n"
                       "| Code | Message | Since |\n| --- | --- | --- |\n"
                       "| **500000** | Internal server error: see ticket #4 | v1 |\n"
                       "| 500001 | Use a\\|b, not a*b* | v2 |\n"
                       "500002: Rate in flight*\n"
                       "`5000031` Not a code\n"
                       "| 50000 | Not a code either |\n"
                       "**Document updated on:** May 1, 2026\n";
    cr_assert_eq(import(text, &json, &err), 4, "%s", err.text);
    cr_assert_str_eq(json, "{\n  \"source\": \"API Status Code Reference (document updated on "
                           "May 1, 2026)\",\n  \"codes\": [\n"
                           "    {\"code\": \"000000\", \"category\": \"success\", \"message\": "
                           "\"Transaction succeeded\"},\n"
                           "    {\"code\": \"500000\", \"category\": \"server\", \"message\": "
                           "\"Internal server error: see ticket #4\"},\n"
                           "    {\"code\": \"500001\", \"category\": \"server\", \"message\": "
                           "\"Use a|b, not a*b*\"},\n"
                           "    {\"code\": \"500002\", \"category\": \"server\", \"message\": "
                           "\"Rate in flight*\"}\n  ]\n}\n");
    free(json);
}
