#include "member.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "timestamp.h"

void cf_member_position(const char *text, size_t off, size_t line0, size_t col0, size_t *line,
                        size_t *col) {
    size_t l, c;
    cf_error_position(text, off, off, &l, &c);
    *line = line0 + l - 1;
    *col = l == 1 ? col0 + c - 1 : c;
}

int cf_member_fail(const cf_member_place *pl, const char *what) {
    size_t line, col;
    cf_member_position(pl->text, pl->off < pl->len ? pl->off : pl->len, pl->line0, pl->col0, &line,
                       &col);
    return cf_error_set(pl->err, "%s:%zu:%zu: %s", pl->name, line, col, what);
}

int cf_member_must(const cf_member_place *pl, const char *member, const char *must) {
    char msg[200];
    snprintf(msg, sizeof msg, "summary: \"%s\" must be %s", member, must);
    return cf_member_fail(pl, msg);
}

int cf_member_count(const cf_member_place *pl, const cJSON *v, const char *what,
                    unsigned long long *out) {
    if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 9007199254740992.0 ||
        floor(v->valuedouble) != v->valuedouble)
        return cf_member_must(pl, what, "a non-negative integer");
    *out = (unsigned long long)v->valuedouble;
    return 0;
}

int cf_member_time(const cf_member_place *pl, const cJSON *v, const char *what, int *known,
                   int64_t *ms) {
    *known = 0;
    if (v == NULL || cJSON_IsNull(v))
        return 0;
    /* The whole string a date and time (as --since reads one, an age aside), not a line that
     * holds one somewhere. */
    const char *why;
    if (!cJSON_IsString(v) || strchr(v->valuestring, '-') == NULL ||
        cf_timestamp_parse(v->valuestring, 0, ms, &why) != 0)
        return cf_member_must(pl, what, "a time such as \"2025-09-02T10:15:32.123Z\" or null");
    *known = 1;
    return 0;
}

unsigned long long cf_member_plus(unsigned long long a, unsigned long long b) {
    return b > ~0ULL - a ? ~0ULL : a + b;
}
