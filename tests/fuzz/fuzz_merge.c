/* fuzz_merge.c - libFuzzer target for --merge input: any bytes are added up or refused with a
 * message naming the input, and whatever was added writes a summary that merges again to the same
 * text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "config.h"
#include "merge.h"
#include "out.h"
#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static cf_catalogue *catalogue(void) {
    static cf_catalogue *cat;
    cf_error err;
    if (cat == NULL && (cat = cf_config_catalogue(NULL, 0, &err)) == NULL)
        abort();
    return cat;
}

/* The summary s as JSON, in a new string the caller frees. */
static char *as_json(const cf_summary *s, size_t *len) {
    cf_out *o = cf_out_new_memory(1024);
    cf_report_write(s, CF_REPORT_JSON, 0, o);
    const char *t = cf_out_take(o, len);
    char *copy = malloc(*len + 1);
    memcpy(copy, t, *len);
    copy[*len] = '\0';
    cf_out_free(o);
    return copy;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cf_summary *s = cf_summary_new();
    cf_error err;
    int adopt = 1;
    long n = cf_merge_summaries(s, catalogue(), (const char *)data, size, "in.json", &adopt, &err);
    if (n < 0 && strncmp(err.text, "in.json:", 8) != 0)
        abort();
    if (n > 0) {
        size_t len, len2;
        char *once = as_json(s, &len);
        cf_summary *again = cf_summary_new();
        int adopt2 = 1;
        if (cf_merge_summaries(again, catalogue(), once, len, "once.json", &adopt2, &err) != 1)
            abort(); /* every summary codefilter writes merges again */
        char *twice = as_json(again, &len2);
        if (len != len2 || memcmp(once, twice, len) != 0)
            abort();
        free(once);
        free(twice);
        cf_summary_free(again);
    }
    cf_summary_free(s);
    return 0;
}
