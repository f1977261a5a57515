/* import.h - turns the API status-code reference (plain text or a Markdown table) into a
 * catalogue, so that a new edition of the document becomes a new catalogue in one command. */
#ifndef CF_IMPORT_H
#define CF_IMPORT_H

#include <stddef.h>

#include "error.h"
#include "out.h"

/* Reads the reference in text[0..len) (name for messages) and writes the catalogue JSON to o, in
 * the layout of catalogue/codes.json. The document has numbered section headings naming the
 * categories ("1. Success", "2. Validation & Business Errors", "3. Client Errors",
 * "4. Server Errors"), then under each, lines of a code and its message: "000000Transaction
 * succeeded", "000000 Transaction succeeded", or a Markdown table row "| 000000 | Transaction
 * succeeded |". A line "Document updated on: DATE" dates the source. Returns the number of codes,
 * or -1 with err set ("NAME:LINE: what is wrong": a code outside any section, a code twice, an
 * unknown section, no code at all). */
long cf_catalogue_import(const char *text, size_t len, const char *name, cf_out *o, cf_error *err);

#endif
