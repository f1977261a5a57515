#include "timestamp.h"

#include <stdio.h>
#include <string.h>

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian), after Howard Hinnant's days_from_civil. */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static void civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d) {
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

void cf_timestamp_format(int64_t ms, char out[CF_TIMESTAMP_LEN]) {
    int64_t secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    int64_t days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    int64_t rem = secs - days * 86400;
    int y;
    unsigned m, d;
    civil_from_days(days, &y, &m, &d);
    char buf[64]; /* room for any value, so that the compiler sees no truncation */
    snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02u:%02u:%02u.%03uZ", y % 10000, m, d,
             (unsigned)(rem / 3600), (unsigned)(rem / 60 % 60), (unsigned)(rem % 60),
             (unsigned)(ms - secs * 1000));
    memcpy(out, buf, CF_TIMESTAMP_LEN - 1);
    out[CF_TIMESTAMP_LEN - 1] = '\0';
}

#define ZONE_INVALID (24 * 60 * 100)

/* Reads exactly k digits at s; returns the value, or -1. */
static long digits(const char *s, const char *end, int k) {
    long v = 0;
    if (end - s < k)
        return -1;
    for (int i = 0; i < k; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The milliseconds of the digits at *p, a second's decimal fraction past its point (digits past
 * the third add nothing), moving *p past them. Returns -1, *p unmoved, when there is none. */
static long fraction(const char **p, const char *end) {
    const char *q = *p;
    long ms = 0, scale = 100;
    for (; q < end && *q >= '0' && *q <= '9'; q++, scale /= 10)
        ms += (*q - '0') * scale;
    long got = q == *p ? -1 : ms;
    *p = q;
    return got;
}

static long days_in_month(long y, long mo) {
    static const unsigned char days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return days[mo - 1] + (mo == 2 && leap);
}

/* The time in milliseconds, or INT64_MIN when a field is out of its range (2025-02-30, 24:00,
 * a zone of +25:00) or the time in UTC is outside the years 0001 to 9999, which the summary's
 * times are written in. */
static int64_t to_ms(long y, long mo, long d, long h, long mi, long sec, long ms, long zone_min) {
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 ||
        sec > 60 || zone_min == ZONE_INVALID)
        return INT64_MIN;
    int64_t days = days_from_civil(y, (unsigned)mo, (unsigned)d);
    int64_t t = ((days * 86400 + h * 3600 + mi * 60 + sec) - zone_min * 60) * 1000 + ms;
    int64_t first = days_from_civil(1, 1, 1) * 86400000,
            last = days_from_civil(10000, 1, 1) * 86400000;
    return t < first || t >= last ? INT64_MIN : t;
}

/* Reads a zone at *p: "Z", "+08:00", "+0800", "-05", or nothing (UTC). Returns minutes east, or
 * ZONE_INVALID for hours over 23 or minutes over 59. */
static long zone(const char **p, const char *end) {
    const char *s = *p;
    if (s < end && *s == 'Z') {
        *p = s + 1;
        return 0;
    }
    if (s >= end || (*s != '+' && *s != '-'))
        return 0;
    long sign = *s == '-' ? -1 : 1, h = digits(s + 1, end, 2), m = 0;
    if (h < 0)
        return 0;
    s += 3;
    if (s < end && *s == ':')
        s++;
    if ((m = digits(s, end, 2)) >= 0)
        s += 2;
    else
        m = 0;
    *p = s;
    if (h > 23 || m > 59)
        return ZONE_INVALID;
    return sign * (h * 60 + m);
}

/* ISO 8601 at s: YYYY-MM-DD[T ]hh:mm:ss[.,fraction][zone], or Go's YYYY/MM/DD hh:mm:ss. The
 * zone stands right after the time; after a blank only in brackets, as gunicorn writes it
 * ("[2025-09-02 10:15:32 +0000]"), so that "10:15:32 -1234 ms" has no zone. */
static int iso(const char *s, const char *end, int64_t *out) {
    if (end - s < 19)
        return 0;
    long y = digits(s, end, 4), mo = digits(s + 5, end, 2), d = digits(s + 8, end, 2);
    if (y < 0 || mo < 0 || d < 0 ||
        !((s[4] == '-' && s[7] == '-') || (s[4] == '/' && s[7] == '/')) ||
        (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':')
        return 0;
    long h = digits(s + 11, end, 2), mi = digits(s + 14, end, 2), sec = digits(s + 17, end, 2);
    if (h < 0 || mi < 0 || sec < 0)
        return 0;
    const char *p = s + 19;
    long ms = 0;
    if (p < end && (*p == '.' || *p == ',')) {
        p++;
        if ((ms = fraction(&p, end)) < 0)
            ms = 0;
    }
    if (p + 6 < end && *p == ' ' && (p[1] == '+' || p[1] == '-') && digits(p + 2, end, 4) >= 0 &&
        p[6] == ']')
        p++;
    int64_t t = to_ms(y, mo, d, h, mi, sec, ms, zone(&p, end));
    if (t == INT64_MIN)
        return 0;
    *out = t;
    return 1;
}

/* Access-log time at s: DD/Mon/YYYY:hh:mm:ss [zone]. */
static int clf(const char *s, const char *end, int64_t *out) {
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (end - s < 20 || s[2] != '/' || s[6] != '/' || s[11] != ':' || s[14] != ':' || s[17] != ':')
        return 0;
    const char *m = memmem(months, 36, s + 3, 3);
    long d = digits(s, end, 2), y = digits(s + 7, end, 4), h = digits(s + 12, end, 2);
    long mi = digits(s + 15, end, 2), sec = digits(s + 18, end, 2);
    if (m == NULL || (m - months) % 3 != 0 || d < 0 || y < 0 || h < 0 || mi < 0 || sec < 0)
        return 0;
    const char *p = s + 20;
    if (p < end && *p == ' ')
        p++;
    int64_t t = to_ms(y, (m - months) / 3 + 1, d, h, mi, sec, 0, zone(&p, end));
    if (t == INT64_MIN)
        return 0;
    *out = t;
    return 1;
}

/* An epoch number after a JSON member name at s ("ts": 1756808132...). */
static int epoch(const char *s, const char *end, int64_t *out) {
    static const char *const names[] = {"\"ts\"", "\"time\"", "\"timestamp\"", "\"@timestamp\""};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        size_t l = strlen(names[i]);
        if ((size_t)(end - s) < l || memcmp(s, names[i], l) != 0)
            continue;
        const char *p = s + l;
        while (p < end && (*p == ' ' || *p == ':'))
            p++;
        const char *q = p;
        int64_t v = 0;
        while (q < end && *q >= '0' && *q <= '9' && q - p < 14)
            v = v * 10 + (*q++ - '0');
        if (q < end && *q >= '0' && *q <= '9')
            return 0;
        if (q - p == 10 && q + 1 < end && *q == '.' && q[1] >= '0' && q[1] <= '9') {
            q++; /* zap's float epochs: 1756808132.987 */
            *out = v * 1000 + fraction(&q, end);
        } else if (q - p == 10)
            *out = v * 1000;
        else if (q - p == 13)
            *out = v;
        else
            return 0;
        return 1;
    }
    return 0;
}

int cf_timestamp_find(const char *s, size_t n, int64_t *ms) {
    const char *end = s + n;
    for (const char *p = s; p < end; p++) {
        char c = *p;
        if (c >= '0' && c <= '9') {
            if ((p == s || p[-1] < '0' || p[-1] > '9') && (iso(p, end, ms) || clf(p, end, ms)))
                return 1;
        } else if (c == '"' && epoch(p, end, ms)) {
            return 1;
        }
    }
    return 0;
}

int cf_duration_read(const char *s, int64_t *ms) {
    static const char units[] = "smhd";
    static const int64_t unit_ms[] = {1000, 60000, 3600000, 86400000};
    int64_t v = 0;
    int huge = 0;
    const char *p = s;
    for (; *p >= '0' && *p <= '9'; p++) {
        huge |= v > (INT64_MAX - 9) / 10;
        if (!huge)
            v = v * 10 + (*p - '0');
    }
    const char *unit = p > s && *p != '\0' && p[1] == '\0' ? strchr(units, *p) : NULL;
    if (unit == NULL)
        return 0;
    if (huge || v > INT64_MAX / unit_ms[unit - units])
        return -1; /* 200000000000d: more milliseconds than an int64_t holds */
    *ms = v * unit_ms[unit - units];
    return 1;
}

int cf_timestamp_parse(const char *s, int64_t now_ms, int64_t *ms, const char **why) {
    static const char *const form = "use a date and time such as 2026-11-30T14:05 or "
                                    "2026-11-30T14:05:00+01:00, or an age such as 45s, 30m, "
                                    "2h or 1d";
    const char *end = s + strlen(s), *p;
    int64_t ago;
    int a = cf_duration_read(s, &ago);
    *why = form;
    if (a > 0 && now_ms - ago >= days_from_civil(1, 1, 1) * 86400000) {
        *ms = now_ms - ago;
        return 0;
    }
    if (a != 0) {
        *why = "the age goes back before the year 1";
        return -1;
    }
    if (end - s < 10)
        return -1;
    long y = digits(s, end, 4), mo = digits(s + 5, end, 2), d = digits(s + 8, end, 2);
    long h = 0, mi = 0, sec = 0, frac = 0, zone_min = 0;
    if (y < 0 || mo < 0 || d < 0 || s[4] != '-' || s[7] != '-')
        return -1;
    p = s + 10;
    if (p < end && (*p == 'T' || *p == 't' || *p == ' ')) {
        h = digits(p + 1, end, 2);
        mi = p + 3 < end && p[3] == ':' ? digits(p + 4, end, 2) : -1;
        if (h < 0 || mi < 0)
            return -1;
        p += 6;
        if (p < end && *p == ':') {
            if ((sec = digits(p + 1, end, 2)) < 0)
                return -1;
            p += 3;
            if (p < end && (*p == '.' || *p == ',')) {
                p++;
                if ((frac = fraction(&p, end)) < 0)
                    return -1; /* a decimal point without digits */
            }
        }
        zone_min = zone(&p, end);
    }
    if (p != end) {
        *why = "unexpected text after the time (a zone is Z, +01:00, +0100 or -05)";
        return -1;
    }
    *ms = to_ms(y, mo, d, h, mi, sec, frac, zone_min);
    *why = "a field is out of its range (no such date, hour, minute, second or zone)";
    return *ms == INT64_MIN ? -1 : 0;
}

void cf_timestamp_json(cf_out *o, int known, int64_t ms) {
    char t[CF_TIMESTAMP_LEN];
    if (!known) {
        cf_out_puts(o, "null");
        return;
    }
    cf_timestamp_format(ms, t);
    cf_out_printf(o, "\"%s\"", t);
}
