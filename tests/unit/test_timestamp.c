#include <criterion/criterion.h>
#include <string.h>

#include "timestamp.h"

static void expect_time(const char *line, const char *want) {
    int64_t ms;
    char got[CF_TIMESTAMP_LEN];
    cr_assert_eq(cf_timestamp_find(line, strlen(line), &ms), 1, "no time in: %s", line);
    cf_timestamp_format(ms, got);
    cr_assert_str_eq(got, want, "in: %s", line);
}

static void expect_none(const char *line) {
    int64_t ms;
    cr_assert_eq(cf_timestamp_find(line, strlen(line), &ms), 0, "found a time in: %s", line);
}

Test(timestamp, iso_8601) {
    expect_time("2025-09-02T10:15:32.123Z INFO x", "2025-09-02T10:15:32.123Z");
    expect_time("2025-09-02 10:15:32.123  INFO 1 --- [main]", "2025-09-02T10:15:32.123Z");
    expect_time("2025-09-02 10:15:32,123 - card - WARN", "2025-09-02T10:15:32.123Z");
    expect_time("time=2025-09-02T10:15:32.500000Z level=error", "2025-09-02T10:15:32.500Z");
    expect_time("2025-09-02T18:15:32+08:00 x", "2025-09-02T10:15:32.000Z");
    expect_time("2025-09-02T05:15:32-0500 x", "2025-09-02T10:15:32.000Z");
    expect_time("{\"ts\":\"2025-09-02T10:15:32Z\"}", "2025-09-02T10:15:32.000Z");
    expect_time("2024-02-29T23:59:59Z", "2024-02-29T23:59:59.000Z");
    expect_time("1999-12-31T23:59:59.999Z", "1999-12-31T23:59:59.999Z");
}

Test(timestamp, access_log) {
    expect_time("10.0.0.1 - - [02/Sep/2025:10:15:32 +0000] \"GET / HTTP/1.1\" 200",
                "2025-09-02T10:15:32.000Z");
    expect_time("[02/Sep/2025:12:15:32 +0200]", "2025-09-02T10:15:32.000Z");
}

Test(timestamp, epoch_in_json) {
    expect_time("{\"level\":50,\"time\":1756808132123,\"msg\":\"x\"}", "2025-09-02T10:15:32.123Z");
    expect_time("{\"ts\": 1756808132}", "2025-09-02T10:15:32.000Z");
    expect_time("{\"@timestamp\":1756808132}", "2025-09-02T10:15:32.000Z");
    expect_none("{\"amount\":1756808132}");
    expect_none("{\"ts\":17568081}");
}

Test(timestamp, none) {
    expect_none("");
    expect_none("code=040011 amount=500000");
    expect_none("2025-09-02");
    expect_none("2025-13-02T10:15:32Z");
    expect_none("12025-09-02T10:15:32Z x 2025-09");
    expect_none("02/Sep/2025");
}

/* A date or zone out of its range is not a time (it would otherwise roll into the next month). */
Test(timestamp, out_of_range_fields) {
    expect_none("2025-02-29T10:15:32Z");
    expect_none("2025-04-31T10:15:32Z");
    expect_none("1900-02-29T10:15:32Z");
    expect_time("2000-02-29T10:15:32Z", "2000-02-29T10:15:32.000Z");
    expect_none("31/Jun/2025:10:15:32 +0000");
    expect_none("2025-09-02T24:00:00Z");
    expect_none("2025-09-02T10:15:32+25:00");
    expect_none("2025-09-02T10:15:32+08:60");
    expect_time("2025-09-02T23:59:32-23:59", "2025-09-03T23:58:32.000Z");
}

/* Times are written with four-digit years: a time that a zone moves out of 0001-9999 is none. */
Test(timestamp, years_one_to_9999) {
    expect_none("9999-12-31T23:59:59-01:00");
    expect_none("0000-01-01T00:30:00+01:00");
    expect_none("0001-01-01T00:30:00+01:00");
    expect_time("9999-12-31T23:59:59Z", "9999-12-31T23:59:59.000Z");
    expect_time("0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000Z");
}

Test(timestamp, the_formats_of_go_zap_and_gunicorn) {
    expect_time("2025/09/02 10:15:32 main.go:12: x", "2025-09-02T10:15:32.000Z");
    expect_time("{\"level\":\"error\",\"ts\":1756808132.987,\"msg\":\"x\"}",
                "2025-09-02T10:15:32.987Z");
    expect_time("[2025-09-02 12:15:32 +0200] [1] [INFO] Booting", "2025-09-02T10:15:32.000Z");
    expect_time("2025-09-02 10:15:32 -1234 ms", "2025-09-02T10:15:32.000Z");
}
