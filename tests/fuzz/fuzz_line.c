/* fuzz_line.c - libFuzzer target for the line path: any bytes through reading, finding codes,
 * selecting and annotating, in text and jsonl output, with a small --max-line so that long lines
 * and block splits are reached. Checks that text output without its annotations is the input, and
 * that reading the input as one line by windows (as a line over 1 MiB is read) finds the same
 * codes as reading it whole, and that the one-pass search (a vector scan for the patterns'
 * literals, then PCRE2 anchored there) finds what each pattern finds searching the whole text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../support/differential.h"
#include "config.h"
#include "extract.h"
#include "filter.h"
#include "run.h"
#include "template.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static cf_catalogue *cat;
static cf_patterns *pats;
static cf_templates *tpl;

/* Runs data through a run with these settings; returns what was written. */
static char *run(const uint8_t *data, size_t size, cf_output_mode mode, size_t max_line,
                 size_t *len) {
    cf_error err;
    if (cat == NULL) {
        cat = cf_config_catalogue(NULL, 0, &err);
        pats = cf_config_patterns(NULL, 0, NULL, 0, &err);
        tpl = cf_templates_new(cat, &err);
    }
    int fd = memfd_create("input", 0);
    if (fd < 0 || write(fd, data, size) != (ssize_t)size)
        abort();
    lseek(fd, 0, SEEK_SET);
    cf_filter *f = cf_filter_new();
    cf_summary *s = cf_summary_new();
    cf_out *o = cf_out_new_memory(4096);
    cf_run_config cfg = {
        .output = mode, .print_lines = 1, .watch = {.wake_fd = -1}, .max_line = max_line};
    cf_run *r = cf_run_new(&cfg, pats, cat, f, s, o);
    if (cf_run_render(r, tpl) != 0) /* rendered messages in the annotations, and their text */
        abort();
    cf_run_fd(r, fd, "fuzz");
    const char *text = cf_out_take(o, len);
    char *copy = malloc(*len + 1);
    memcpy(copy, text, *len);
    cf_run_free(r);
    cf_out_free(o);
    cf_summary_free(s);
    cf_filter_free(f);
    close(fd);
    return copy;
}

/* Removes text annotations ("\t[DDDDDD category] message" up to the line terminator). Lines
 * that are JSON objects get a spliced member instead; those are checked only for their length. */
static int is_annotation(const char *p, const char *end) {
    if (end - p < 10 || p[0] != '\t' || p[1] != '[')
        return 0;
    for (int i = 2; i < 8; i++)
        if (p[i] < '0' || p[i] > '9')
            return 0;
    return p[8] == ' ';
}

/* The codes of s[0..n) found whole, and by windows of w bytes, must be the same. */
static void windows_agree(const char *s, size_t n, size_t w) {
    static cf_extractor *whole, *part;
    if (whole == NULL) {
        whole = cf_extractor_new(pats, cat);
        part = cf_extractor_new(pats, cat);
    }
    size_t nw, got = 0, k;
    int differ = 0;
    unsigned long limits = cf_extractor_limit_hits(whole) + cf_extractor_limit_hits(part);
    const cf_hit *all = cf_extract(whole, s, n, &nw);
    for (size_t at = 0; at < n; at += w) {
        const cf_hit *h = cf_extract_window(part, s, n, at, n - at > w ? at + w : n, &k);
        for (size_t i = 0; i < k; i++, got++)
            differ |= got >= nw || h[i].start != all[got].start || h[i].end != all[got].end ||
                      strcmp(h[i].code, all[got].code) != 0 || h[i].rule != all[got].rule;
    }
    /* a limit error gives up the rest of the line, by windows and whole alike: only then may the
     * hits differ */
    if ((differ || got != nw) &&
        cf_extractor_limit_hits(whole) + cf_extractor_limit_hits(part) == limits)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t len;
    char *out = run(data, size, CF_OUTPUT_TEXT, 4096, &len);
    if (search_differs(pats, (const char *)data, size) >= 0)
        abort(); /* the one-pass search must find what each pattern finds over the whole text */
    cf_scan_set set;
    cf_scan got = {0}, ref;
    static const cf_literal lits[] = {
        {"code", 4, 1}, {"status", 6, 1}, {"err", 3, 1}, {"RC", 2, 0}};
    cf_scan_set_init(&set, lits, 4, NULL);
    cf_scan_block(&set, (const char *)data, size, &got);
    scan_reference(&set, (const char *)data, size, &ref);
    if (scan_differs(&set, &got, &ref) >= 0)
        abort(); /* the vector scan must find what the byte-at-a-time one finds */
    cf_scan_block_baseline(&set, (const char *)data, size, &got);
    if (scan_differs(&set, &got, &ref) >= 0)
        abort(); /* and so must the baseline one */
    cf_scan_free(&got);
    cf_scan_free(&ref);
    if (size > 0 && memchr(data, '\n', size) == NULL) /* one line */
        windows_agree((const char *)data, size, 1 + data[0] % 64);
    if (len < size)
        abort(); /* nothing may be lost */
    if (memchr(data, '{', size) == NULL && memmem(data, size, "\t[", 2) == NULL) {
        /* without JSON splices or look-alike annotations in the input, stripping annotations
         * must give the input back exactly */
        size_t w = 0;
        for (size_t i = 0; i < len;) {
            if (is_annotation(out + i, out + len)) {
                while (i < len && out[i] != '\n' &&
                       !(out[i] == '\r' && i + 1 < len && out[i + 1] == '\n'))
                    i++;
                continue;
            }
            out[w++] = out[i++];
        }
        if (w != size || memcmp(out, data, size) != 0)
            abort();
    }
    free(out);
    free(run(data, size, CF_OUTPUT_JSONL, 64, &len));
    return 0;
}
