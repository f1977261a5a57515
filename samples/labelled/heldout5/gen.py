#!/usr/bin/env python3
"""Generate samples/labelled/heldout5/lines.tsv (deterministic, stdlib only).

Held-out set written from catalogue/codes.json and the label spec only.
Every template marks each number it inserts as counted or decoy, so the
EXPECTED column is built together with the line, left to right.

Tokens inside templates (written with the brackets ⟪ ⟫):
  C    counted catalogue code (six digits)          C=  same code again, counted
  CT   counted catalogue code with a {0} message     N   counted non-catalogue six digits
  S    counted short value (40011 -> 040011)         Z   counted "0" (-> 000000)
  M    message of the last code (may be cut "...")   MF  full message of the last code
  K    decoy catalogue code (no message beside it)   OM  message of a code other than K
  D    decoy six-digit non-catalogue number          X   decoy short value (pads to no code)
  ID AMT MS n PID PORT LN HEX W P SVC DATE            fillers
"""
import json
import os
import random
import re

SEED = 5_2024_0918
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CAT_PATH = os.path.join(HERE, "..", "..", "..", "catalogue", "codes.json")
with open(CAT_PATH, encoding="utf-8") as fh:
    CAT = {c["code"]: c["message"] for c in json.load(fh)["codes"]}
CODES = sorted(CAT)

FILLED = {
    "010002": "payeeName is null",
    "010004": "payee not found",
    "010005": "amount is required",
    "010006": "iban is invalid",
    "010007": "Not supported: SEPA_INSTANT",
    "010008": "otp does not match",
    "010010": "kyc sync failed",
    "010013": "Unknown transaction status: PARTIAL",
    "040002": "USDT payment not supported",
    "040016": "Failed to create payee: duplicate account",
    "040021": "HK bank code must be a 3-digit number",
    "040022": "HK branch code must be a 3-digit number",
    "040024": "Unsupported characters: é ñ. Only allowed: A-Z a-z 0-9",
    "070003": "Mobile area code not supported: +999",
    "100002": "receipt.pdf file is too large. Maximum size: 10MB",
    "110009": "Invalid swift: ABCDUS",
    "120001": "CDD error: pending manual review",
    "130001": "Account error: frozen by compliance",
}
TEMPLATED = sorted(FILLED)
PLAIN = [c for c in CODES if c not in FILLED]
# codes with a templated message are never used as decoys
SAFE_K = list(PLAIN)
SHORTABLE = [c for c in CODES if c.startswith("0")]
NOQUOTE = [c for c in PLAIN if "'" not in CAT[c]]
DECOY_SHORT = ["200", "201", "404", "500", "502", "503", "1", "2", "3", "9", "14", "40023",
               "10019", "70012", "40000", "50000", "99", "1001", "30010", "20003"]
WORDS = ["invalid", "timeout", "rejected", "denied", "busy", "duplicate", "expired", "limit"]
SVCS = ["payout-svc", "fx-quote", "risk-engine", "ledger", "wallet-gw", "card-issuer",
        "settlement", "notify", "kyc-sync", "acquiring"]


def d6():
    while True:
        v = "%06d" % R.randint(0, 999999) if R.random() < 0.2 else str(R.randint(100000, 999999))
        if v not in CAT:
            return v


def msg_of(code, allow_cut=True):
    m = FILLED.get(code, CAT[code])
    words = m.split(" ")
    if allow_cut and code not in FILLED and len(words) >= 5 and R.random() < 0.4:
        k = R.randint(3, len(words) - 2)
        m = " ".join(words[:k]).rstrip(".,:") + "..."
    r = R.random()
    if r < 0.12:
        m = m.lower()
    elif r < 0.2:
        m = m.upper()
    return m


def prefix():
    t = "2024-09-%02d %02d:%02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    pid = R.randint(1000, 65000)
    svc = R.choice(SVCS)
    lvl = R.choice(["ERROR", "WARN", "INFO", "DEBUG"])
    frac = "%06d" % R.randint(0, 999999)
    opts = [
        lambda: "%s.%03d %s %d --- [nio-8443-exec-%d] c.a.p.%s : " % (t, R.randint(0, 999), lvl, pid, R.randint(1, 9), R.choice(["PayoutService", "FxClient", "RiskGateway", "LedgerWriter"])),
        lambda: "%s%s %s.%s %7d %s.go:%d] " % (lvl[0], t[5:7] + t[8:10], t[11:], frac, pid, R.choice(["client", "handler", "worker"]), R.randint(10, 400)),
        lambda: "Sep %2d %s pay-gw-%d %s[%d]: " % (R.randint(1, 28), t[11:], R.randint(1, 6), svc, pid),
        lambda: "[%s] %s [%s] " % (t.replace(" ", "T") + "Z", lvl, svc),
        lambda: "%s %-5s %s - " % (t, lvl, svc),
        lambda: "%s | %s | %s | " % (t, lvl.lower(), svc),
        lambda: "",
    ]
    return R.choice(opts)()


def clash(a, b):
    """True when two messages could be read as each other (shared first three words or prefix)."""
    a, b = a.lower(), b.lower()
    return a.split()[:3] == b.split()[:3] or a.startswith(b) or b.startswith(a)


TOK = re.compile(r"⟪([A-Za-z]+=?)⟫")


def render(tpl):
    exp = []
    st = {"last": None, "k": None}

    def rep(m):
        t = m.group(1)
        if t == "C":
            if st.get("pending"):
                c = st.pop("pending")
                st["last"] = c
                exp.append(c)
                return c
            if "'⟪M" in tpl:
                c = R.choice(NOQUOTE)
            elif "⟪M" in tpl:
                c = R.choice(PLAIN + PLAIN + TEMPLATED)
            else:
                c = R.choice(CODES)
            st["last"] = c
            exp.append(c)
            return c
        if t == "C=":
            exp.append(st["last"])
            return st["last"]
        if t == "CT":
            c = R.choice(TEMPLATED)
            st["last"] = c
            exp.append(c)
            return c
        if t == "N":
            v = d6()
            exp.append(v)
            return v
        if t == "S":
            c = R.choice(SHORTABLE)
            st["last"] = c
            exp.append(c)
            return str(int(c))
        if t == "Z":
            st["last"] = "000000"
            exp.append("000000")
            return "0"
        if t in ("M", "MF") and st["last"] is None:
            # message written before its code: pick the code now, the next C uses it
            st["pending"] = st["last"] = R.choice(PLAIN + PLAIN + TEMPLATED)
        if t == "M":
            return msg_of(st["last"])
        if t == "MF":
            return msg_of(st["last"], allow_cut=False)
        if t == "K":
            c = R.choice(SAFE_K)
            st["k"] = c
            return c
        if t == "OM":
            o = R.choice([c for c in PLAIN if c != st["k"] and "'" not in CAT[c]
                          and not (st["k"] and clash(CAT[c], CAT[st["k"]]))])
            return msg_of(o)
        if t == "D":
            return d6()
        if t == "X":
            return R.choice(DECOY_SHORT)
        if t == "ID":
            return str(R.randint(10 ** 11, 10 ** 18))
        if t == "AMT":
            return "%d.%02d" % (R.randint(1, 99999), R.randint(0, 99))
        if t == "MS":
            return str(R.randint(3, 9999))
        if t == "n":
            return str(R.randint(1, 60))
        if t == "PID":
            return str(R.randint(1000, 65000))
        if t == "PORT":
            return str(R.choice([8080, 8443, 9090, 50051, 6379, 5432, 40011, 50000]))
        if t == "LN":
            return str(R.randint(12, 900))
        if t == "HEX":
            return "%016x" % R.getrandbits(64)
        if t == "W":
            return R.choice(WORDS)
        if t == "P":
            return prefix()
        if t == "SVC":
            return R.choice(SVCS)
        if t == "DATE":
            return "2024-09-%02d" % R.randint(1, 28)
        raise KeyError(t)

    line = TOK.sub(rep, tpl)
    assert "\t" not in line and "\n" not in line and "\r" not in line, line
    return ("," .join(exp) if exp else "-"), line


SHAPES = []


def shape(name, desc, n, templates):
    SHAPES.append((name, desc, n, templates))


shape("printf_adhoc", "ad-hoc printf-style messages from many developers", 70, [
    "⟪P⟫upstream replied with status ⟪C⟫",
    "⟪P⟫got error ⟪C⟫ from risk, order=⟪ID⟫",
    "⟪P⟫payout rejected, result code: ⟪C⟫",
    "⟪P⟫payout ⟪ID⟫ failed with code ⟪C⟫ after ⟪MS⟫ms",
    "⟪P⟫channel returned code ⟪C⟫ for merchant ⟪D⟫",
    "⟪P⟫risk check failed: error code is ⟪C⟫",
    "⟪P⟫submitPayout err ⟪C⟫ (attempt 1)",
    "⟪P⟫Error ⟪C⟫ - ⟪M⟫",
    "⟪P⟫wallet svc responded with status ⟪C⟫; txn=⟪ID⟫",
    "⟪P⟫quote expired? upstream error ⟪C⟫: ⟪M⟫",
    "⟪P⟫payout ok, ret code ⟪C⟫, amount=⟪AMT⟫ USD",
    "⟪P⟫validation error ⟪C⟫ on field payee.name",
    "⟪P⟫bizCode=⟪C⟫ msg=⟪W⟫ merchant=⟪D⟫",
    "⟪P⟫errCode=⟪S⟫, errMsg=⟪W⟫",
    "⟪P⟫status ⟪C⟫ from upstream ⟪SVC⟫",
    "⟪P⟫ledger reported status ⟪C⟫ for journal ⟪ID⟫",
    "⟪P⟫payout ⟪ID⟫ done: returned code ⟪C⟫",
    "⟪P⟫>>> resultCode=⟪N⟫ (unmapped, treating as failure)",
    "⟪P⟫card-issuer gave code ⟪C⟫ for card ending 4821",
    "⟪P⟫fx lock failed, status ⟪C⟫, will requote",
    "⟪P⟫WTF: received status ⟪C⟫ but body empty",
    "⟪P⟫payout ⟪D⟫ created for merchant ⟪D⟫, amount=⟪AMT⟫",
    "⟪P⟫order status ⟪D⟫ items processed",
    "⟪P⟫payment status ⟪K⟫ for order ⟪ID⟫",
    "⟪P⟫upstream said status ⟪K⟫ (check with their team)",
    "⟪P⟫child exited, exit status ⟪K⟫",
    "⟪P⟫same error ⟪D⟫ times in a row, muting alerts",
    "⟪P⟫sent OTP ⟪D⟫ to +852****⟪LN⟫",
    "⟪P⟫processed ⟪D⟫ records in ⟪MS⟫ms",
    "⟪P⟫fx quote ⟪D⟫ valid for 30s, rate=7.1⟪n⟫",
    "⟪P⟫merchant ⟪K⟫ onboarding complete",
    "⟪P⟫code=⟪X⟫ msg=ok trace=⟪HEX⟫",
    "⟪P⟫payout ⟪ID⟫: error 40011 mapped locally",
])

shape("mixed_language", "English messages with Chinese or Spanish fragments and unicode punctuation", 55, [
    "⟪P⟫付款失败 payout failed, error code: ⟪C⟫ （请稍后重试）",
    "⟪P⟫调用风控超时, resultCode=⟪C⟫, 耗时 ⟪MS⟫ms",
    "⟪P⟫Error al procesar el pago: error ⟪C⟫ – reintentando",
    "⟪P⟫código de error ⟪C⟫, pedido ⟪ID⟫",
    "⟪P⟫提现被拒绝 — result code: ⟪C⟫",
    "⟪P⟫“payout rejected” · retCode=⟪C⟫ · merchant=⟪D⟫",
    "⟪P⟫支付成功 ✓ code=⟪Z⟫",
    "⟪P⟫错误: Error ⟪C⟫ - ⟪M⟫",
    "⟪P⟫[支付网关] status ⟪C⟫ from upstream",
    "⟪P⟫respuesta del banco: errorCode=⟪C⟫, estado=⟪D⟫",
    "⟪P⟫Fallo en el pago: ⟪MF⟫ (⟪C⟫)",
    "⟪P⟫汇率过期 upstream replied ⟪C⟫ - ⟪M⟫",
    "⟪P⟫订单号 ⟪D⟫ 金额 ¥⟪AMT⟫ 已受理",
    "⟪P⟫验证码 ⟪D⟫ 已发送至 138****⟪LN⟫",
    "⟪P⟫código de verificación: ⟪D⟫",
    "⟪P⟫收件地址 邮编 ⟪D⟫, zip_code=⟪D⟫",
    "⟪P⟫用户 ⟪D⟫ 的短信验证码 sms_code=⟪D⟫",
    "⟪P⟫lote ⟪D⟫ procesado… ⟪n⟫ pagos, total €⟪AMT⟫",
    "⟪P⟫商户 ⟪K⟫ 结算完成 ✔",
    "⟪P⟫«pago rechazado» estado del pedido ⟪D⟫",
])

shape("stacktrace_flat", "multi-line stack traces and exception chains flattened to one line", 55, [
    "⟪P⟫com.acme.pay.BizException: code=⟪C⟫, msg=⟪W⟫ at com.acme.pay.payout.PayoutService.submit(PayoutService.java:⟪LN⟫) at com.acme.pay.payout.PayoutJob.run(PayoutJob.java:⟪LN⟫)",
    "⟪P⟫java.lang.IllegalStateException: payout ⟪ID⟫ failed | Caused by: com.acme.pay.BizException: code=⟪C⟫ | Caused by: java.net.SocketTimeoutException: Read timed out",
    "⟪P⟫Traceback (most recent call last): File \"/srv/payout/app.py\", line ⟪LN⟫, in submit    raise UpstreamError(resp) payments.errors.UpstreamError: [⟪C⟫] ⟪M⟫",
    "⟪P⟫panic: payout: rpc failed: {Code:⟪S⟫ Msg:⟪W⟫} goroutine 1 [running]: main.main() /app/main.go:⟪LN⟫ +0x1d",
    "⟪P⟫Error: request failed: upstream error ⟪C⟫: ⟪W⟫ ⏎    at PayoutClient.send (/app/dist/client.js:⟪LN⟫:⟪n⟫) ⏎    at async Worker.run (/app/dist/worker.js:⟪LN⟫:⟪n⟫)",
    "⟪P⟫org.springframework.web.client.HttpServerErrorException$InternalServerError: 500 Internal Server Error: \"{\"code\":\"⟪C⟫\",\"message\":\"⟪W⟫\"}\"",
    "⟪P⟫Caused by: com.acme.risk.RiskRejectException: riskCode=⟪D⟫ (declined) at com.acme.risk.Client.check(Client.java:⟪LN⟫)",
    "⟪P⟫com.acme.pay.BizException: BizException(code=⟪S⟫, message=⟪W⟫) at com.acme.pay.fx.QuoteService.lock(QuoteService.java:⟪LN⟫)",
    "⟪P⟫Exception in thread \"payout-worker-3\" com.acme.pay.PayoutException: order ⟪ID⟫ failed at com.acme.pay.PayoutWorker.loop(PayoutWorker.java:⟪LN⟫)",
    "⟪P⟫During handling of the above exception, another exception occurred: ... RuntimeError: settlement batch ⟪D⟫ aborted",
    "⟪P⟫Acme.Payments.ApiException: Error ⟪C⟫ - ⟪M⟫ ---> System.Net.Http.HttpRequestException: Response status code does not indicate success: 502 (Bad Gateway)",
    "⟪P⟫Payments::UpstreamError (result_code=⟪C⟫): app/services/payout.rb:⟪LN⟫:in `call'",
    "⟪P⟫... 23 common frames omitted Caused by: com.acme.pay.BizException: ⟪C⟫ ⟪M⟫",
    "⟪P⟫java.util.concurrent.ExecutionException: com.acme.ledger.LedgerException: errorCode=⟪C⟫; nested exception is com.acme.ledger.RemoteException: remote status ⟪C⟫",
    "⟪P⟫kotlinx.coroutines.JobCancellationException: Job was cancelled; job=StandaloneCoroutine{Cancelling}@⟪n⟫a⟪n⟫f",
    "⟪P⟫NullPointerException at com.acme.pay.util.Amounts.scale(Amounts.java:⟪LN⟫) amount=⟪D⟫ scale=2",
])

shape("retry_loop", "retry and backoff loops", 50, [
    "⟪P⟫retry 2/5 payout ⟪ID⟫: got status ⟪C⟫, backoff ⟪MS⟫ms",
    "⟪P⟫attempt=⟪n⟫ err_code=⟪C⟫ next_retry_in=⟪MS⟫ms",
    "⟪P⟫[retry] call ⟪SVC⟫ failed (error ⟪C⟫), sleeping ⟪MS⟫ms before attempt ⟪n⟫",
    "⟪P⟫giving up after 5 attempts, last error code: ⟪C⟫",
    "⟪P⟫giving up on ⟪ID⟫: last_error_code=⟪C⟫ attempts=5",
    "⟪P⟫retry 1: error ⟪C⟫; retry 2: error ⟪C=⟫; retry 3: error ⟪C⟫",
    "⟪P⟫attempt 3 failed with status ⟪C⟫, circuit breaker half-open",
    "⟪P⟫retry queue depth=⟪D⟫ oldest=⟪MS⟫ms",
    "⟪P⟫backoff=⟪D⟫us jitter=0.2 max=⟪D⟫us",
    "⟪P⟫retrying job ⟪D⟫ (attempt 2 of 5)",
    "⟪P⟫retryable_codes=[⟪K⟫,⟪K⟫] max_attempts=5",
    "⟪P⟫retry ok on attempt ⟪n⟫, finalCode=⟪Z⟫",
    "⟪P⟫retrying ⟪SVC⟫ call, upstreamStatus=⟪C⟫ retryAfter=⟪MS⟫",
])

shape("metrics_hybrid", "metrics lines and metric/log hybrids", 50, [
    "⟪P⟫payout_errors_total{code=\"⟪C⟫\",svc=\"payout\"} ⟪n⟫",
    "⟪P⟫metric=payout.fail count=⟪n⟫ tags=[resultCode:⟪C⟫,channel:swift]",
    "payments.upstream.error:1|c|#err_code:⟪C⟫,env:prod",
    "⟪P⟫http_requests_total{method=\"POST\",status=\"500\"} ⟪D⟫",
    "⟪P⟫latency_p99=⟪D⟫us p50=⟪D⟫us",
    "⟪P⟫METRIC payout.result status=⟪C⟫ latency_ms=⟪MS⟫ amount=⟪AMT⟫",
    "⟪P⟫gauge queue.depth=⟪D⟫ consumer_lag=⟪D⟫",
    "⟪P⟫[metrics] window=60s biz_code=⟪C⟫ count=⟪n⟫ rate=0.⟪n⟫%",
    "payout_duration_us_bucket{le=\"⟪D⟫\"} ⟪n⟫",
    "⟪P⟫stats: ok=⟪D⟫ failed=⟪n⟫ top_err_code=⟪K⟫",
    "fx_quote_result{api_status=\"⟪C⟫\",ccy=\"USDHKD\"} ⟪n⟫ 1726650000000",
    "⟪P⟫heap_used_bytes=⟪D⟫ gc_pause_us=⟪D⟫ threads=⟪n⟫",
    "grpc_server_handled_total{grpc_code=\"OK\",grpc_method=\"Submit\"} ⟪D⟫",
])

shape("config_dump", "feature-flag and config dumps at startup", 45, [
    "⟪P⟫feature flags: payout.v2=true, fx.lock_ttl_s=30, retry.codes=[⟪K⟫,⟪K⟫]",
    "⟪P⟫config: upstream.timeout_ms=⟪MS⟫ upstream.success_code=⟪K⟫",
    "⟪P⟫FLAG payout_kill_switch=off rollout=⟪n⟫% merchant_allowlist=[⟪D⟫,⟪D⟫]",
    "⟪P⟫config.fallback.status=⟪K⟫ config.port=⟪PORT⟫",
    "⟪P⟫stub mode: response.body.code=⟪C⟫ (mock upstream)",
    "⟪P⟫env PAYOUT_MAX_AMOUNT=⟪D⟫ PAYOUT_PORT=⟪PORT⟫ BUILD_NUMBER=⟪D⟫",
    "⟪P⟫feature 'strict_name_check' enabled, rejects with errorCode=⟪C⟫",
    "⟪P⟫settings: {'ret_code_ok': '⟪K⟫', 'timeout': 30, 'pool': ⟪n⟫}",
    "⟪P⟫toggles: {\"skipKyc\":false,\"mockStatus\":⟪K⟫,\"maxBatch\":⟪D⟫}",
    "⟪P⟫circuit breaker: trip on resultCodes=[\"⟪C⟫\",\"⟪C⟫\"] window=⟪n⟫s",
    "⟪P⟫loaded limits: daily_limit=⟪D⟫ single_limit=⟪D⟫ currency_code=USD",
    "⟪P⟫mock server configured: {\"path\":\"/v1/payout\",\"respCode\":\"⟪C⟫\"}",
    "⟪P⟫yaml> upstream: {host: fx.internal, port: ⟪PORT⟫, default_status: ⟪K⟫}",
])

shape("test_ci", "test-runner and CI output", 55, [
    "FAIL test_payout_rejects_emoji_name: expected error ⟪C⟫, got error ⟪C⟫",
    "    AssertionError: expected response code ⟪C⟫ but was ⟪D⟫",
    "  ✓ returns result code ⟪C⟫ for expired quote (⟪MS⟫ ms)",
    "  ✕ payout › rejects unsupported chars (⟪MS⟫ ms)    Expected: \"⟪K⟫\"    Received: \"⟪K⟫\"",
    "##[error]Process completed with exit code 1.",
    "Build #⟪D⟫ finished: SUCCESS in 4m 12s",
    "--- FAIL: TestPayoutLimit (0.02s) payout_test.go:⟪LN⟫: got code=⟪C⟫, want code=⟪C⟫",
    "[junit] Tests run: ⟪n⟫, Failures: 1, Errors: 0, Skipped: 2, Time elapsed: 3.12 s",
    "E       AssertionError: {'code': '⟪C⟫', 'msg': 'fail'} != {'code': '⟪C⟫', 'msg': 'ok'}",
    "  ● payout › maps upstream failure    -   \"errCode\": \"⟪C⟫\",    +   \"errCode\": \"⟪C⟫\",",
    "smoke: POST /v1/payouts -> status ⟪C⟫",
    "coverage: 82.4% of statements; ⟪D⟫ lines",
    "CI job ⟪D⟫ (pipeline ⟪D⟫) failed at stage deploy, exit code 137",
    "test_refund.py::test_high_risk_address[⟪K⟫] PASSED [ 42%]",
    "    mock returned {\"resultCode\":\"⟪C⟫\",\"resultMsg\":\"⟪W⟫\"} for merchant ⟪D⟫",
    "ok  	github.com/acme/pay/payout	0.4⟪n⟫s".replace("\t", "    "),
    "[vitest] PayoutForm › shows message for biz code ⟪C⟫",
])

shape("admin_cli", "admin CLI tool output", 50, [
    "$ payctl payout show ⟪ID⟫",
    "status: FAILED  result_code: ⟪C⟫  amount: ⟪AMT⟫ USD",
    "| ⟪ID⟫ | ⟪AMT⟫ | FAILED | ⟪C⟫ | ⟪M⟫ |",
    "payctl> merchant ⟪D⟫ limits: daily=⟪AMT⟫ monthly=⟪AMT⟫",
    "ERR_CODE: ⟪C⟫",
    "payctl: error: payout ⟪ID⟫ not retryable (last status ⟪C⟫)",
    "payctl refund --order ⟪ID⟫ --amount ⟪AMT⟫ --otp ⟪D⟫",
    "Merchant code: ⟪D⟫  Merchant name: ACME HK Ltd",
    "Result code: ⟪C⟫",
    "payctl> batch ⟪D⟫ status: ⟪n⟫ of 60 settled",
    "payctl codes lookup ⟪C⟫: ⟪M⟫",
    "payctl explain ⟪C⟫ => ⟪MF⟫",
    "id=⟪ID⟫ state=FAILED reason_code=⟪K⟫ decline_code=⟪D⟫",
    "Processing... ⟪n⟫/⟪D⟫ done (eta ⟪n⟫s)",
    "upstream code: ⟪C⟫ (copied from ticket)",
])

shape("shell_echo", "shell scripts' echo output and set -x traces", 45, [
    "+ echo 'payout failed, code=⟪C⟫'",
    "[run_payout.sh] payout failed (code=⟪C⟫), exiting 1",
    "deploy.sh: health check returned status ⟪C⟫",
    "backup.sh: dumped ⟪D⟫ rows to /backups/pay_20240918.sql.gz (⟪D⟫ bytes)",
    "settle.sh: batch ⟪D⟫ done, exit status 0",
    "cron[⟪PID⟫]: (payops) CMD (/opt/pay/bin/recon.sh --date 20240918 >/dev/null 2>&1)",
    "reconcile.sh: WARN mismatch for txn ⟪D⟫: local=⟪K⟫ remote=⟪K⟫",
    "smoke.sh: POST /v1/quotes -> {\"code\":\"⟪C⟫\",\"msg\":\"ok\"}",
    "notify.sh: status: ⟪C⟫",
    "=== payout smoke: error code ⟪C⟫ ===",
    "+ ssh pay-batch-2 'tail -n ⟪D⟫ /var/log/pay.log'",
    "+ RC=⟪D⟫",
    "rotate.sh: removed ⟪D⟫ files older than 30 days",
])

shape("sql_orm", "SQL statements and ORM debug lines", 50, [
    "⟪P⟫SQL: UPDATE payout_order SET status='FAILED', err_code='⟪C⟫', updated_at=NOW() WHERE order_no='⟪ID⟫'",
    "⟪P⟫Hibernate: select p.id, p.result_code from payout p where p.merchant_id=? and p.created_at>?",
    "⟪P⟫binding parameter [1] as [VARCHAR] - [⟪K⟫]",
    "⟪P⟫==> Parameters: ⟪ID⟫(String), ⟪K⟫(String), 2024-09-18 10:00:00.0(Timestamp)",
    "⟪P⟫(0.003) SELECT * FROM refunds WHERE merchant_id = ⟪D⟫ LIMIT 100; args=(⟪D⟫,)",
    "⟪P⟫batch update status: ⟪D⟫ rows affected",
    "⟪P⟫SELECT count(*) FROM payout WHERE error_code = '⟪C⟫' AND created_at > '2024-09-18'",
    "⟪P⟫Executing (default): SELECT `id`, `amount` FROM `payouts` WHERE `merchant_no` = '⟪D⟫';",
    "⟪P⟫query ok, ⟪D⟫ rows affected (0.42 sec)",
    "⟪P⟫INSERT INTO recon_diff VALUES ('⟪ID⟫', 'payout', ⟪AMT⟫, '⟪K⟫')",
    "⟪P⟫jooq: update payout set ret_code = '⟪C⟫', ret_msg = '⟪W⟫' where id = ⟪D⟫",
    "⟪P⟫UPDATE payout_order SET upstream_status = ⟪N⟫ WHERE id = ⟪D⟫",
    "⟪P⟫slow query (⟪MS⟫ ms): SELECT * FROM ledger_entry WHERE journal_id = ⟪D⟫",
])

shape("http_client", "HTTP client debug dumps (curl -v, requests, OkHttp, axios)", 60, [
    "< HTTP/1.1 200 OK",
    "< X-Biz-Code: ⟪C⟫",
    "< X-Result-Code: ⟪C⟫",
    "< X-Error-Code: ⟪S⟫",
    "< Content-Length: ⟪D⟫",
    "* Connected to pay-gw.internal (10.12.3.4) port ⟪PORT⟫ (#0)",
    "> POST /v1/payouts?merchant_id=⟪D⟫&code=⟪K⟫ HTTP/1.1",
    "{\"code\":\"⟪C⟫\",\"msg\":\"⟪M⟫\",\"data\":null}",
    "DEBUG:urllib3.connectionpool:https://risk.internal:8443 \"POST /v1/check HTTP/1.1\" 200 ⟪LN⟫",
    "DEBUG:payout.client:response body: {'code': '⟪C⟫', 'message': '⟪M⟫'}",
    "D/OkHttp: <-- 200 OK https://api.pay.example/v2/fx/quote (⟪MS⟫ms)",
    "D/OkHttp: {\"retCode\":⟪S⟫,\"retMsg\":\"⟪W⟫\"}",
    "AxiosError: Request failed with status code 500 | response.data={\"errCode\":\"⟪C⟫\"}",
    "[axios] GET /v1/merchants/⟪D⟫/balance -> 200 in ⟪MS⟫ms",
    "< X-Upstream-Status: ⟪C⟫",
    "< Set-Cookie: sid=⟪HEX⟫; Max-Age=⟪D⟫; HttpOnly",
    "GET https://pay.example.com/oauth/callback?code=⟪D⟫&state=xyz -> 302",
    "http: POST /v1/payouts status=200 duration=⟪MS⟫ms resp={\"code\":⟪Z⟫,\"data\":{\"id\":\"⟪ID⟫\"}}",
    "http: POST /v1/payouts status=200 resp={\"code\":⟪X⟫,\"msg\":\"accepted\"}",
    "D/OkHttp: <-- END HTTP (⟪D⟫-byte body)",
    "requests: GET /v1/payouts/⟪K⟫/status -> 200",
])

shape("grpc", "gRPC status lines and interceptor logs", 45, [
    "⟪P⟫rpc error: code = FailedPrecondition desc = biz code ⟪C⟫",
    "⟪P⟫rpc error: code = Unavailable desc = connection refused",
    "⟪P⟫grpc: server returned status ⟪C⟫ (payout.v1.PayoutService/Submit)",
    "⟪P⟫grpc-status: 9, grpc-message: \"errCode=⟪C⟫\"",
    "⟪P⟫io.grpc.StatusRuntimeException: INVALID_ARGUMENT: [⟪C⟫] ⟪M⟫",
    "⟪P⟫finished unary call with code Internal, app_code=⟪C⟫, grpc.time_ms=⟪MS⟫",
    "⟪P⟫grpc.code=OK grpc.method=Submit grpc.time_ms=⟪MS⟫ peer.address=10.0.0.1:⟪PORT⟫",
    "⟪P⟫status: {Code:⟪S⟫ Message:⟪W⟫}",
    "⟪P⟫grpc call Quote failed: code=Unknown desc=upstream replied ⟪C⟫ - ⟪M⟫",
    "⟪P⟫trailer metadata: x-biz-status=⟪C⟫",
    "⟪P⟫grpc: received message larger than max (⟪D⟫ vs. 4194304)",
])

shape("mq_payload", "message-queue payload dumps", 45, [
    "⟪P⟫kafka consume topic=payout.result partition=⟪n⟫ offset=⟪D⟫ key=⟪ID⟫ value={\"orderNo\":\"⟪ID⟫\",\"resultCode\":\"⟪C⟫\",\"amount\":⟪AMT⟫}",
    "⟪P⟫rabbitmq: delivery_tag=⟪D⟫ routing_key=payout.failed body=b'{\"code\": \"⟪C⟫\", \"order_id\": \"⟪D⟫\"}'",
    "⟪P⟫RocketMQ send ok msgId=⟪HEX⟫ queueOffset=⟪D⟫",
    "⟪P⟫DLQ: message ⟪HEX⟫ moved after 16 retries, last errCode=⟪C⟫",
    "⟪P⟫consumer lag=⟪D⟫ messages on payout.events",
    "⟪P⟫produce payout.notify {\"merchantNo\":\"⟪D⟫\",\"otpCode\":\"⟪D⟫\"}",
    "⟪P⟫nats: msg on settle.done: {\"batch\":\"⟪D⟫\",\"codes\":[\"⟪C⟫\",\"⟪C⟫\"]}",
    "⟪P⟫pulsar ack msg=⟪n⟫:⟪n⟫:0 payload={\"status\":⟪Z⟫,\"order\":\"⟪ID⟫\"}",
    "⟪P⟫kafka: headers=[retry=2, origin=⟪SVC⟫] value={\"bizStatus\":\"⟪C⟫\",\"msg\":\"⟪M⟫\"}",
    "⟪P⟫consumed {\"event\":\"payout.settled\",\"batchNo\":\"⟪D⟫\",\"amount\":⟪D⟫}",
])

shape("recon_report", "reconciliation and settlement reports", 50, [
    "RECON ⟪DATE⟫ channel=SWIFT matched=⟪D⟫ unmatched=⟪n⟫ amount_diff=⟪AMT⟫",
    "  txn ⟪ID⟫  local_status=SUCCESS  upstream_status=⟪C⟫  diff=⟪AMT⟫",
    "settlement batch ⟪D⟫ closed: ⟪n⟫ items, total ⟪AMT⟫ USD, fee ⟪AMT⟫",
    "  mismatch: order ⟪ID⟫ ours=⟪K⟫ theirs=⟪K⟫",
    "  [FAIL] ⟪ID⟫ ret_code=⟪C⟫ ret_msg=⟪W⟫",
    "SETTLE REPORT merchant=⟪D⟫ period=202409 payable=⟪AMT⟫ status=⟪C⟫",
    "  row ⟪n⟫: ⟪ID⟫,⟪AMT⟫,USD,⟪C⟫,⟪MF⟫",
    "  row ⟪n⟫: ⟪ID⟫,⟪AMT⟫,USD,⟪K⟫,SETTLED",
    "  top failures: error ⟪C⟫ (⟪n⟫), error ⟪C⟫ (⟪n⟫)",
    "bank statement line ⟪n⟫: ref ⟪D⟫ value date 20240918 amount ⟪AMT⟫",
    "  unmatched ⟪ID⟫: channel_status=⟪K⟫ our_status=SUCCESS",
    "TOTAL: ⟪D⟫ txns, ⟪D⟫.00 HKD",
])

shape("chatops", "chat-ops bot and on-call chat messages", 45, [
    ":rotating_light: *payout-svc* error code ⟪C⟫ spiking (⟪n⟫% of requests, last 5m) <https://grafana.pay.internal/d/abc?orgId=1&from=now-1h>",
    "@oncall payout ⟪ID⟫ stuck, upstream replied with status ⟪C⟫",
    "[bot] ✅ deploy pay-gw #⟪D⟫ to prod finished in 3m",
    "[bot] /lookup ⟪C⟫: ⟪M⟫",
    "PagerDuty: [TRIGGERED] #⟪D⟫ High rate of result code ⟪C⟫ on fx-quote",
    "jane.doe: anyone seen error ⟪C⟫ from risk today?",
    "bob: that's not a code, it's the merchant id ⟪D⟫",
    "[bot] incident INC-⟪D⟫ resolved by @alice, duration 42m",
    "alice: merchant ⟪K⟫ says their payouts are slow",
    "carol: fyi errCode=⟪C⟫ and errCode=⟪C⟫ both come from the same validator",
    "[bot] :white_check_mark: recon ⟪DATE⟫ done, ⟪D⟫ rows, 0 diffs",
])

shape("support_email", "support emails flattened to one line", 45, [
    "Subject: Payout failed with error ⟪C⟫ for order ⟪ID⟫",
    "Hi team, our customer (merchant ID ⟪D⟫) keeps getting error code ⟪C⟫ when paying out to HK.",
    "The app shows \"⟪MF⟫\" (⟪C⟫) every time they try.",
    "Our zip code is ⟪D⟫ and the OTP we received was ⟪D⟫, is that related?",
    "Ticket #⟪D⟫: refund of USD ⟪AMT⟫ pending since 2024-09-12",
    "Reply: Hello, result code ⟪C⟫ means you need to refresh the quote; please try again.",
    "Thanks, Maria — Soporte, tel +34 ⟪D⟫ ext 4",
    "> On Tue, support@pay.example wrote: > code: ⟪C⟫",
    "Please find attached batch_⟪D⟫.csv (⟪n⟫ rows)",
    "Dear merchant, your verification code is ⟪D⟫. It expires in 5 minutes.",
    "FW: payout ⟪ID⟫ — they got status ⟪C⟫, see screenshot (happened again today)",
])

shape("structured_json", "JSON logs, Docker/Kubernetes wrappers, nested escaped strings", 55, [
    "{\"log\":\"{\\\"code\\\":\\\"⟪C⟫\\\"}\\n\",\"stream\":\"stderr\",\"time\":\"2024-09-18T10:22:31.482913Z\"}",
    "{\"level\":\"error\",\"msg\":\"[⟪C⟫] ⟪M⟫\",\"order_id\":\"⟪ID⟫\"}",
    "{\"level\":\"info\",\"msg\":\"order ⟪K⟫ not processed yet\"}",
    "{\"ts\":1726650151.⟪D⟫,\"body\":\"{\\\"errCode\\\":\\\"⟪C⟫\\\"}\"}",
    "{\"level\":\"warn\",\"caller\":\"payout/client.go:⟪LN⟫\",\"msg\":\"upstream failed\",\"status\":\"⟪C⟫\"}",
    "{\"level\":\"info\",\"msg\":\"payout ok\",\"code\":⟪Z⟫,\"latency_ms\":⟪MS⟫}",
    "{\"level\":\"info\",\"http_status\":200,\"bytes\":⟪D⟫,\"pid\":⟪PID⟫}",
    "{\"log\":\"payout failed: error ⟪C⟫ (retrying)\\n\",\"stream\":\"stdout\"}",
    "{\"level\":\"error\",\"error\":{\"code\":\"⟪C⟫\",\"message\":\"⟪M⟫\"}}",
    "{\"event\":\"otp_sent\",\"otpCode\":\"⟪D⟫\",\"phone\":\"+852****1234\"}",
    "{\"zip_code\":\"⟪D⟫\",\"bank_code\":\"⟪D⟫\",\"branchCode\":\"⟪D⟫\"}",
    "{\"level\":\"error\",\"msg\":\"quote rejected\",\"resp\":{\"subCode\":\"⟪C⟫\",\"status\":⟪X⟫}}",
    "{\"msg\":\"risk result\",\"resultCodes\":[\"⟪C⟫\",\"⟪C⟫\"],\"score\":⟪n⟫}",
    "{\"msg\":\"downstream\",\"provider_status\":\"⟪K⟫\",\"gateway_code\":\"⟪K⟫\"}",
])

shape("kv_syntax_zoo", "status keys in Ruby, Perl, XML, Go, Python, Kotlin, PHP, Elixir syntaxes", 55, [
    "⟪P⟫{:error_code=>\"⟪C⟫\", :order_id=>\"⟪D⟫\"}",
    "⟪P⟫result_code => ⟪C⟫, amount => ⟪AMT⟫",
    "⟪P⟫<resultCode>⟪C⟫</resultCode>",
    "⟪P⟫<Response><Status>⟪C⟫</Status><OrderNo>⟪D⟫</OrderNo></Response>",
    "⟪P⟫<error code=\"⟪C⟫\" message=\"⟪M⟫\"/>",
    "⟪P⟫resp: {Code:⟪S⟫ Msg:⟪W⟫ TraceID:⟪HEX⟫}",
    "⟪P⟫{'ret_code': '⟪C⟫', 'zip_code': '⟪D⟫'}",
    "⟪P⟫errorCode: ⟪C⟫",
    "⟪P⟫ApiResponse(code=⟪S⟫, message='⟪W⟫', data=None)",
    "⟪P⟫Result(status=⟪C⟫, payload=null)",
    "⟪P⟫array('code' => '⟪C⟫', 'amount' => ⟪AMT⟫)",
    "⟪P⟫%{code: \"⟪C⟫\", order: \"⟪ID⟫\"}",
    "⟪P⟫{:bank_code=>\"⟪D⟫\", :branch_code=>\"⟪D⟫\"}",
    "⟪P⟫<PostalCode>⟪D⟫</PostalCode><MccCode>⟪D⟫</MccCode>",
    "⟪P⟫{Amount:⟪D⟫ MerchantID:⟪D⟫ Currency:HKD}",
    "⟪P⟫\"codes\":[\"⟪C⟫\",\"⟪C⟫\"]",
    "⟪P⟫'err_codes': ['⟪C⟫', '⟪C⟫', '⟪C⟫']",
    "⟪P⟫\"errorCodes\":[⟪S⟫,⟪S⟫]",
    "⟪P⟫<txn id=\"⟪D⟫\" status=\"⟪C⟫\" amount=\"⟪AMT⟫\"/>",
    "⟪P⟫{Code:⟪X⟫ Msg:ok}",
    "⟪P⟫{\"code\":\"⟪N⟫\",\"msg\":\"unmapped\"}",
])

shape("catalogue_message", "a catalogue code beside its own message; numbers beside other codes' messages", 60, [
    "⟪P⟫upstream replied ⟪C⟫ - ⟪M⟫",
    "⟪P⟫(⟪C⟫) ⟪M⟫",
    "⟪P⟫⟪MF⟫ (⟪C⟫)",
    "⟪P⟫[⟪C⟫] ⟪M⟫",
    "⟪P⟫BizException: ⟪C⟫ ⟪M⟫",
    "⟪P⟫⟪C⟫|⟪M⟫",
    "⟪P⟫\"⟪C⟫\",\"⟪MF⟫\"",
    "⟪P⟫payout blocked => ⟪CT⟫: ⟪MF⟫",
    "⟪P⟫merchant ⟪K⟫ - ⟪OM⟫",
    "⟪P⟫[⟪K⟫] ⟪OM⟫",
    "⟪P⟫order ⟪D⟫: ⟪OM⟫",
    "⟪P⟫batch ⟪K⟫ finished; earlier: ⟪OM⟫",
    "⟪P⟫payee check → ⟪CT⟫ - ⟪MF⟫",
])

shape("decoy_numbers", "no code: OTPs, ids, amounts, zips, durations, pids, ports, builds, URLs, glued numbers", 70, [
    "⟪P⟫GET /v1/payouts/⟪K⟫/status 200 ⟪MS⟫ms",
    "10.1.2.3 - - [18/Sep/2024:10:22:31 +0800] \"GET /api/orders/⟪D⟫ HTTP/1.1\" 500 ⟪D⟫",
    "⟪P⟫took ⟪D⟫us",
    "⟪P⟫elapsed [⟪D⟫] us",
    "⟪P⟫app[⟪K⟫]: started",
    "⟪P⟫user_ids: [⟪D⟫, ⟪D⟫]",
    "⟪P⟫amount=⟪K⟫.00 CNY",
    "⟪P⟫ts=1726650000.⟪K⟫ seq=⟪n⟫",
    "⟪P⟫sha=⟪HEX⟫ build=⟪D⟫",
    "⟪P⟫sms verification code ⟪D⟫ sent",
    "⟪P⟫Your login code: ⟪D⟫",
    "⟪P⟫exit code=⟪K⟫",
    "⟪P⟫listening on :⟪PORT⟫ pid=⟪D⟫",
    "⟪P⟫ref ORD⟪K⟫ created",
    "⟪P⟫mapping E⟪K⟫ -> fallback",
    "⟪P⟫key ⟪K⟫_retry set",
    "⟪P⟫version 1.⟪K⟫ deployed",
    "⟪P⟫[⟪D⟫] [INFO] worker ready",
    "⟪P⟫refund ⟪K⟫ of ⟪AMT⟫ HKD queued",
    "⟪P⟫status of ⟪D⟫ orders refreshed",
    "⟪P⟫GET /oauth/callback?code=⟪D⟫&state=xyz",
    "⟪P⟫sleep ⟪D⟫ms",
    "⟪P⟫file size ⟪D⟫ bytes uploaded",
    "⟪P⟫captcha_code=⟪D⟫ invite_code=⟪D⟫ promo_code=⟪D⟫",
    "⟪P⟫country_code=852 area_code=⟪D⟫ mcc_code=5411",
    "⟪P⟫order_status=⟪K⟫ http_status=200",
    "⟪P⟫exitCode=⟪K⟫ signal=none",
    "⟪P⟫tracking_code=⟪D⟫ verify_code=⟪D⟫",
    "⟪P⟫cursor=⟪D⟫ limit=100 total=⟪D⟫",
])


def main():
    out = ["# heldout5: payments-team service/tool log lines, labelled per /tmp/cf/labelspec.md (generated by gen.py, seed %d)" % SEED]
    seen = set()
    total = 0
    for name, desc, n, tpls in SHAPES:
        out.append("# shape: %s - %s" % (name, desc))
        recs = []
        i = 0
        tries = 0
        while len(recs) < n and tries < n * 20:
            tpl = tpls[i % len(tpls)] if i < len(tpls) else R.choice(tpls)
            i += 1
            tries += 1
            exp, line = render(tpl)
            if line in seen:
                continue
            seen.add(line)
            recs.append("%s\t%s" % (exp, line))
        out.extend(recs)
        total += len(recs)
    with open(os.path.join(HERE, "lines.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
