/* Precision and recall of the built-in recognizer on labelled sets: "EXPECTED<TAB>LINE" records,
 * EXPECTED being "-" or comma-separated codes, and '#' comment lines. The development set
 * (samples/labelled/lines.tsv), five held-out parts each written blind by another session
 * (samples/labelled/heldout, heldout2 to heldout5; each test says what it measured as it came and
 * whether it is still blind), and the issue's example lines, each exactly. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "helpers.h"

typedef struct score {
    size_t lines, tp, fp, fn, shown, quiet;
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
    if ((n != tp || ne != tp) && !s->quiet && s->shown++ < 25) {
        fprintf(stderr, "  expected %s, found", want);
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, " %s", h[i].code);
        fprintf(stderr, ": %s\n", line);
    }
}

/* Scores every record of the labelled file path (from the source tree); shows the first lines
 * that differ from their labels unless quiet (a held-out set is not to be read while tuning). */
static score score_file(const char *path, int quiet) {
    char full[512];
    snprintf(full, sizeof full, "%s/%s", CF_SOURCE_DIR, path);
    FILE *f = fopen(full, "r");
    cr_assert_not_null(f, "%s is missing", path);
    cf_catalogue *cat = builtin_catalogue();
    cf_patterns *pats = builtin_patterns();
    cf_extractor *x = cf_extractor_new(pats, cat);
    score s = {.quiet = (size_t)quiet};
    char *buf = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&buf, &cap, f)) > 0) {
        if (buf[len - 1] == '\n')
            buf[--len] = '\0';
        if (buf[0] == '#' || len == 0)
            continue;
        char *tab = strchr(buf, '\t');
        cr_assert_not_null(tab, "%s: record %zu has no tab", path, s.lines + 1);
        *tab = '\0';
        size_t n;
        const cf_hit *h = cf_extract(x, tab + 1, (size_t)(len - (tab + 1 - buf)), &n);
        score_line(&s, buf, tab + 1, h, n);
        s.lines++;
    }
    double precision = s.tp + s.fp > 0 ? (double)s.tp / (double)(s.tp + s.fp) : 1.0;
    double recall = s.tp + s.fn > 0 ? (double)s.tp / (double)(s.tp + s.fn) : 1.0;
    fprintf(stderr,
            "%s: %zu lines, %zu codes found correctly, %zu wrongly, %zu missed: "
            "precision %.2f%%, recall %.2f%%\n",
            path, s.lines, s.tp, s.fp, s.fn, 100 * precision, 100 * recall);
    free(buf);
    (void)fclose(f); /* read only: nothing is lost if closing fails */
    cf_extractor_free(x);
    cf_patterns_free(pats);
    cf_catalogue_free(cat);
    return s;
}

static double precision_of(score s) {
    return s.tp + s.fp > 0 ? (double)s.tp / (double)(s.tp + s.fp) : 1.0;
}

static double recall_of(score s) {
    return s.tp + s.fn > 0 ? (double)s.tp / (double)(s.tp + s.fn) : 1.0;
}

/* Scores the labelled file path and holds it to at least lines records and the figures given. */
static void expect_figures(const char *path, int quiet, size_t lines, double precision,
                           double recall) {
    score s = score_file(path, quiet);
    cr_assert_gt(s.lines, lines);
    cr_assert_geq(precision_of(s), precision, "%s: precision", path);
    cr_assert_geq(recall_of(s), recall, "%s: recall", path);
}

Test(labelled, development_set_precision_and_recall_at_least_99_5_percent) {
    expect_figures("samples/labelled/lines.tsv", 0, 2000, 0.995, 0.995);
}

/* The held-out part, written blind before the recognizer (samples/labelled/heldout/README.md).
 * Its figures are reported as they came: recall was 0.994, its three misses CSV cells that quote
 * JSON by doubling quotes ("{""code"":""040011""}"). Quotes doubled, and quotes written as HTML
 * entities, are read since the third held-out part showed quoting layers as a principle the
 * recognizer lacked; the figure is now 1.000 but is no longer blind. */
Test(labelled, held_out_set_precision_and_recall_at_least_99_5_percent) {
    expect_figures("samples/labelled/heldout/lines.tsv", 1, 500, 0.995, 0.995);
}

/* The second held-out part, written blind after the first had been seen in part; measured once as
 * it came (samples/labelled/heldout2/README.md). */
Test(labelled, second_held_out_set_precision_and_recall_at_least_99_5_percent) {
    expect_figures("samples/labelled/heldout2/lines.tsv", 1, 500, 0.995, 0.995);
}

/* The third held-out part, written blind from the label spec alone, with log families the others
 * do not have (samples/labelled/heldout3/README.md). Measured as it came: precision 1.000, recall
 * 0.958 (31 of 729 missed). Its writer's report named its shapes, among them quoting layers (JSON
 * in CSV cells, HTML-escaped JSON and XML, PHP's print_r); reading quotes in every layer of text
 * and keys in brackets, as rules of their own, took it to 1.000 and 1.000, no longer blind. */
Test(labelled, third_held_out_set_precision_and_recall_at_least_99_5_percent) {
    expect_figures("samples/labelled/heldout3/lines.tsv", 1, 1000, 0.995, 0.995);
}

/* The fourth held-out part, written blind from the label spec alone after the quoting layers were
 * added, with cloud, infrastructure and payment-provider logs
 * (samples/labelled/heldout4/README.md). Measured once as it came: precision 1.000, recall 0.990 (6
 * of 596 missed, all one shape, "batch item failed codes=[...]"). Words behind a lead word, as a
 * rule of its own (only a link word such as "with" ties the key to the word before it), took it
 * to 1.000, no longer blind. */
Test(labelled, fourth_held_out_set_precision_and_recall_at_least_99_5_percent) {
    expect_figures("samples/labelled/heldout4/lines.tsv", 1, 1000, 0.995, 0.995);
}

/* The fifth held-out part, written blind from the label spec alone after the link words were added,
 * with what a team's own services and tools print (samples/labelled/heldout5/README.md). Measured
 * once, as it came: precision 1.000, recall 0.995 (3 of 604 missed). Its misses are not read, so
 * that it stays blind for the next rule. */
Test(labelled, fifth_held_out_set_blind_precision_and_recall_at_least_99_5_percent) {
    expect_figures("samples/labelled/heldout5/lines.tsv", 1, 1000, 0.995, 0.995);
}

Test(labelled, every_example_of_the_issue_gives_its_codes) {
    score s = score_file("tests/data/issue_examples.tsv", 0);
    cr_assert_gt(s.lines, 50);
    cr_assert_eq(s.fp + s.fn, 0, "%zu wrong, %zu missed", s.fp, s.fn);
}
