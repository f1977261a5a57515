/* bench/inflate.c - inflate throughput of zlib against ISA-L's igzip on one gzip file, side by
 * side. The file is read into memory first, so that only inflating is timed; both decoders are fed
 * 128 KiB of input and give 128 KiB of output at a time, as src/read/decode.c does, and read every
 * member. Runs alternate (zlib, igzip, zlib, ...) so that a busy moment of a shared machine falls
 * on both. Prints each run and the medians, in MB of decoded text per second of CPU time and of
 * wall time, and the ratio.
 *   cc -O2 -o bench-inflate bench/inflate.c -lz -lisal
 *   bench-inflate FILE.gz [RUNS]          (RUNS: default 7)
 *   bench-inflate FILE.gz 1 zlib|isal     (one decoder once, for callgrind) */
#include <isa-l/igzip_lib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#define CHUNK (128 * 1024)

static unsigned char out[CHUNK];

/* Inflates every member of gz with zlib. Returns the decoded size, or 0 on an error. */
static unsigned long long with_zlib(const unsigned char *gz, size_t n, uLong *crc) {
    z_stream z = {0};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return 0;
    unsigned long long total = 0;
    size_t at = 0;
    int rc = Z_OK;
    while (rc != Z_STREAM_END || at < n || z.avail_in > 0) {
        if (rc == Z_STREAM_END)
            inflateReset(&z);
        if (z.avail_in == 0) {
            if (at == n)
                break;
            z.next_in = (Bytef *)gz + at;
            z.avail_in = (uInt)(n - at < CHUNK ? n - at : CHUNK);
            at += z.avail_in;
        }
        z.next_out = out;
        z.avail_out = CHUNK;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            total = 0;
            break;
        }
        total += CHUNK - z.avail_out;
        if (crc != NULL)
            *crc = crc32(*crc, out, CHUNK - z.avail_out);
    }
    inflateEnd(&z);
    return total;
}

/* Inflates every member of gz with igzip, which reads each header and checks each trailer. */
static unsigned long long with_isal(const unsigned char *gz, size_t n, uLong *crc) {
    static struct inflate_state s;
    isal_inflate_init(&s);
    s.crc_flag = ISAL_GZIP;
    unsigned long long total = 0;
    size_t at = 0;
    for (;;) {
        if (s.block_state == ISAL_BLOCK_FINISH) {
            if (s.avail_in == 0 && at == n)
                break;
            isal_inflate_reset(&s);
            s.crc_flag = ISAL_GZIP;
        }
        if (s.avail_in == 0) {
            if (at == n)
                break;
            s.next_in = (uint8_t *)gz + at;
            s.avail_in = (uint32_t)(n - at < CHUNK ? n - at : CHUNK);
            at += s.avail_in;
        }
        s.next_out = out;
        s.avail_out = CHUNK;
        if (isal_inflate(&s) != ISAL_DECOMP_OK)
            return 0;
        total += CHUNK - s.avail_out;
        if (crc != NULL)
            *crc = crc32(*crc, out, CHUNK - s.avail_out);
    }
    return total;
}

static double now(clockid_t c) {
    struct timespec t;
    clock_gettime(c, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, by_value);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static unsigned char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    unsigned char *b = size > 0 && fseek(f, 0, SEEK_SET) == 0 ? malloc((size_t)size) : NULL;
    *n = b != NULL ? fread(b, 1, (size_t)size, f) : 0;
    (void)fclose(f);
    if (b != NULL && *n == 0) {
        free(b);
        return NULL;
    }
    return b;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: bench-inflate FILE.gz [RUNS [zlib|isal]]\n");
        return 2;
    }
    size_t n;
    unsigned char *gz = slurp(argv[1], &n);
    long given = argc > 2 ? strtol(argv[2], NULL, 10) : 7;
    int runs = given >= 1 && given <= 100 ? (int)given : 0;
    if (gz == NULL || runs == 0) {
        fprintf(stderr, "bench-inflate: cannot read %s, or RUNS is not 1 to 100\n", argv[1]);
        free(gz);
        return 2;
    }
    if (argc > 3) { /* one decoder once, for callgrind */
        unsigned long long got =
            strcmp(argv[3], "isal") == 0 ? with_isal(gz, n, NULL) : with_zlib(gz, n, NULL);
        printf("%s: %llu bytes\n", argv[3], got);
        return got == 0;
    }
    uLong zc = crc32(0, NULL, 0), ic = zc;
    unsigned long long size = with_zlib(gz, n, &zc);
    if (size == 0 || with_isal(gz, n, &ic) != size || zc != ic) {
        fprintf(stderr, "bench-inflate: zlib and igzip do not decode %s alike\n", argv[1]);
        return 1;
    }
    double cpu[2][100], wall[2][100];
    for (int r = 0; r < runs; r++)
        for (int k = 0; k < 2; k++) {
            double w = now(CLOCK_MONOTONIC), c = now(CLOCK_PROCESS_CPUTIME_ID);
            unsigned long long got = k == 0 ? with_zlib(gz, n, NULL) : with_isal(gz, n, NULL);
            cpu[k][r] = now(CLOCK_PROCESS_CPUTIME_ID) - c;
            wall[k][r] = now(CLOCK_MONOTONIC) - w;
            if (got != size)
                return 1;
            printf("run %d %-5s %.3f s CPU, %.0f MB/s\n", r + 1, k == 0 ? "zlib" : "igzip",
                   cpu[k][r], (double)size / 1e6 / cpu[k][r]);
        }
    double zcpu = median(cpu[0], runs), icpu = median(cpu[1], runs);
    double zwall = median(wall[0], runs), iwall = median(wall[1], runs);
    double mb = (double)size / 1e6;
    printf("%s: %.1f MB compressed, %.1f MB decoded; median of %d runs each\n", argv[1],
           (double)n / 1e6, mb, runs);
    printf("| decoder | CPU s | MB/s (CPU) | wall s | MB/s (wall) |\n|---|---|---|---|---|\n");
    printf("| zlib %s | %.3f | %.0f | %.3f | %.0f |\n", zlibVersion(), zcpu, mb / zcpu, zwall,
           mb / zwall);
    printf("| igzip (ISA-L) | %.3f | %.0f | %.3f | %.0f |\n", icpu, mb / icpu, iwall, mb / iwall);
    printf("igzip is %.2f x as fast as zlib (CPU time), %.2f x (wall time)\n", zcpu / icpu,
           zwall / iwall);
    return 0;
}
