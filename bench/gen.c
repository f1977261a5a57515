/* gen.c - writes deterministic logs with the line shapes of real payment-API logs:
 *   bench-gen text|json MEGABYTES [SEED] > file   benchmark logs: about 30% of lines hold status
 *                                                  codes, the rest are full of six-digit decoys
 *   bench-gen day LINES [SEED] > file              one day (2025-09-02 UTC) in time order, busier
 *                                                  by day, with an incident from 14:05 to 14:35 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 0x9E3779B97F4A7C15u;

static uint64_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static unsigned pick(unsigned n) {
    return (unsigned)(next() % n);
}

static const char *const codes[] = {
    "000000", "010002", "010004", "010005", "010006", "010009", "010011", "010014", "020001",
    "030001", "030006", "040004", "040007", "040011", "040013", "040027", "070002", "070023",
    "080001", "100002", "110009", "401000", "403000", "404000", "500000", "503000", "123456"};
static const char *const services[] = {"payout-svc", "card-svc", "fx-svc",
                                       "kyc-svc",    "gateway",  "wallet-svc"};
static const char *const uris[] = {"/v1/payouts",  "/v1/payments",        "/v1/cards/activate",
                                   "/v1/fx/quote", "/v1/wallets/balance", "/v1/payees"};
static const char *const loggers[] = {"c.p.gateway.ApiResponseLogger", "c.p.order.OrderService",
                                      "c.p.fx.service.RateLockService", "c.p.card.CardClient"};

static const char *code(void) {
    return codes[pick(sizeof codes / sizeof *codes)];
}

#define PICK(a) (a)[pick(sizeof(a) / sizeof *(a))]

static void stamp(char *buf, size_t n, int micros) {
    unsigned h = pick(24), m = pick(60), s = pick(60);
    if (micros)
        snprintf(buf, n, "2025-09-02T%02u:%02u:%02u.%06uZ", h, m, s, pick(1000000));
    else
        snprintf(buf, n, "2025-09-02 %02u:%02u:%02u.%03u", h, m, s, pick(1000));
}

static void text_line(void) {
    char ts[40];
    unsigned kind = pick(100);
    stamp(ts, sizeof ts, kind % 3 == 0);
    if (kind < 10)
        printf("%s ERROR 1 --- [nio-8080-exec-%u] %s : uri=%s code=%s msg=\"request rejected\" "
               "cost=%ums\n",
               ts, pick(200), PICK(loggers), PICK(uris), code(), pick(900));
    else if (kind < 16)
        printf("%s  WARN 1 --- [nio-8080-exec-%u] c.p.gateway.UpstreamClient : response body: "
               "{\"code\":\"%s\",\"msg\":\"amount is required\",\"data\":null}\n",
               ts, pick(200), code());
    else if (kind < 20)
        printf("%s ERROR 1 --- [   scheduling-1] c.p.common.BizException : [%s] The exchange "
               "rate has expired. Please refresh and try again.\n",
               ts, code());
    else if (kind < 23)
        printf("%s ERROR 1 --- [nio-8080-exec-%u] c.p.pay.PayClient : Request failed with status "
               "%s: Internal server error\n",
               ts, pick(200), code());
    else if (kind < 27)
        printf("time=%s level=error svc=%s status=%s err=\"Card not found\" latency_us=%06u\n", ts,
               PICK(services), code(), pick(1000000));
    else if (kind < 30)
        printf("10.0.%u.%u - - [02/Sep/2025:10:15:32 +0000] \"POST %s HTTP/1.1\" 400 213 \"-\" "
               "\"okhttp/4.9.3\" app_code=%s\n",
               pick(255), pick(255), PICK(uris), code());
    else if (kind < 31)
        printf("%s ERROR 1 --- [nio-8080-exec-%u] %s : upstream code=%s mapped to code=%s\n", ts,
               pick(200), PICK(loggers), code(), code());
    else if (kind < 50)
        printf("%s  INFO 1 --- [nio-8080-exec-%u] %s : created order order_no=%06u "
               "amount=%06u.%02u currency=USD ref=ORD%06u\n",
               ts, pick(200), PICK(loggers), pick(1000000), pick(1000000), pick(100),
               pick(1000000));
    else if (kind < 62)
        printf("time=%s level=info svc=%s msg=\"request done\" uri=%s latency_us=%u "
               "trace=%08x%08x\n",
               ts, PICK(services), PICK(uris), pick(100000), (unsigned)next(), (unsigned)next());
    else if (kind < 74)
        printf("10.0.%u.%u - - [02/Sep/2025:10:15:32 +0000] \"GET %s HTTP/1.1\" 200 %u \"-\" "
               "\"okhttp/4.9.3\" rt=0.%03u\n",
               pick(255), pick(255), PICK(uris), pick(5000), pick(1000));
    else if (kind < 86)
        printf("\tat com.pay.%s.Handler.handle(Handler.java:%u)\n", PICK(services), pick(900));
    else
        printf("%s DEBUG 1 --- [pool-%u-thread-%u] c.p.risk.KytClient : txn=9%09u phone=+852%08u "
               "ver=1.%06u zip_code=%06u\n",
               ts, pick(9), pick(9), pick(1000000000), pick(100000000), pick(1000000),
               pick(1000000));
}

static void json_line(void) {
    char ts[40];
    unsigned kind = pick(100);
    stamp(ts, sizeof ts, 1);
    if (kind < 12)
        printf("{\"ts\":\"%s\",\"level\":\"error\",\"svc\":\"%s\",\"msg\":\"request rejected\","
               "\"code\":\"%s\",\"trace\":\"%08x%08x\"}\n",
               ts, PICK(services), code(), (unsigned)next(), (unsigned)next());
    else if (kind < 20)
        printf("{\"ts\":\"%s\",\"level\":\"error\",\"uri\":\"%s\",\"response\":{\"code\":%s,"
               "\"msg\":\"upstream failed\",\"data\":null},\"cost_ms\":%u}\n",
               ts, PICK(uris), code() + 1, pick(900));
    else if (kind < 30)
        printf("{\"ts\":\"%s\",\"level\":\"warn\",\"error\":{\"errorCode\":\"%s\",\"message\":"
               "\"The exchange rate has expired.\"},\"order_no\":\"%06u\"}\n",
               ts, code(), pick(1000000));
    else
        printf("{\"ts\":\"%s\",\"level\":\"info\",\"svc\":\"%s\",\"msg\":\"request done\",\"uri\":"
               "\"%s\",\"latency_us\":%06u,\"amount\":%06u,\"zip\":%06u,\"status\":200}\n",
               ts, PICK(services), PICK(uris), pick(1000000), pick(1000000), pick(1000000));
}

/* One line of the day at second t: mostly successes and ordinary validation errors; during the
 * incident, KYT and upstream failures (030006, 500000, 503000) take over. */
static void day_line(long t, unsigned i) {
    static const char *const normal[] = {"000000", "000000", "000000", "010005", "010006",
                                         "040004", "040011", "040027", "070023", "401000",
                                         "010004", "110009", "404000"};
    static const char *const incident[] = {"030006", "500000", "500000", "503000",
                                           "030006", "000000", "010005"};
    static const char *const args[] = {"amount", "currency", "payeeId", "accountNo"};
    int in_incident = t >= 14 * 3600 + 300 && t < 14 * 3600 + 2100;
    char ts[40];
    snprintf(ts, sizeof ts, "2025-09-02T%02ld:%02ld:%02ld.%03uZ", t / 3600, t / 60 % 60, t % 60,
             pick(1000));
    /* cppcheck-suppress shadowFunction ; the day's code is drawn from its own lists, not code() */
    const char *code = in_incident ? PICK(incident) : PICK(normal);
    unsigned kind = pick(10);
    if (pick(100) < (in_incident ? 15u : 55u)) {
        printf("%s  INFO 1 --- [nio-8080-exec-%u] %s : uri=%s status=200 cost=%ums trace=%08x\n",
               ts, pick(200), PICK(loggers), PICK(uris), pick(300), (unsigned)next());
    } else if (strcmp(code, "010005") == 0 && kind < 6) {
        printf("%s ERROR 1 --- [nio-8080-exec-%u] c.p.gateway.ApiResponseLogger : uri=%s "
               "code=010005 msg=\"%s is required\" cost=%ums\n",
               ts, pick(200), PICK(uris), PICK(args), pick(300));
    } else if (kind < 4) {
        printf("%s ERROR 1 --- [nio-8080-exec-%u] c.p.gateway.ApiResponseLogger : uri=%s code=%s "
               "cost=%ums\n",
               ts, pick(200), PICK(uris), code, pick(900));
    } else if (kind < 7) {
        printf("{\"ts\":\"%s\",\"level\":\"%s\",\"svc\":\"%s\",\"code\":\"%s\","
               "\"trace\":\"%08x\",\"seq\":%u}\n",
               ts, code[0] == '0' && code[1] == '0' ? "info" : "error", PICK(services), code,
               (unsigned)next(), i);
    } else if (kind < 9) {
        printf("time=%s level=error svc=%s status=%s latency_us=%06u\n", ts, PICK(services), code,
               pick(1000000));
    } else {
        printf("%s ERROR 1 --- [pool-1-thread-%u] c.p.pay.PayClient : Request failed with status "
               "%s: upstream call failed\n",
               ts, pick(8), code);
    }
}

static void day(long lines) {
    /* busier by day: the share of lines in hour h follows a smooth curve */
    static const int weight[24] = {2,  1,  1,  1,  1,  2,  3, 5, 8, 10, 11, 12,
                                   12, 12, 14, 12, 11, 10, 9, 8, 7, 5,  4,  3};
    int total = 0;
    for (int h = 0; h < 24; h++)
        total += weight[h];
    unsigned i = 0;
    for (int h = 0; h < 24; h++) {
        long n = lines * weight[h] / total;
        for (long k = 0; k < n; k++)
            day_line(h * 3600L + k * 3600L / n, i++);
    }
}

/* NOLINTBEGIN(cert-err34-c): atoll and atol read the sizes and seeds bench/run.sh passes */
int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "day") == 0) {
        if (argc > 3)
            state ^= (uint64_t)atoll(argv[3]) * 0x2545F4914F6CDD1Du;
        day(atol(argv[2]));
        return 0;
    }
    if (argc < 3 || (strcmp(argv[1], "text") != 0 && strcmp(argv[1], "json") != 0)) {
        fprintf(stderr, "usage: bench-gen text|json MEGABYTES [SEED] | day LINES [SEED]\n");
        return 2;
    }
    long long want = atoll(argv[2]) * 1000000LL;
    if (argc > 3)
        state ^= (uint64_t)atoll(argv[3]) * 0x2545F4914F6CDD1Du;
    static char buf[1 << 20];
    (void)setvbuf(stdout, buf, _IOFBF, sizeof buf); /* if refused: slower, the same output */
    int json = strcmp(argv[1], "json") == 0;
    while (ftell(stdout) < want) {
        for (int i = 0; i < 1000; i++)
            json ? json_line() : text_line();
    }
    return 0;
}
/* NOLINTEND(cert-err34-c) */
