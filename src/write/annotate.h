/* annotate.h - writes a line with its codes: unchanged text plus annotations, or one JSON object.
 *
 * Text annotation format: each code adds "\t[CODE CATEGORY] MESSAGE" at the end of the line
 * (MESSAGE rendered with its arguments when the line carries it so: "amount is required"),
 * before its line terminator ("\n" or "\r\n"), in the order the codes stand in the line. A line
 * that is one JSON object gets instead a member spliced in before its final '}':
 * ,"codefilter":[{"code":...,"category":...,"category_name":...,"message":...}]
 * A line that is one JSON value of another kind (an array, a string...) is wrapped, so that it
 * stays one JSON value: {"value":LINE,"codefilter":[...]}. Every byte of the input line is
 * written unchanged. */
#ifndef CF_ANNOTATE_H
#define CF_ANNOTATE_H

#include <stddef.h>

#include "extract.h"
#include "out.h"
#include "own.h"

/* What the lines go out as: text with annotations, or one JSON object each (--output). */
typedef enum cf_output_mode { CF_OUTPUT_TEXT, CF_OUTPUT_JSONL } cf_output_mode;

/* Writes one line (len bytes, including its '\n' if it has one) with its n hits in text mode.
 * With color, the codes in the line and the annotations are wrapped in ANSI colors. */
void cf_annotate_text(cf_out *o, const char *line, size_t len, const cf_hit *hits, size_t n,
                      int color);

/* Writes the line as one JSON object on one line:
 * {"file":...,"line":N,"text":"...","codes":[...]} where "file" is present only when file is not
 * NULL, and "text" is the line without its '\n'. When the line is not valid UTF-8, "text" has
 * U+FFFD in place of the invalid bytes and a member "bytes" holds the exact line in base64. */
void cf_annotate_jsonl(cf_out *o, const char *file, unsigned long long lineno, const char *line,
                       size_t len, const cf_hit *hits, size_t n);

/* Writes a context line (-A, -B, -C: shown near a selected line, not selected itself) as one JSON
 * object: {"file":...,"line":N,"text":"...","context":true,"codes":[]}, with "bytes" as above. */
void cf_annotate_jsonl_context(cf_out *o, const char *file, unsigned long long lineno,
                               const char *line, size_t len);

/* A line longer than --max-line in jsonl output, written as it streams in pieces:
 * {"file":...,"line":N,"long":true,"bytes":"BASE64","codes":[]} where "bytes" holds the exact
 * line without its '\n'. Start, then every piece in order, then end. */
typedef struct cf_long_jsonl {
    unsigned char carry[3]; /* bytes not yet encoded: base64 takes three at a time */
    int ncarry;
} cf_long_jsonl;

void cf_annotate_long_start(cf_out *o, cf_long_jsonl *st, const char *file,
                            unsigned long long lineno);
void cf_annotate_long_piece(cf_out *o, cf_long_jsonl *st, const char *piece, size_t n);
void cf_annotate_long_end(cf_out *o, cf_long_jsonl *st);

/* Annotating a line whose hits come a window at a time (a line too long to hold them all), in
 * text or jsonl output, the same bytes as cf_annotate_text or cf_annotate_jsonl write: open, then
 * with color each window's hits to cf_annotate_text_window (the line, highlighted, up to the
 * window's end), then each window's hits to cf_annotate_hits, then close. A line with no code at
 * all must go to cf_annotate_text instead (it stays as it is, with no member or wrapper). */
typedef struct cf_annotating {
    cf_out *o;
    const char *line;
    size_t len, body, split; /* split: where the annotations go in the line */
    size_t written;          /* how much of the line before split is written */
    int shape, color, empty, first;
} cf_annotating;

void cf_annotate_open(cf_annotating *a, cf_out *o, const char *line, size_t len, int color,
                      int jsonl, const char *file, unsigned long long lineno);
void cf_annotate_text_window(cf_annotating *a, const cf_hit *hits, size_t n, size_t to);
void cf_annotate_hits(cf_annotating *a, const cf_hit *hits, size_t n);
void cf_annotate_close(cf_annotating *a);

/* Writes one hit as a JSON object: {"code":..,"category":..,"category_name":..,"message":..};
 * "message" is null for a code the catalogue does not have. When the hit's templated message was
 * found rendered in line, "args" (the placeholders' values, in order) and "rendered" follow. */
void cf_annotate_hit_json(cf_out *o, const cf_hit *h, const char *line);

#endif
