/* Precision and recall of the built-in patterns on the labelled sample set,
 * samples/labelled/lines.tsv: "EXPECTED<TAB>LINE", EXPECTED being "-" or comma-separated codes. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "helpers.h"

typedef struct score {
    size_t lines, tp, fp, fn, shown;
} score;

/* Scores one line: a found code counts as true when the labels hold it as often. */
static void score_line(score *s, const char *want, const char *line, const cf_hit *h, size_t n) {
    char expected[64][7];
    size_t ne = 0;
    for (const char *p = want; strcmp(want, "-") != 0 && *p && ne < 64; p += *p == ',') {
        memcpy(expected[ne], p, 6);
        expected[ne++][6] = '\0';
        p += 6;
    }
    int used[64] = {0};
    size_t tp = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < ne; j++) {
            if (!used[j] && strcmp(expected[j], h[i].code) == 0) {
                used[j] = 1;
                tp++;
                break;
            }
        }
    }
    s->tp += tp;
    s->fp += n - tp;
    s->fn += ne - tp;
    if ((n != tp || ne != tp) && s->shown++ < 25) {
        fprintf(stderr, "  expected %s, found", want);
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, " %s", h[i].code);
        fprintf(stderr, ": %s\n", line);
    }
}

Test(labelled, precision_and_recall_at_least_99_5_percent) {
    FILE *f = fopen(CF_SOURCE_DIR "/samples/labelled/lines.tsv", "r");
    cr_assert_not_null(f, "samples/labelled/lines.tsv is missing");
    cf_catalogue *cat = builtin_catalogue();
    cf_patterns *pats = builtin_patterns();
    cf_extractor *x = cf_extractor_new(pats, cat);
    score s = {0};
    char *buf = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&buf, &cap, f)) > 0) {
        if (buf[len - 1] == '\n')
            buf[--len] = '\0';
        char *tab = strchr(buf, '\t');
        cr_assert_not_null(tab, "line %zu has no tab", s.lines + 1);
        *tab = '\0';
        size_t n;
        const cf_hit *h = cf_extract(x, tab + 1, (size_t)(len - (tab + 1 - buf)), &n);
        score_line(&s, buf, tab + 1, h, n);
        s.lines++;
    }
    double precision = s.tp + s.fp ? (double)s.tp / (double)(s.tp + s.fp) : 1.0;
    double recall = s.tp + s.fn ? (double)s.tp / (double)(s.tp + s.fn) : 1.0;
    fprintf(stderr,
            "labelled set: %zu lines, %zu codes found correctly, %zu wrongly, %zu missed: "
            "precision %.2f%%, recall %.2f%%\n",
            s.lines, s.tp, s.fp, s.fn, 100 * precision, 100 * recall);
    cr_assert_gt(s.lines, 1000);
    cr_assert_geq(precision, 0.995);
    cr_assert_geq(recall, 0.995);
    free(buf);
    fclose(f);
    cf_extractor_free(x);
    cf_patterns_free(pats);
    cf_catalogue_free(cat);
}
