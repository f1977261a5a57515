/* timestamp.h - finds the time a log line was written. */
#ifndef CF_TIMESTAMP_H
#define CF_TIMESTAMP_H

#include <stddef.h>
#include <stdint.h>

#include "out.h"

/* Finds the first timestamp in s[0..n) and sets *ms to it, in milliseconds since 1970-01-01 UTC.
 * Understood: ISO 8601 dates and times ("2025-09-02T10:15:32.123Z", "2025-09-02 10:15:32,123",
 * "+08:00", "+0800" or no zone, which is taken as UTC), access-log times
 * ("[02/Sep/2025:10:15:32 +0000]"), and epoch seconds or milliseconds as the value of a JSON member
 * named ts, time, timestamp or @timestamp ("ts":1756808132 or "time":1756808132123). Returns 1
 * when one was found, else 0. */
int cf_timestamp_find(const char *s, size_t n, int64_t *ms);

/* Parses a TIME as --since and --until take it, into *ms (milliseconds since 1970 UTC): an ISO 8601
 * date, with a time or not ("2026-11-30", "2026-11-30T14:05", "2026-11-30 14:05:30.250"), and a
 * zone or not ("Z", "+01:00", "+0100", "-05"; none is UTC, as for the lines); or an age, a number
 * and a unit s, m, h or d ("30m"), meaning now_ms minus that. Returns 0, or -1 with *why set to a
 * static text that says what is wrong. */
int cf_timestamp_parse(const char *s, int64_t now_ms, int64_t *ms, const char **why);

/* The size of a formatted timestamp, with its NUL. */
#define CF_TIMESTAMP_LEN 25

/* Writes ms (milliseconds since 1970 UTC) as "2025-09-02T10:15:32.123Z" into out. */
void cf_timestamp_format(int64_t ms, char out[CF_TIMESTAMP_LEN]);

/* Writes the time ms as a JSON string ("2025-09-02T14:05:00.000Z"), or null when it is not known.
 */
/* Reads a duration: digits and a unit s, m, h or d, the whole of s ("30m"; 0 is one). Returns 1
 * and sets *ms, 0 when s is not one, or -1 when it is one too large for an int64_t of
 * milliseconds. */
int cf_duration_read(const char *s, int64_t *ms);

void cf_timestamp_json(cf_out *o, int known, int64_t ms);

#endif
