/* fuzz_catalogue.c - libFuzzer target for the catalogue loader: any bytes either load or give an
 * error that names the file, a line and a column. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cf_catalogue *cat = cf_catalogue_new();
    cf_error err;
    if (cf_catalogue_load(cat, (const char *)data, size, "fuzz.json", &err) != 0) {
        if (strncmp(err.text, "fuzz.json:", 10) != 0)
            abort();
    } else {
        for (size_t i = 0; i < cf_catalogue_size(cat); i++)
            if (cf_catalogue_find(cat, cf_catalogue_entry(cat, i)->code) !=
                cf_catalogue_entry(cat, i))
                abort();
    }
    cf_catalogue_free(cat);
    return 0;
}
