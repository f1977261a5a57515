/* fuzz_patterns.c - libFuzzer target for the patterns loader: any bytes either compile or give an
 * error naming the file; what compiles is run over a few lines, searched whole and searched the
 * fast way (PCRE2 anchored where each pattern's leading literal stands), which must agree: this
 * checks the reading of a literal from any pattern. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../support/differential.h"
#include "patterns.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char sample[] = "code=040011 [500000] status 404000\n{\"code\":40011}\naaaa\n";
    cf_patterns *p = cf_patterns_new();
    cf_error err;
    if (cf_patterns_load(p, (const char *)data, size, "fuzz.pcre", &err) != 0) {
        if (strncmp(err.text, "fuzz.pcre", 9) != 0)
            abort();
    } else {
        cf_matcher *m = cf_matcher_new(p);
        size_t n;
        const cf_span *sp = cf_matcher_find(m, sample, sizeof sample - 1, &n);
        for (size_t i = 0; i < n; i++)
            if (sp[i].start > sp[i].end || sp[i].end > sizeof sample - 1 ||
                (i > 0 && sp[i].start <= sp[i - 1].start))
                abort();
        cf_matcher_free(m);
        if (search_differs(p, sample, sizeof sample - 1) >= 0) /* the same spans both ways */
            abort();
        /* the pattern file's own bytes as text: its literals stand there */
        if (search_differs(p, (const char *)data, size) >= 0)
            abort();
    }
    cf_patterns_free(p);
    return 0;
}
