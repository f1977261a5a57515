/* merge.h - reads JSON summaries (codefilter -c --summary=json, from many hosts or many chunks of
 * one file) and adds them up exactly. */
#ifndef CF_MERGE_H
#define CF_MERGE_H

#include <stddef.h>

#include "catalogue.h"
#include "error.h"
#include "summary.h"

/* Adds to s every JSON summary in text[0..len): one or more objects, separated by white space
 * (one a line, as codefilter writes them). Codes are looked up in cat for their category and
 * message. Returns the number of summaries added, or -1 with err set to "NAME:LINE:COL: what is
 * wrong" (not JSON, a count that is not a non-negative integer, counts that do not add up, a
 * code that is not six digits, buckets that do not add up into s's); s then holds the summaries
 * before the bad one. When *adopt_bucket is 1 (--merge without --bucket), the first summary with
 * a timeline sets s's bucket width and sets it to 2; while it is 2, a summary whose buckets do not
 * divide s's widens s's to the least common multiple (up to 366 days). adopt_bucket may be NULL:
 * s's width stands. */
long cf_merge_summaries(cf_summary *s, const cf_catalogue *cat, const char *text, size_t len,
                        const char *name, int *adopt_bucket, cf_error *err);

#endif
