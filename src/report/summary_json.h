/* summary_json.h - the JSON summary, the one format that is also read: written for
 * --summary=json, and read back, checked and added up for --merge (merge.c finds each summary in
 * its input and hands it here). */
#ifndef CF_SUMMARY_JSON_H
#define CF_SUMMARY_JSON_H

#include <stddef.h>

#include "catalogue.h"
#include "member.h"
#include "out.h"
#include "summary.h"

/* Writes s as one JSON object on one line (see cf_report_write for its members), listing codes[n]
 * and the timeline's buckets b[nb] as cf_summary_codes and cf_summary_timeline give them. */
void cf_summary_json_write(const cf_summary *s, const cf_code_count *codes, size_t n,
                           const cf_bucket *b, size_t nb, cf_out *o);

/* Parses the JSON value in pl->text[pl->off..end), checks that it is a summary whose counts add up
 * and adds it to s, its codes looked up in cat for their category and message; pl->adopt_bucket
 * is as cf_merge_summaries says. Returns 0, or -1 with pl->err set to "NAME:LINE:COL: what is
 * wrong" (see cf_merge_summaries). */
int cf_summary_json_add(cf_summary *s, const cf_catalogue *cat, const cf_member_place *pl,
                        size_t end);

#endif
