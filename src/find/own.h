/* own.h - codefilter's own annotations, found in a line so that they are never read as part of
 * it: a line that went through codefilter once (its output piped into it again, or a log that
 * recorded it) is read as it was before. The formats are those annotate.h writes. */
#ifndef CF_OWN_H
#define CF_OWN_H

#include <stddef.h>

#include "catalogue.h"

/* The name of the member spliced into JSON lines. */
#define CF_ANNOTATE_MEMBER "codefilter"

/* What a JSON line of another kind than an object is wrapped in: {"value":LINE,"codefilter":[...]}.
 */
#define CF_ANNOTATE_WRAPPER "{\"value\":"

/* The length of the line's terminator: 2 for "\r\n", 1 for "\n", 0 for none. */
size_t cf_line_terminator(const char *line, size_t len);

/* Finds codefilter's own annotation in line[0..len) (with its '\n' if it has one), so that it is
 * never read as part of the line: the text annotations "\t[CODE CATEGORY] MESSAGE..." that end it
 * before its terminator, the member spliced into a JSON object line, or the wrapper around
 * another JSON value. Only what codefilter would have written with cat is taken for it: each
 * code's category is cat's, and a text annotation's message cat's (or a rendering of a template);
 * each element of a member has no members but codefilter's. Returns 1 and sets *keep, *from and
 * *to so that the line as it was is line[*keep..*from) followed by line[*to..len), or returns 0
 * when the line has none. */
int cf_annotation_find(const char *line, size_t len, const cf_catalogue *cat, size_t *keep,
                       size_t *from, size_t *to);

/* The line as it was before codefilter annotated it: when line[0..*len) carries its own annotation
 * (see cf_annotation_find), copies the line without it into *buf (of *cap bytes, grown as
 * needed; the caller frees it), sets *len, *keep and *from (the original's bytes were
 * line[*keep..*from) and what followed the annotation) and returns *buf; otherwise, or when
 * memory runs out (then *len is unchanged and *keep is SIZE_MAX), returns line. */
const char *cf_annotation_strip(const char *line, size_t *len, const cf_catalogue *cat, char **buf,
                                size_t *cap, size_t *keep, size_t *from);

#endif
