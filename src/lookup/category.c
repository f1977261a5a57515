#include "category.h"

#include <string.h>

static const char *const cat_ids[CF_CAT_COUNT] = {"success", "validation", "client", "server",
                                                  "unknown"};
static const char *const cat_names[CF_CAT_COUNT] = {"Success", "Validation & Business Errors",
                                                    "Client Errors", "Server Errors", "Unknown"};

const char *cf_category_id(cf_category c) {
    return c < CF_CAT_COUNT ? cat_ids[c] : "unknown";
}

const char *cf_category_name(cf_category c) {
    return c < CF_CAT_COUNT ? cat_names[c] : "Unknown";
}

int cf_category_parse(const char *s, size_t n, cf_category *out) {
    for (int c = 0; c < CF_CAT_COUNT; c++) {
        if (strlen(cat_ids[c]) == n && memcmp(cat_ids[c], s, n) == 0) {
            *out = (cf_category)c;
            return 0;
        }
    }
    return -1;
}

const char *cf_category_color(cf_category c) {
    static const char *const colors[CF_CAT_COUNT] = {"\033[32m", "\033[33m", "\033[35m",
                                                     "\033[1;31m", "\033[36m"};
    return c < CF_CAT_COUNT ? colors[c] : colors[CF_CAT_UNKNOWN];
}
