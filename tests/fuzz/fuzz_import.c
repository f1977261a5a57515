/* fuzz_import.c - libFuzzer target for catalogue import: any bytes either import into a catalogue
 * that loads again, code for code, or give an error that names the file and a line. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "import.h"
#include "out.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cf_out *o = cf_out_new_memory(1024);
    cf_error err;
    long n = cf_catalogue_import((const char *)data, size, "ref.md", o, &err);
    if (n < 0) {
        if (strncmp(err.text, "ref.md", 6) != 0)
            abort();
    } else {
        size_t len;
        const char *json = cf_out_take(o, &len);
        cf_catalogue *cat = cf_catalogue_new();
        if (cf_catalogue_load(cat, json, len, "imported.json", &err) != 0 ||
            cf_catalogue_size(cat) != (size_t)n)
            abort(); /* what import writes, the loader takes, whole */
        cf_catalogue_free(cat);
    }
    cf_out_free(o);
    return 0;
}
