/* summary_file.h - the summary written to the file of --summary-file, replaced whole each time, so
 * that a reader (a monitor scraping it, a mailer) never sees half of it. */
#ifndef CF_SUMMARY_FILE_H
#define CF_SUMMARY_FILE_H

#include "error.h"
#include "report.h"
#include "summary.h"

/* Checks before any input is read that the summary can be written to path: the file, when it is
 * not a regular one (a FIFO, /dev/stderr), or else the directory its temporary file and rename
 * need. Returns 0, or -1 with err set ("PATH: reason"). */
int cf_summary_file_check(const char *path, cf_error *err);

/* Writes s in format to path. A regular file (or a link to one) is replaced whole, through a
 * temporary file renamed over it, keeping its permissions; anything else (a FIFO, /dev/stderr) is
 * written to as it is. Returns 0, or the errno value of what failed; prints nothing. */
int cf_summary_file_write(const char *path, const cf_summary *s, cf_report_format format);

#endif
