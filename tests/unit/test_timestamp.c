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

/* --since and --until: TIME as a user writes it. */
#define NOW 1764511500000LL /* 2025-11-30T14:05:00.000Z */

static void expect_parsed(const char *time, const char *want) {
    int64_t ms;
    const char *why = NULL;
    char got[CF_TIMESTAMP_LEN];
    cr_assert_eq(cf_timestamp_parse(time, NOW, &ms, &why), 0, "refused '%s': %s", time, why);
    cf_timestamp_format(ms, got);
    cr_assert_str_eq(got, want, "for '%s'", time);
}

static void expect_refused(const char *time, const char *why_has) {
    int64_t ms;
    const char *why = NULL;
    cr_assert_eq(cf_timestamp_parse(time, NOW, &ms, &why), -1, "took '%s'", time);
    cr_assert_not_null(why);
    cr_assert_not_null(strstr(why, why_has), "for '%s': %s", time, why);
}

Test(timestamp_parse, dates_and_times) {
    expect_parsed("2026-11-30", "2026-11-30T00:00:00.000Z");
    expect_parsed("2026-11-30T14:05", "2026-11-30T14:05:00.000Z");
    expect_parsed("2026-11-30 14:05", "2026-11-30T14:05:00.000Z");
    expect_parsed("2026-11-30t14:05:30", "2026-11-30T14:05:30.000Z");
    expect_parsed("2026-11-30T14:05:30.25", "2026-11-30T14:05:30.250Z");
    expect_parsed("2026-11-30T14:05:30,123456", "2026-11-30T14:05:30.123Z");
    expect_parsed("2024-02-29T23:59:59", "2024-02-29T23:59:59.000Z");
}

/* No zone is UTC, as timestamp.c reads a line without one: a window and the lines agree. */
Test(timestamp_parse, zones) {
    expect_parsed("2026-11-30T14:05Z", "2026-11-30T14:05:00.000Z");
    expect_parsed("2026-11-30T15:05+01:00", "2026-11-30T14:05:00.000Z");
    expect_parsed("2026-11-30T15:05:00+0100", "2026-11-30T14:05:00.000Z");
    expect_parsed("2026-11-30T09:05-05", "2026-11-30T14:05:00.000Z");
    expect_parsed("2026-12-01T00:30+10:25", "2026-11-30T14:05:00.000Z");
}

Test(timestamp_parse, ages) {
    expect_parsed("30m", "2025-11-30T13:35:00.000Z");
    expect_parsed("2h", "2025-11-30T12:05:00.000Z");
    expect_parsed("1d", "2025-11-29T14:05:00.000Z");
    expect_parsed("45s", "2025-11-30T14:04:15.000Z");
    expect_parsed("0s", "2025-11-30T14:05:00.000Z");
    expect_parsed("366d", "2024-11-29T14:05:00.000Z");
}

Test(timestamp_parse, refused) {
    const char *form = "such as 2026-11-30T14:05";
    expect_refused("", form);
    expect_refused("xyz", form);
    expect_refused("30", form);
    expect_refused("30w", form);
    expect_refused("m", form);
    expect_refused("-30m", form);
    expect_refused("30mm", form);
    expect_refused("2026-11", form);
    expect_refused("2026/11/30", form);
    expect_refused("2026-11-30T14", form);
    expect_refused("2026-11-30T14:5", form);
    expect_refused("2026-11-30T14:05:3", form);
    expect_refused("2026-11-30T14:05:30.", form);
    expect_refused("1764511500", form);
    expect_refused("2026-11-30T14:05 UTC", "after the time");
    expect_refused("2026-11-30T14:05+1", "after the time");
    expect_refused("2026-11-30x", "after the time");
    expect_refused("2026-02-29", "out of its range");
    expect_refused("2026-13-01", "out of its range");
    expect_refused("2026-11-30T24:00", "out of its range");
    expect_refused("2026-11-30T14:60", "out of its range");
    expect_refused("2026-11-30T14:05+24:00", "out of its range");
    expect_refused("0000-01-01", "out of its range");
    expect_refused("99999999999999d", "before the year 1");
    expect_refused("800000d", "before the year 1");
    /* Ages whose milliseconds overflow an int64_t once wrapped round to a time after now. */
    expect_refused("106751991168d", "before the year 1");
    expect_refused("200000000000d", "before the year 1");
    expect_refused("213503982336d", "before the year 1");
    expect_refused("1000000000009d", "before the year 1");
    expect_refused("2562047788016h", "before the year 1");
}
