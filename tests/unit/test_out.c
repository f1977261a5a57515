#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "helpers.h"
#include "out.h"

Test(out, buffers_and_writes_in_order) {
    membuf m;
    cf_out *o = membuf_out(&m);
    cf_out_puts(o, "hello, ");
    cf_out_putc(o, 'w');
    cf_out_printf(o, "orld %d", 42);
    cf_out_write(o, " and a long span that is larger than the buffer", 47);
    cr_assert_str_eq(membuf_take(&m, o),
                     "hello, world 42 and a long span that is larger than the buffer");
    free(m.data);
}

Test(out, json_strings) {
    membuf m;
    cf_out *o = membuf_out(&m);
    cr_assert_eq(cf_out_json_string(o, "a\"b\\c\n\t\x01é", 10), 0);
    cr_assert_eq(cf_out_json_string(o, "\xff\xc3(\xed\xa0\x80", 6), 1);
    cr_assert_str_eq(membuf_take(&m, o), "\"a\\\"b\\\\c\\n\\t\\u0001é\"\"\xEF\xBF\xBD\xEF\xBF\xBD("
                                         "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    free(m.data);
}

static ssize_t full(void *ctx, const void *p, size_t n) {
    (void)ctx, (void)p, (void)n;
    errno = ENOSPC;
    return -1;
}

Test(out, errors_are_sticky) {
    cf_out *o = cf_out_new(full, NULL, 4);
    cf_out_puts(o, "ab");
    cr_assert_eq(cf_out_errno(o), 0);
    cr_assert_eq(cf_out_flush(o), -1);
    cr_assert_eq(cf_out_errno(o), ENOSPC);
    cf_out_puts(o, "more");
    cr_assert_eq(cf_out_flush(o), -1);
    cr_assert_eq(cf_out_errno(o), ENOSPC);
    cf_out_free(o);
}

Test(out, memory_sink_grows_and_is_taken) {
    cf_out *o = cf_out_new_memory(4);
    for (int i = 0; i < 1000; i++)
        cf_out_puts(o, "0123456789");
    size_t len;
    const char *text = cf_out_take(o, &len);
    cr_assert_eq(len, 10000);
    cr_assert_eq(memcmp(text + 9990, "0123456789", 10), 0);
    cf_out_puts(o, "x");
    text = cf_out_take(o, &len);
    cr_assert_eq(len, 1);
    cr_assert_eq(text[0], 'x');
    cf_out_free(o);
}
