#!/usr/bin/env python3
"""Generate samples/labelled/heldout4/lines.tsv.

Held-out labelled status-code lines, part 4. Written from the label spec and
the status-code catalogue only. Deterministic: fixed seed, standard library
only. Run from anywhere:

    python3 samples/labelled/heldout4/gen.py

Every record's EXPECTED column is produced by construction: a template marks
each status code it places with ``r.c(code)`` (written as six digits) or
``r.s(code)`` (written in its short, unpadded form); everything else in the
line is, by the spec, not a code. Markers are resolved left to right, so the
labels come out in order of appearance.
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

SEED = 40404
HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = os.path.join(HERE, "..", "..", "..", "catalogue", "codes.json")
OUT = os.path.join(HERE, "lines.tsv")

with open(CATALOGUE, encoding="utf-8") as fh:
    CAT = {c["code"]: c["message"] for c in json.load(fh)["codes"]}
assert len(CAT) == 96, len(CAT)

R = random.Random(SEED)
TAB4 = "    "  # a TAB of a tab-separated format, shown as four spaces

# ---------------------------------------------------------------- codes --

ALL = sorted(CAT)
SHORTABLE = [c for c in ALL if c.startswith("0") and c != "000000"]
TEMPLATED = {c for c, m in CAT.items() if "{0}" in m}
HAS_SQUOTE = {c for c, m in CAT.items() if "'" in m}

FILL = {
    "010002": [["merchantId"], ["payeeAccount"], ["quoteId"]],
    "010004": [["Payee"], ["Merchant"], ["Quote"], ["Wallet"]],
    "010005": [["amount"], ["currency"], ["payee_name"]],
    "010006": [["currency"], ["iban"], ["callback_url"]],
    "010007": [["partial refund"], ["HKD to BRL"]],
    "010008": [["signature"], ["payee name"]],
    "010010": [["Refund"], ["FX lock"], ["Payout"]],
    "010013": [["PENDING_3DS"], ["UNKNOWN"]],
    "040002": [["JPY"], ["BRL"], ["Crypto"]],
    "040016": [["duplicate account number"], ["invalid SWIFT"]],
    "040021": [["HK", "3"], ["JP", "4"]],
    "040022": [["HK", "3"], ["JP", "3"]],
    "040024": [["\u00df", "A-Z a-z 0-9 space . , -"], ["\u20ac", "A-Z a-z 0-9 space . , -"]],
    "070003": [["+999"], ["+850"]],
    "100002": [["Invoice", "10MB"], ["Attachment", "5MB"]],
    "110009": [["IBAN", "too short"], ["expiry", "13/26"]],
    "120001": [["missing UBO declaration"], ["screening timeout"]],
    "130001": [["account frozen"], ["account closed"]],
}
assert set(FILL) == TEMPLATED, TEMPLATED ^ set(FILL)


def M(code):
    """The catalogue message of code, placeholders filled."""
    m = CAT[code]
    if code in FILL:
        for i, v in enumerate(R.choice(FILL[code])):
            m = m.replace("{%d}" % i, v)
    return m


def T(code):
    """The message, sometimes cut short after 4+ words and ended with '...'."""
    m = CAT[code]
    words = m.split()
    if code in TEMPLATED or len(words) < 6 or R.random() < 0.5:
        return M(code)
    k = R.randint(4, len(words) - 1)
    return " ".join(words[:k]).rstrip(".,:;") + "..."


_CYC = {}


def cyc(key, seq):
    """The next element of seq, round-robin per key (so every listed value occurs)."""
    i = _CYC.get(key, 0)
    _CYC[key] = i + 1
    v = seq[i % len(seq)]
    return v() if callable(v) else v


def C(exclude=()):
    while True:
        c = R.choice(ALL)
        if c not in exclude:
            return c


def CNQ():
    """A code whose message has no single quote (for single-quoted contexts)."""
    return C(HAS_SQUOTE)


def CS(noq=False):
    """A catalogue code that has a short (unpadded) form."""
    while True:
        c = R.choice(SHORTABLE)
        if not (noq and c in HAS_SQUOTE):
            return c


# Catalogue numbers used as decoys: no templated message, so no surrounding
# text can be read as the number's own message.
DECOY_CAT = [c for c in ALL if c not in TEMPLATED]


def DC():
    return R.choice(DECOY_CAT)


def U6():
    """A six-digit value that is not in the catalogue (still a code under a status key)."""
    while True:
        s = "%02d%04d" % (R.randint(1, 99), R.randint(0, 9999))
        if s not in CAT:
            return s


def D6():
    """A six-digit decoy number (never a catalogue code)."""
    while True:
        s = str(R.randint(100000, 999999))
        if s not in CAT:
            return s


def OTP():
    while True:
        s = "%06d" % R.randint(0, 999999)
        if s not in CAT:
            return s


def DIFF(code):
    """A code whose message does not begin like code's message."""
    head = " ".join(CAT[code].split()[:3]).lower()
    while True:
        o = C((code,) + tuple(HAS_SQUOTE))
        if " ".join(CAT[o].split()[:3]).lower() != head and o not in TEMPLATED:
            return o


# ------------------------------------------------------- random values --

BASE = datetime(2024, 5, 14, 0, 0, 0, tzinfo=timezone.utc)


def when():
    return BASE + timedelta(seconds=R.randint(0, 3 * 86400), microseconds=R.randint(0, 999999))


def iso(ms=3):
    t = when()
    frac = "%06d" % t.microsecond
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("." + frac[:ms] if ms else "") + "Z"


def iso9():
    return iso(6)[:-1] + num(100, 999) + "Z"


def epoch_ms():
    return str(int(when().timestamp() * 1000))


def epoch_s():
    return str(int(when().timestamp()))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    while True:
        s = "".join(R.choice(alphabet) for _ in range(n))
        if not s.isdigit():
            return s


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 9), R.randint(0, 255), R.randint(2, 254))


def pubip():
    return "%d.%d.%d.%d" % (R.choice([58, 112, 203, 219, 42]), R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def port():
    return str(R.randint(32768, 60999))


def num(lo, hi):
    return str(R.randint(lo, hi))


def po():
    return "po_" + alnum(14)


def mch():
    return "mch_" + alnum(10)


def user():
    return "u_" + alnum(10)


def pod(name):
    return "%s-%s-%s" % (name, alnum(9, "bcdf6789"), alnum(5, "bcdfghjklmnpqrstvwxz2456789"))


def money():
    return "%d.%02d" % (R.randint(10, 99999), R.randint(0, 99))


def big_money():
    return "%s.%02d" % (D6(), R.randint(0, 99))


def phone():
    return "+852%d%07d" % (R.choice([5, 6, 9]), R.randint(0, 9999999))


def masked_phone():
    return "+852****%04d" % R.randint(0, 9999)


SERVICES = ["payout-api", "payout-worker", "fx-quote", "ledger", "card-issuing", "kyc-gateway",
            "webhook-dispatcher", "notify", "settlement", "acquiring-api"]


def svc():
    return R.choice(SERVICES)


def jd(obj):
    """Compact JSON, non-ASCII kept."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def jds(obj):
    """JSON with ', ' and ': ' separators (Python json.dumps default)."""
    return json.dumps(obj, ensure_ascii=False)


# --------------------------------------------------------------- records --

class Rec:
    def __init__(self):
        self.items = []

    def c(self, code, text=None):
        """Place a status code, written as `text` (default: its six digits)."""
        assert len(code) == 6 and code.isdigit(), code
        self.items.append((code if text is None else text, code))
        return "@@%d@@" % (len(self.items) - 1)

    def s(self, code):
        """Place a catalogue code written in its short form (40011 for 040011)."""
        assert code in CAT and code.startswith("0"), code
        return self.c(code, str(int(code)))


MARK = re.compile(r"@@(\d+)@@")


def resolve(rec, line):
    labels, spans, out, pos = [], [], [], 0
    for m in MARK.finditer(line):
        text, code = rec.items[int(m.group(1))]
        out.append(line[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(text)
        spans.append((start, start + len(text)))
        labels.append(code)
        pos = m.end()
    out.append(line[pos:])
    return labels, "".join(out), spans


SHAPES = []


def shape(name, desc, n=38):
    def deco(fn):
        SHAPES.append((name, desc, fn, n))
        return fn
    return deco


# ===================================================================== shapes

@shape("lambda_console", "AWS Lambda runtime output in CloudWatch (Node.js and Python runtimes, START/END/REPORT, INIT_START); the runtime's TABs shown as four spaces")
def lambda_console():
    def rid():
        return uuid()

    def node_line(level, text):
        return TAB4.join([iso(), rid(), level, text])

    def t1(r):
        c = C()
        m = r.c(c)
        body = jd({"errorType": "BizException", "errorMessage": "%s %s" % (m, M(c)),
                   "code": r.c(c), "requestId": uuid()})
        return node_line("ERROR", "Invoke Error " + TAB4 + body)

    def t2(r):
        c = CNQ()
        return "[ERROR]" + TAB4 + TAB4.join([iso(), rid(), "BizException: %s %s" % (r.c(c), T(c))])

    def t3(r):
        c = C()
        return "[WARNING]" + TAB4 + TAB4.join([iso(), rid(), "payout %s rejected by ledger: result_code=%s attempt=%s" % (po(), r.c(c), num(1, 4))])

    def t4(r):
        c = CS()
        return node_line("INFO", 'upstream response {"resultCode":%s,"resultMsg":%s}' % (r.s(c), jd(M(c))))

    def t5(r):
        c = C()
        return "[INFO]" + TAB4 + TAB4.join([iso(), rid(), "fx quote %s not locked, provider returned code %s, will refresh" % ("q_" + alnum(12), r.c(c))])

    def t6(r):
        d = "%s.%02d" % (num(80, 8999), R.randint(0, 99))
        return "REPORT RequestId: %s%sDuration: %s ms%sBilled Duration: %s ms%sMemory Size: %s MB%sMax Memory Used: %s MB" % (
            rid(), TAB4, d, TAB4, int(float(d)) + 1, TAB4, R.choice([512, 1024, 2048]), TAB4, num(90, 480))

    def t7(r):
        return "REPORT RequestId: %s%sDuration: %s.%02d ms%sBilled Duration: %s ms%sMemory Size: 1024 MB%sMax Memory Used: %s MB%sInit Duration: %s.%02d ms" % (
            rid(), TAB4, D6(), R.randint(0, 99), TAB4, D6(), TAB4, TAB4, num(200, 900), TAB4, num(300, 1900), R.randint(0, 99))

    def t8(r):
        return R.choice(["START RequestId: %s Version: $LATEST" % rid(), "END RequestId: %s" % rid(),
                         "INIT_START Runtime Version: nodejs:20.v%s%sRuntime Version ARN: arn:aws:lambda:ap-east-1::runtime:%s" % (num(20, 40), TAB4, hexs(64))])

    def t9(r):
        return node_line("WARN", "slow DynamoDB query on table payouts took %s ms, consumed %s RCU" % (D6(), num(2, 90)))

    def t10(r):
        return "%s %s Task timed out after %s.%02d seconds" % (iso(), rid(), R.choice([30, 60, 900]), R.randint(0, 99))

    def t11(r):
        body = jd({"errorType": "Error", "errorMessage": "connect ETIMEDOUT %s:443" % ip(), "code": "ETIMEDOUT",
                   "errno": -110, "syscall": "connect"})
        return node_line("ERROR", "Invoke Error " + TAB4 + body)

    def t12(r):
        inner = jd({"requestId": uuid(), "orderNo": D6(), "message": "accepted"})
        return node_line("INFO", "response " + jd({"statusCode": 202, "body": inner}))

    def t13(r):
        inner = jd({"code": r.c("000000"), "msg": "Transaction succeeded", "orderNo": D6()})
        return node_line("INFO", "response " + jd({"statusCode": 200, "body": inner}))

    def t14(r):
        return "RequestId: %s Error: Runtime exited with error: exit status 1%sRuntime.ExitError" % (rid(), TAB4)

    def t15(r):
        c = U6()
        return node_line("ERROR", "card-issuer callback rejected " + jd({"errCode": r.c(c), "cardRef": "crd_" + alnum(10), "ts": int(epoch_ms())}))

    def t16(r):
        return "[INFO]" + TAB4 + TAB4.join([iso(), rid(), "sent OTP to %s (otp_code=%s, ttl=300s)" % (masked_phone(), OTP())])

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16]


@shape("lambda_json", "AWS Lambda JSON log format (application and platform records) and CloudWatch Logs subscription payloads")
def lambda_json():
    def t1(r):
        c = C()
        return jd({"timestamp": iso(), "level": "ERROR", "requestId": uuid(),
                   "message": {"event": "payout_failed", "payoutId": po(), "errorCode": r.c(c), "amount": money()}})

    def t2(r):
        c = C()
        return jd({"time": iso(), "type": "function", "record": {"level": "WARN",
                   "msg": "ledger replied %s - %s" % (r.c(c), T(c))}})

    def t3(r):
        return jd({"time": iso(), "type": "platform.report", "record": {"requestId": uuid(), "metrics": {
            "durationMs": float("%s.%s" % (D6(), num(10, 99))), "billedDurationMs": int(D6()), "memorySizeMB": 1024,
            "maxMemoryUsedMB": int(num(100, 900))}, "status": "success"}})

    def t4(r):
        return jd({"time": iso(), "type": "platform.runtimeDone", "record": {"requestId": uuid(), "status": R.choice(["timeout", "error", "success"]),
                   "metrics": {"durationMs": float("%s.%s" % (num(100, 900000), num(10, 99))), "producedBytes": int(D6())}}})

    def t5(r):
        c = C()
        msg = jd({"level": "error", "biz_code": r.c(c), "order_no": D6(), "msg": "payout rejected"})
        return jd({"messageType": "DATA_MESSAGE", "owner": "4%s" % num(10 ** 10, 10 ** 11 - 1), "logGroup": "/aws/lambda/payout-worker",
                   "logStream": "2024/05/14/[$LATEST]%s" % hexs(32), "subscriptionFilters": ["errors"],
                   "logEvents": [{"id": num(10 ** 17, 10 ** 18), "timestamp": int(epoch_ms()), "message": msg}]})

    def t6(r):
        msg = jd({"level": "warn", "order_no": D6(), "http_status": R.choice([502, 504]), "msg": "retrying settlement call"})
        return jd({"messageType": "DATA_MESSAGE", "owner": "4%s" % num(10 ** 10, 10 ** 11 - 1), "logGroup": "/aws/lambda/settlement",
                   "logStream": "2024/05/14/[$LATEST]%s" % hexs(32), "subscriptionFilters": ["warn-and-up"],
                   "logEvents": [{"id": num(10 ** 17, 10 ** 18), "timestamp": int(epoch_ms()), "message": msg}]})

    def t7(r):
        c = C()
        return jd({"messageType": "DATA_MESSAGE", "logGroup": "/aws/lambda/fx-quote", "logEvents": [
            {"id": num(10 ** 17, 10 ** 18), "timestamp": int(epoch_ms()),
             "message": "%s ERROR failed with error %s for payout %s" % (iso(), r.c(c), po())}]})

    def t8(r):
        return '{"timestamp":"%s","level":"INFO","requestId":"%s","message":"callback ok","result":{"retCode":%s,"retMsg":"Transaction succeeded"}}' % (
            iso(), uuid(), r.c("000000", "0"))

    def t9(r):
        return jd({"timestamp": iso(), "level": "INFO", "requestId": uuid(), "message": "quote refreshed", "ret": 0,
                   "quoteId": "q_" + alnum(12), "rate": "7.8%s" % num(100, 999)})

    def t10(r):
        return jd({"timestamp": iso(), "level": "DEBUG", "requestId": uuid(), "message": "idempotency hit",
                   "attempt": 2, "statusCode": 200, "cachedBytes": int(D6())})

    def t11(r):
        c = CS()
        return jd({"timestamp": iso(), "level": "ERROR", "requestId": uuid(), "message": "card limit update failed",
                   "upstream": {"status": "@@X@@", "message": M(c)}}).replace('"@@X@@"', r.s(c))

    def t12(r):
        return jd({"timestamp": iso(), "level": "INFO", "requestId": uuid(), "message": "OTP dispatched",
                   "channel": "sms", "otpCode": OTP(), "expiresIn": 300})

    def t13(r):
        a, b = C(), C()
        return jd({"timestamp": iso(), "level": "WARN", "requestId": uuid(), "message": "batch partially failed",
                   "errorCodes": [r.c(a), r.c(b)], "batchId": "b_" + alnum(10)})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("apigw_access", "Amazon API Gateway access logs (JSON and CLF) and REST API execution logs")
def apigw_access():
    def rid():
        return uuid()

    def t1(r):
        st = R.choice(["200", "201", "400", "422", "502"])
        return jd({"requestId": rid(), "ip": pubip(), "requestTime": "14/May/2024:%02d:%02d:%02d +0000" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                   "httpMethod": "POST", "resourcePath": "/v1/payouts", "status": st, "protocol": "HTTP/1.1",
                   "responseLength": D6(), "integrationLatency": num(5, 3000), "integrationStatus": st})

    def t2(r):
        c = CNQ()
        return jd({"requestId": rid(), "routeKey": "POST /v1/payees", "status": "500", "integrationStatus": "200",
                   "integrationErrorMessage": "BizException: %s %s" % (r.c(c), M(c)), "responseLatency": num(10, 900)})

    def t3(r):
        c = C()
        inner = jd({"code": r.c(c), "msg": M(c)})
        return "(%s) Endpoint response body before transformations: %s" % (rid(), inner)

    def t4(r):
        c = CS()
        inner = '{"code":%s,"msg":%s}' % (r.s(c), jd(M(c)))
        return "(%s) Method response body after transformations: %s" % (rid(), inner)

    def t5(r):
        c = C()
        return "(%s) Endpoint response headers: {X-Result-Code=%s, Content-Type=application/json, X-Amzn-Trace-Id=Root=1-%s-%s}" % (
            rid(), r.c(c), hexs(8), hexs(24))

    def t6(r):
        return "(%s) Method completed with status: %s" % (rid(), R.choice([200, 201, 400, 500, 502]))

    def t7(r):
        return "(%s) Execution failed due to configuration error: Invalid endpoint address" % rid()

    def t8(r):
        return "(%s) Endpoint request URI: https://payouts.internal/v1/oauth/callback?merchant_id=%s&code=%s" % (rid(), D6(), OTP())

    def t9(r):
        return "(%s) Method request path: {payoutId=%s}" % (rid(), D6())

    def t10(r):
        return '%s - - [14/May/2024:%02d:%02d:%02d +0000] "POST /v1/otp/verify HTTP/1.1" %s %s %s' % (
            pubip(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice([200, 400, 429]), D6(), rid())

    def t11(r):
        c = R.choice(["500000", "503000"])
        inner = jd({"errorCode": r.c(c), "errorMessage": CAT[c]})
        return "(%s) Endpoint response body before transformations: %s" % (rid(), inner)

    def t12(r):
        return jd({"requestId": rid(), "authorizer.status": "403", "authorizer.error": "Unauthorized", "authorizerBizCode": D6(),
                   "status": "403", "path": "/v1/balances"})

    def t13(r):
        return "(%s) Method request body before transformations: %s" % (rid(), jd({"amount": big_money(), "currency": "HKD", "payee": {"postalCode": D6()}}))

    def t14(r):
        u = U6()
        return "(%s) Endpoint response body before transformations: %s" % (rid(), jd({"resp_code": r.c(u), "resp_msg": "channel busy"}))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14]


@shape("gcp_logging", "Google Cloud Logging LogEntry JSON: jsonPayload, textPayload, httpRequest, audit protoPayload, Cloud Run/Functions/Scheduler")
def gcp_logging():
    def res():
        return {"type": "cloud_run_revision", "labels": {"service_name": svc(), "revision_name": "%s-000%s-%s" % (svc(), num(10, 99), alnum(3)),
                "location": "asia-east2", "project_id": "acme-pay-prod"}}

    def t1(r):
        c = C()
        return jd({"insertId": alnum(16), "jsonPayload": {"message": "payout rejected", "errorCode": r.c(c), "payoutId": po()},
                   "resource": res(), "timestamp": iso(6), "severity": "ERROR", "logName": "projects/acme-pay-prod/logs/run.googleapis.com%2Fstdout"})

    def t2(r):
        c = C()
        return jd({"insertId": alnum(16), "textPayload": "%s ERROR [worker] upstream error %s: %s" % (iso(), r.c(c), M(c)),
                   "resource": res(), "severity": "ERROR"})

    def t3(r):
        return jd({"insertId": alnum(16), "httpRequest": {"requestMethod": "POST", "requestUrl": "https://api.acme.com/v1/payouts?ref=%s" % D6(),
                   "status": R.choice([200, 201, 429, 502, 503]), "responseSize": D6(), "latency": "%d.%03ds" % (R.randint(0, 9), R.randint(0, 999)),
                   "remoteIp": pubip()}, "resource": res(), "severity": "INFO"})

    def t4(r):
        return jd({"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {"code": R.choice([3, 5, 7, 9]),
                   "message": R.choice(["PERMISSION_DENIED", "NOT_FOUND", "FAILED_PRECONDITION"])}, "methodName": "google.cloud.secretmanager.v1.SecretManagerService.AccessSecretVersion",
                   "resourceName": "projects/%s/secrets/payout-signing-key/versions/%s" % (num(10 ** 11, 10 ** 12), num(1, 40))},
                   "severity": "ERROR", "logName": "projects/acme-pay-prod/logs/cloudaudit.googleapis.com%2Fdata_access"})

    def t5(r):
        c = C()
        return jd({"jsonPayload": {"msg": "wallet debit refused", "response": {"body": {"code": r.c(c), "message": M(c)}}, "walletId": "w_" + alnum(10)},
                   "severity": "WARNING", "timestamp": iso(6)})

    def t6(r):
        return jd({"jsonPayload": {"@type": "type.googleapis.com/google.cloud.scheduler.logging.AttemptFinished", "jobName": "projects/acme-pay-prod/locations/asia-east2/jobs/settle-%s" % D6(),
                   "status": "INTERNAL", "targetType": "HTTP", "url": "https://settlement.run.app/cron/settle?batch=%s" % D6(),
                   "debugInfo": "URL_ERROR-ERROR_OTHER. Original HTTP response code number = 500"}, "severity": "ERROR"})

    def t7(r):
        return jd({"textPayload": "The request failed because either the HTTP response was malformed or connection to the instance had an error.",
                   "resource": res(), "severity": "ERROR", "trace": "projects/acme-pay-prod/traces/%s" % hexs(32)})

    def t8(r):
        return jd({"textPayload": "Function execution took %s ms, finished with status: '%s'" % (D6(), R.choice(["error", "timeout", "crash"])),
                   "resource": {"type": "cloud_function", "labels": {"function_name": "reconcile-bank-file", "region": "asia-east2"}}, "severity": "DEBUG"})

    def t9(r):
        c = C()
        return jd({"jsonPayload": {"msg": "fx quote expired", "upstream_status": r.c(c), "quoteId": "q_" + alnum(12)}, "severity": "WARNING"})

    def t10(r):
        c = CS()
        return jd({"jsonPayload": {"msg": "card provider answered", "result": {"retCode": "@@X@@", "retMsg": M(c)}}, "severity": "ERROR"}).replace('"@@X@@"', r.s(c))

    def t11(r):
        return jd({"jsonPayload": {"msg": "verification SMS queued", "template": "otp_v2", "to": masked_phone(), "verifyCode": OTP()}, "severity": "INFO"})

    def t12(r):
        c = C()
        return jd({"textPayload": "Function execution took %s ms. Finished with status code: 200. payout %s returned status %s" % (num(10, 9000), po(), r.c(c)),
                   "severity": "INFO"})

    def t13(r):
        return jd({"jsonPayload": {"msg": "batch summary", "processed": int(D6()), "failed": int(num(0, 300)), "exitCode": 0}, "severity": "INFO"})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("azure_appinsights", "Azure Application Insights / Log Analytics rows (AppRequests, AppDependencies, AppExceptions, AppTraces) and Azure Functions host lines")
def azure_appinsights():
    def op():
        return hexs(32)

    def t1(r):
        rc = R.choice(["200", "201", "400", "401", "500"])
        return jd({"TimeGenerated": iso(6), "Type": "AppRequests", "Name": "POST /api/payouts", "Url": "https://payout-api.azurewebsites.net/api/payouts",
                   "ResultCode": rc, "DurationMs": float("%s.%s" % (D6(), num(1, 9))), "Success": rc.startswith("2"), "OperationId": op(), "AppRoleName": "payout-api"})

    def t2(r):
        return jd({"TimeGenerated": iso(6), "Type": "AppDependencies", "Target": "ledger.internal", "DependencyType": "HTTP",
                   "Name": "POST /v1/entries", "ResultCode": r.c("000000", "0"), "Success": False, "DurationMs": float(num(20000, 100000)), "OperationId": op()})

    def t3(r):
        c = CNQ()
        m = r.c(c)
        return jd({"TimeGenerated": iso(6), "Type": "AppExceptions", "ProblemId": "Acme.Pay.BizException at Acme.Pay.PayoutService.Submit",
                   "OuterMessage": "%s %s" % (m, M(c)), "Properties": {"ErrorCode": r.c(c), "MerchantId": mch()}, "OperationId": op()})

    def t4(r):
        c = C()
        return jd({"TimeGenerated": iso(6), "Type": "AppTraces", "Message": "Payout %s rejected with code %s" % (po(), r.c(c)), "SeverityLevel": 3,
                   "Properties": {"CategoryName": "Acme.Pay.Payouts", "OrderNo": D6()}})

    def t5(r):
        return jd({"TimeGenerated": iso(6), "Type": "AppTraces", "Message": "Sending SMS verification code %s to %s" % (OTP(), masked_phone()), "SeverityLevel": 1,
                   "Properties": {"CategoryName": "Acme.Notify.Sms"}})

    def t6(r):
        return jd({"TimeGenerated": iso(6), "Type": "AppMetrics", "Name": "payout_amount_minor", "Sum": int(D6()), "ItemCount": 1, "Min": int(D6()), "Max": int(D6())})

    def t7(r):
        c = CS()
        return jd({"TimeGenerated": iso(6), "Type": "AppTraces", "Message": "Upstream reply %d" % int(c), "SeverityLevel": 2,
                   "Properties": {"resp.code": r.s(c), "OriginalFormat": "Upstream reply {resp.code}"}})

    def t8(r):
        return jd({"TimeGenerated": iso(6), "Type": "AppTraces", "Message": "Retrying ledger call", "SeverityLevel": 2,
                   "Properties": {"HttpStatusCode": "503", "RetryCount": "3", "ElapsedMs": D6()}})

    def t9(r):
        return "%s Executed 'Functions.SettlePayouts' (Failed, Id=%s, Duration=%sms)" % (iso(3), uuid(), D6())

    def t10(r):
        return "%s Executed 'Functions.Webhook' (Succeeded, Id=%s, Duration=%sms)" % (iso(3), uuid(), num(3, 900))

    def t11(r):
        c = C()
        return "%s Executing 'Functions.RefundWorker' (Reason='New ServiceBus message detected on 'refunds'.', Id=%s) result: code=%s" % (iso(3), uuid(), r.c(c))

    def t12(r):
        u = U6()
        return jd({"TimeGenerated": iso(6), "Type": "AppTraces", "Message": "issuer declined card load", "SeverityLevel": 3,
                   "Properties": {"ApiStatus": r.c(u), "CardRef": "crd_" + alnum(10)}})

    def t13(r):
        return jd({"TimeGenerated": iso(6), "Type": "AppDependencies", "Target": "sms-gateway", "DependencyType": "HTTP", "Name": "POST /send",
                   "ResultCode": "429", "Success": False, "DurationMs": 12.5, "Data": "https://sms-gateway/send?to=%s&code=%s" % (masked_phone(), OTP())})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("k8s_events", "Kubernetes events: kubectl get events rows and Event objects, including probe output and operator (controller) events")
def k8s_events():
    def ago():
        return R.choice(["%ds" % R.randint(5, 59), "%dm" % R.randint(1, 59), "%dm%ds" % (R.randint(1, 9), R.randint(1, 59)), "%dh" % R.randint(1, 9)])

    def row(typ, reason, obj, msg):
        return "%-8s %-8s %-20s %s   %s" % (ago(), typ, reason, obj, msg)

    def t1(r):
        p = pod("payout-worker")
        return row("Warning", "BackOff", "pod/" + p, "Back-off restarting failed container worker in pod %s_payments(%s)" % (p, uuid()))

    def t2(r):
        return row("Normal", "Pulled", "pod/" + pod("payout-api"), 'Successfully pulled image "registry.acme.io/payout-api:build-%s" in 1.%03ds (1.%03ds including waiting)' % (D6(), R.randint(0, 999), R.randint(0, 999)))

    def t3(r):
        return row("Warning", "Unhealthy", "pod/" + pod("ledger"), "Readiness probe failed: HTTP probe failed with statuscode: %s" % R.choice([500, 503]))

    def t4(r):
        return row("Warning", "OOMKilling", "node/ip-10-0-%d-%d.ap-east-1.compute.internal" % (R.randint(0, 9), R.randint(2, 254)),
                   "Memory cgroup out of memory: Killed process %s (java) total-vm:%skB, anon-rss:%skB" % (D6(), num(10 ** 6, 10 ** 7), num(10 ** 6, 10 ** 7)))

    def t5(r):
        p = pod("payout-worker")
        return jd({"kind": "Event", "apiVersion": "v1", "metadata": {"name": "%s.17%s" % (p, hexs(10)), "namespace": "payments", "resourceVersion": D6()},
                   "involvedObject": {"kind": "Pod", "name": p}, "reason": "BackOff", "message": "Back-off restarting failed container", "count": int(num(2, 400)), "type": "Warning"})

    def t6(r):
        c = R.choice(["503000", "500000"])
        return row("Warning", "Unhealthy", "pod/" + pod("fx-quote"), "Readiness probe failed: " + jd({"status": "DOWN", "code": r.c(c), "msg": CAT[c]}))

    def t7(r):
        return row("Warning", "BackoffLimitExceeded", "job/settle-2024051%d" % R.randint(4, 6), "Job has reached the specified backoff limit")

    def t8(r):
        c = C()
        return row("Warning", "ReconcileError", "paymentroute/%s" % R.choice(["hk-fps", "sg-fast", "uk-fps"]), "upstream error %s: %s" % (r.c(c), M(c)))

    def t9(r):
        c = C()
        return row("Warning", "SyncFailed", "merchantwebhook/mch-%s" % D6(), "webhook test call returned code %s" % r.c(c))

    def t10(r):
        return row("Warning", "FailedScheduling", "pod/" + pod("settlement"), "0/%d nodes are available: 3 Insufficient memory, 2 node(s) had untolerated taint." % R.randint(6, 40))

    def t11(r):
        return row("Warning", "FailedMount", "pod/" + pod("payout-api"), 'MountVolume.SetUp failed for volume "keys" : secret "payout-keys-%s" not found' % D6())

    def t12(r):
        return row("Normal", "Killing", "pod/" + pod("card-issuing"), "Stopping container api, exit code 137, restartCount %d" % R.randint(1, 90))

    def t13(r):
        c = C()
        return jd({"kind": "Event", "apiVersion": "events.k8s.io/v1", "reason": "ProbeWarning", "note": "Liveness probe warning: result code %s, body %s" % (r.c(c), D6()),
                   "regarding": {"kind": "Pod", "name": pod("kyc-gateway")}, "type": "Warning"})

    def t14(r):
        a, b = C(), C()
        return row("Warning", "DrainFailed", "canaryrelease/payout-api", "canary analysis failed, error_codes=[%s, %s] above threshold" % (r.c(a), r.c(b)))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14]


@shape("kubectl_logs_prefix", "kubectl logs --prefix and stern output: pod/container prefixes in front of app, Spring Boot and Envoy sidecar lines")
def kubectl_logs_prefix():
    def pre(name, cont):
        return "[pod/%s/%s] " % (pod(name), cont)

    def stern(name, cont):
        return "%s %s " % (pod(name), cont)

    def t1(r):
        c = C()
        return pre("payout-api", "api") + "%s ERROR payout.submit failed err_code=%s merchant=%s" % (iso(), r.c(c), mch())

    def t2(r):
        c = CS()
        return pre("fx-quote", "app") + '{"ts":%s.%s,"level":"error","msg":"FX lock failed","resp":{"code":%s,"msg":%s}}' % (epoch_s(), num(100, 999), r.s(c), jd(M(c)))

    def t3(r):
        return pre("ledger", "app") + "%s listening on :8080 pid=%s" % (when().strftime("%Y/%m/%d %H:%M:%S"), D6())

    def t4(r):
        c = C()
        return stern("payout-worker", "worker") + "%s WARN retrying, last_status=%s attempt=%d" % (when().strftime("%H:%M:%S"), r.c(c), R.randint(2, 5))

    def t5(r):
        return pre("payout-api", "istio-proxy") + '[%s] "POST /v1/payouts HTTP/1.1" %s %s %s %s %s - "%s" "okhttp/4.12.0" "%s" "payout-api.payments" "%s:8080"' % (
            iso(), R.choice([200, 503, 504]), R.choice(["-", "UF", "UT"]), num(100, 9000), D6(), num(10000, 99999), pubip(), uuid(), ip())

    def t6(r):
        c = CNQ()
        return pre("payout-api", "api") + "%s ERROR 1 --- [nio-8080-exec-%d] c.a.p.web.PayoutController   : BizException: %s %s" % (
            when().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(1, 9), r.c(c), M(c))

    def t7(r):
        return pre("payout-api", "api") + "%s  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path ''" % when().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]

    def t8(r):
        a, b = C(), C()
        return stern("settlement", "job") + '%s batch item failed codes=["%s","%s"] batch=%s' % (iso(), r.c(a), r.c(b), "b_" + alnum(8))

    def t9(r):
        return stern("payout-worker", "worker") + "%s kafka consumer lag=%s partition=%d" % (iso(), D6(), R.randint(0, 11))

    def t10(r):
        c = C()
        return pre("card-issuing", "api") + "%s level=error msg=\"issuer call failed\" resp_body=\"{\\\"code\\\":\\\"%s\\\",\\\"trace\\\":\\\"%s\\\"}\"" % (iso(), r.c(c), hexs(16))

    def t11(r):
        return pre("notify", "app") + "%s INFO rendered sms template=otp_login to=%s: Your login code: %s" % (iso(), masked_phone(), OTP())

    def t12(r):
        return stern("kyc-gateway", "app") + "%s error: dial tcp %s:%s: connect: connection refused" % (iso(), ip(), cyc("port1", ["40011", "30001", "40004"]))

    def t13(r):
        c = C()
        return pre("webhook-dispatcher", "app") + "%s WARN delivery %s failed - status %s" % (iso(), "whd_" + alnum(12), r.c(c))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("container_runtime", "Docker json-file and CRI (containerd/CRI-O) container log lines wrapping app output")
def container_runtime():
    def cri(stream, tag, text):
        return "%s %s %s %s" % (iso9(), stream, tag, text)

    def dj(text, stream="stderr"):
        return jd({"log": text + "\n", "stream": stream, "time": iso9()})

    def t1(r):
        c = R.choice(["500000", "503000", "404000", "403000", "401000"])
        return dj(jd({"level": "error", "code": r.c(c), "msg": CAT[c]}))

    def t2(r):
        c = C()
        return cri("stderr", "F", jd({"level": "error", "ts": iso(), "msg": "payout failed", "errCode": r.c(c)}))

    def t3(r):
        c = C()
        return cri("stdout", "P", '{"event":"callback","body":"{\\"resultCode\\":\\"%s\\",' % r.c(c))

    def t4(r):
        return dj("%s INFO worker started pid=%s" % (when().strftime("%Y-%m-%d %H:%M:%S.%f"), D6()), "stdout")

    def t5(r):
        return dj("GET /healthz 200 %sus" % D6(), "stdout")

    def t6(r):
        c = CNQ()
        return dj("ERROR %s - %s" % (r.c(c), M(c)))

    def t7(r):
        return dj("[sms] rendered template otp_v2 for %s: Your login code: %s" % (masked_phone(), OTP()), "stdout")

    def t8(r):
        return cri("stdout", "F", jd({"level": "info", "msg": "order %s not found" % cyc("ordnf", ["040011", DC, DC])}))

    def t9(r):
        return cri("stdout", "F", "payout %s done status=%s took=%sms" % (po(), r.c("000000"), D6()))

    def t10(r):
        return cri("stderr", "F", "java.net.SocketTimeoutException: Read timed out after %s ms" % D6())

    def t11(r):
        c = CS()
        return dj(jd({"level": "warn", "msg": "limit change refused", "data": {"status": "@@X@@", "cardId": "crd_" + alnum(10)}}).replace('"@@X@@"', r.s(c)), "stdout")

    def t12(r):
        return dj(jd({"level": "info", "msg": "settled", "amount": int(D6()), "currency": "JPY", "batch": D6()}), "stdout")

    def t13(r):
        c = C()
        return cri("stderr", "F", "%s [payout-worker] ERR ledger post failed: error code is %s" % (iso(), r.c(c)))

    def t14(r):
        return cri("stderr", "F", "%s panic: runtime error: index out of range [%s] with length %s" % (iso(), D6(), D6()))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14]


@shape("kafka_consumer", "Kafka consumer logs: Java ConsumerRecord toString, librdkafka, kafkajs, Python consumers, DLT forwarding, with message payloads and headers")
def kafka_consumer():
    def rec(value, topic="payout.results"):
        return ("ConsumerRecord(topic = %s, partition = %d, leaderEpoch = %d, offset = %s, CreateTime = %s, serialized key size = 36, "
                "serialized value size = %d, headers = RecordHeaders(headers = [], isReadOnly = false), key = %s, value = %s)") % (
            topic, R.randint(0, 11), R.randint(1, 40), D6(), epoch_ms(), len(value), po(), value)

    def t1(r):
        c = C()
        return rec(jd({"payoutId": po(), "status": "FAILED", "resultCode": r.c(c)}))

    def t2(r):
        return rec(jd({"payoutId": po(), "status": "SUCCEEDED", "amountMinor": int(D6()), "currency": "HKD"}))

    def t3(r):
        return jd({"level": "ERROR", "timestamp": iso(), "logger": "kafkajs", "message": "[Consumer] Crash: KafkaJSNumberOfRetriesExceeded: Connection timeout",
                   "groupId": "payout-results", "retryCount": 5, "stack": "KafkaJSNonRetriableError"})

    def t4(r):
        c = C()
        return "%s consumed topic=ledger.events partition=%d offset=%s key=acc_%s headers={x-result-code=%s, trace-id=%s}" % (
            iso(), R.randint(0, 11), D6(), alnum(10), r.c(c), hexs(32))

    def t5(r):
        return "%%4|%s.%s|MAXPOLL|rdkafka#consumer-1| [thrd:main]: Application maximum poll interval (300000ms) exceeded by %dms" % (epoch_s(), num(100, 999), R.randint(10, 900))

    def t6(r):
        return "[Consumer clientId=consumer-payouts-1, groupId=payouts] Seeking to offset %s for partition payout.results-%d" % (D6(), R.randint(0, 11))

    def t7(r):
        c = "040024"
        return 'Sent record to DLT payout.results.DLT partition=0 offset=%s reason="BizException: %s %s"' % (D6(), r.c(c), M(c))

    def t8(r):
        return "Committed offsets {payout.results-%d=OffsetAndMetadata{offset=%s, leaderEpoch=%d, metadata=''}}" % (R.randint(0, 11), D6(), R.randint(1, 40))

    def t9(r):
        c = CS(noq=True)
        return "%s consumer msg key=b'%s' value=b'{\"code\": %s, \"msg\": %s}'" % (iso(), po(), r.s(c), json.dumps(M(c), ensure_ascii=False))

    def t10(r):
        a, b = C(), C()
        return '%s batch summary topic=payout.results error_codes=["%s","%s"] records=%s' % (iso(), r.c(a), r.c(b), D6())

    def t11(r):
        return '%s batch summary topic=payout.results failed_codes=["%s","%s"] records=%s' % (iso(), DC(), DC(), D6())

    def t12(r):
        c = C()
        return rec(jd({"event": "card.load.failed", "card": "crd_" + alnum(10), "detail": "issuer replied %s - %s" % (r.c(c), T(c))}), "card.events")

    def t13(r):
        return "%s [Producer clientId=payouts-producer] Got error produce response with correlation id %s on topic-partition payout.results-%d, retrying (%d attempts left). Error: NOT_LEADER_OR_FOLLOWER" % (
            iso(), D6(), R.randint(0, 11), R.randint(1, 5))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("rabbitmq", "RabbitMQ broker log lines and AMQP consumer logs (pika, Spring AMQP) with message bodies and headers")
def rabbitmq():
    def bts():
        t = when()
        return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"

    def erl():
        return "<0.%s.0>" % D6()

    def t1(r):
        return "%s [info] %s accepting AMQP connection %s (%s:%s -> %s:5672)" % (bts(), erl(), erl(), ip(), port(), ip())

    def t2(r):
        return "%s [warning] %s closing AMQP connection %s (%s:%s -> %s:5672, vhost: 'payments', user: 'payout-worker'): client unexpectedly closed TCP connection" % (
            bts(), erl(), erl(), ip(), port(), ip())

    def t3(r):
        return "%s [error] %s Channel error on connection %s (%s:%s -> %s:5672, vhost: 'payments', user: 'ledger'), channel 1: operation basic.ack caused a channel exception precondition_failed: unknown delivery tag %s" % (
            bts(), erl(), erl(), ip(), port(), ip(), D6())

    def t4(r):
        c = "040016"
        return "%s Received message deliveryTag=%s routingKey=payout.result redelivered=false body=%s" % (
            iso(), D6(), jd({"payoutId": po(), "status": "FAILED", "errorCode": r.c(c), "errorMsg": M(c)}))

    def t5(r):
        c = CNQ()
        return "%s WARN o.s.a.r.l.ConditionalRejectingErrorHandler - Execution of Rabbit message listener failed. Caused by: com.acme.pay.BizException: %s %s" % (
            iso(), r.c(c), M(c))

    def t6(r):
        c = C()
        return "%s Rejecting message to DLX payments.dlx, x-death count=%d, last error code %s" % (iso(), R.randint(1, 5), r.c(c))

    def t7(r):
        return "%s Publishing confirm received for deliveryTag %s, multiple=false" % (iso(), D6())

    def t8(r):
        c = CS()
        return "%s pika consumer got message headers={x-result-code=%s, x-retry=%d} body_len=%d" % (iso(), r.s(c), R.randint(0, 4), R.randint(80, 900))

    def t9(r):
        return "%s Received message deliveryTag=%s routingKey=fx.quote body={\"status\":%s,\"msg\":\"ok\",\"quote\":\"%s\"}" % (
            iso(), D6(), r.c("000000", "0"), "q_" + alnum(12))

    def t10(r):
        return "%s [info] %s queue 'payout.results' in vhost 'payments': recovered %s messages in %dms" % (bts(), erl(), D6(), R.randint(5, 900))

    def t11(r):
        return "%s Received message deliveryTag=%s routingKey=notify.sms body=%s" % (
            iso(), D6(), jd({"to": masked_phone(), "template": "otp", "smsCode": OTP(), "ttl": 300}))

    def t12(r):
        u = U6()
        return "%s Received message deliveryTag=%s routingKey=acquiring.result body=%s" % (
            iso(), D6(), jd({"txnId": "tx_" + alnum(12), "result": {"res_code": r.c(u), "res_msg": "issuer unavailable"}}))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]


@shape("elastic_ecs", "Elasticsearch documents in ECS form (@timestamp, error.code, nested http.response.body.content), APM errors, and Elasticsearch server/slow logs")
def elastic_ecs():
    def t1(r):
        c = C()
        return jd({"@timestamp": iso(), "log.level": "error", "message": "payout rejected", "service.name": svc(),
                   "error.code": r.c(c), "error.message": M(c), "http.response.status_code": 422, "trace.id": hexs(32)})

    def t2(r):
        c = R.choice(["503000", "500000", "404000"])
        content = jd({"code": r.c(c), "message": CAT[c]})
        return jd({"@timestamp": iso(), "http": {"request": {"method": "POST"}, "response": {"status_code": 502, "body": {"bytes": int(D6()), "content": content}}},
                   "url": {"path": "/v1/payouts"}, "event": {"dataset": "payout-api.access"}})

    def t3(r):
        return jd({"@timestamp": iso(), "event.code": D6(), "event.outcome": "failure", "event.duration": int(D6()) * 1000, "host.name": "pay-gw-%d" % R.randint(1, 9)})

    def t4(r):
        return jd({"@timestamp": iso(), "message": "Your verification code is %s" % OTP(), "labels": {"template": "otp_sms"}, "service.name": "notify"})

    def t5(r):
        return "[%s][WARN ][i.s.s.query              ] [es-data-%d] [payments-2024.05.14][%d] took[1.%ds], took_millis[1%03d], total_hits[%s hits], search_type[QUERY_THEN_FETCH], total_shards[12], source[%s]" % (
            when().strftime("%Y-%m-%dT%H:%M:%S,%f")[:-3], R.randint(1, 6), R.randint(0, 11), R.randint(0, 9), R.randint(0, 999), D6(),
            jd({"query": {"term": {"merchant_id": D6()}}}))

    def t6(r):
        return "[%s][DEBUG][o.e.a.b.TransportShardBulkAction] [es-data-%d] failed to execute bulk item (index) index {[payments-2024.05.14][_doc][%s], source[n/a, actual length: [%skb], max length: 2kb]}" % (
            when().strftime("%Y-%m-%dT%H:%M:%S,%f")[:-3], R.randint(1, 6), D6(), num(2, 90))

    def t7(r):
        c = CNQ()
        return jd({"@timestamp": iso(), "processor": {"event": "error"}, "error": {"grouping_key": hexs(32),
                   "exception": [{"message": "[%s] %s" % (r.c(c), M(c)), "type": "BizException"}]}, "service": {"name": svc()}})

    def t8(r):
        c = CS()
        return jd({"@timestamp": iso(), "log.level": "warn", "message": "issuer response", "labels": {"upstream_code": "@@X@@"}}).replace('"@@X@@"', r.s(c))

    def t9(r):
        return jd({"@timestamp": iso(), "log.level": "info", "message": "refund settled", "payment": {"amount": float(big_money()), "order_no": D6()},
                   "http.response.status_code": 200})

    def t10(r):
        c = C()
        return jd({"@timestamp": iso(), "log.level": "error", "message": "callback from card provider: status code %s" % r.c(c), "ecs.version": "8.11.0"})

    def t11(r):
        return "[%s][INFO ][o.e.c.m.MetadataCreateIndexService] [es-master-1] [payments-2024.05.%d] creating index, cause [auto(bulk api)], templates [payments], shards [3]/[1]" % (
            when().strftime("%Y-%m-%dT%H:%M:%S,%f")[:-3], R.randint(14, 16))

    def t12(r):
        a, b = C(), C()
        return jd({"@timestamp": iso(), "message": "reconciliation mismatch", "error": {"codes": [r.c(a), r.c(b)]}, "batch.id": D6()})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]


@shape("logstash_fluent", "Logstash warnings with Ruby-hash events, Fluent Bit stdout records and engine logs, Fluentd records")
def logstash_fluent():
    def lts():
        return when().strftime("%Y-%m-%dT%H:%M:%S,%f")[:-3]

    def fbts():
        return when().strftime("%Y/%m/%d %H:%M:%S")

    def t1(r):
        oid = D6()
        return ('[%s][WARN ][logstash.outputs.elasticsearch][main][%s] Could not index event to Elasticsearch. {:status=>400, :action=>["index", {:_id=>nil, :_index=>"payments-2024.05.14", :routing=>nil}, {"order_no"=>"%s", "message"=>"settled"}], '
                ':response=>{"index"=>{"status"=>400, "error"=>{"type"=>"mapper_parsing_exception", "reason"=>"failed to parse field [amount] of type [long] in document with id \'%s\'"}}}}') % (lts(), hexs(16), oid, oid)

    def t2(r):
        c = C()
        return ('[%s][WARN ][logstash.outputs.elasticsearch][main][%s] Could not index event to Elasticsearch. {:status=>400, :action=>["index", {:_id=>nil, :_index=>"payouts-2024.05.14"}, '
                '{"biz_code"=>"%s", "payout_id"=>"%s"}], :response=>{"index"=>{"status"=>400, "error"=>{"type"=>"illegal_argument_exception"}}}}') % (lts(), hexs(16), r.c(c), po())

    def t3(r):
        c = R.choice(["040021", "040022", "040013", "040033"])
        log = jd({"level": "error", "retCode": r.c(c), "msg": M(c)})
        return '[0] kube.var.log.containers.%s_payments_api-%s.log: [[%s.%s, {}], {"time"=>"%s", "stream"=>"stderr", "_p"=>"F", "log"=>%s}]' % (
            pod("payout-api"), hexs(16), epoch_s(), num(10 ** 8, 10 ** 9 - 1), iso9(), json.dumps(log))

    def t4(r):
        return "[%s] [ warn] [engine] failed to flush chunk '1-%s.%s.flb', retry in %d seconds: task_id=%d, input=tail.0 > output=es.0 (out_id=0)" % (
            fbts(), epoch_s(), num(10 ** 8, 10 ** 9 - 1), R.randint(6, 60), R.randint(0, 9))

    def t5(r):
        return '[%s] [error] [output:es:es.0] HTTP status=400 URI=/_bulk, response: {"errors":true,"items":[{"index":{"_id":"%s","status":400}}]}' % (fbts(), D6())

    def t6(r):
        return '%s +0000 [warn]: #0 failed to flush the buffer. retry_times=%d next_retry_time=%s chunk="%s" error_class=Net::ReadTimeout error="Net::ReadTimeout"' % (
            when().strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 9), when().strftime("%Y-%m-%d %H:%M:%S") + " +0000", hexs(32))

    def t7(r):
        c = C()
        return "%s +0000 app.payouts: %s" % (when().strftime("%Y-%m-%d %H:%M:%S.%f"), jd({"level": "error", "upstream_code": r.c(c), "message": M(c)}))

    def t8(r):
        return "[%s] [ info] [input:tail:tail.0] inotify_fs_add(): inode=%s watch_fd=%d name=/var/log/containers/%s_payments_api-%s.log" % (
            fbts(), D6(), R.randint(1, 90), pod("ledger"), hexs(16))

    def t9(r):
        c = C()
        log = "%s ERROR payout %s failed with error %s\n" % (iso(), po(), r.c(c))
        return '[1] kube.var.log.containers.%s_payments_worker-%s.log: [[%s.%s, {}], {"stream"=>"stderr", "log"=>%s}]' % (
            pod("payout-worker"), hexs(16), epoch_s(), num(10 ** 8, 10 ** 9 - 1), json.dumps(log))

    def t10(r):
        return "%s +0000 app.notify: %s" % (when().strftime("%Y-%m-%d %H:%M:%S.%f"), jd({"level": "info", "msg": "otp sent", "sms_code": OTP(), "to": masked_phone()}))

    def t11(r):
        c = CS()
        return '[%s][INFO ][logstash.filters.ruby][main] payout event {"payout"=>"%s", "result_code"=>%s, "amount"=>%s}' % (lts(), po(), r.s(c), big_money())

    def t12(r):
        return "%s +0000 app.settlement: %s" % (when().strftime("%Y-%m-%d %H:%M:%S.%f"), jd({"level": "info", "batch": D6(), "rows": int(D6()), "exit_code": 0}))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]


@shape("otel_logs", "OpenTelemetry log records: OTLP/JSON logRecords (codes only in the body), collector debug-exporter lines, SDK console-exporter dicts")
def otel_logs():
    def lr(body, attrs, sev=17, text="ERROR"):
        return jd({"timeUnixNano": epoch_ms() + "000000", "severityNumber": sev, "severityText": text, "body": {"stringValue": body},
                   "attributes": attrs, "traceId": hexs(32), "spanId": hexs(16)})

    def sattr(k, v):
        return {"key": k, "value": {"stringValue": v}}

    def t1(r):
        c = C()
        return lr("payout %s failed with error %s" % (po(), r.c(c)), [sattr("order.id", D6()), sattr("service.name", svc())])

    def t2(r):
        c = C()
        return lr(jd({"code": r.c(c), "msg": M(c)}), [sattr("merchant.id", mch())])

    def t3(r):
        return lr("OTP dispatched", [sattr("otp.channel", "sms"), {"key": "otp.length", "value": {"intValue": "6"}}, sattr("enduser.id", D6())], 9, "INFO")

    def t4(r):
        return ("LogRecord #%d ObservedTimestamp: %s +0000 UTC Timestamp: %s +0000 UTC SeverityText: INFO SeverityNumber: Info(9) Body: Str(payout accepted) "
                "Attributes: -> order.id: Str(%s) -> amount.minor: Int(%s) Trace ID: %s Span ID: %s Flags: 1") % (
            R.randint(0, 9), when().strftime("%Y-%m-%d %H:%M:%S.%f"), when().strftime("%Y-%m-%d %H:%M:%S.%f"), D6(), D6(), hexs(32), hexs(16))

    def t5(r):
        c = C()
        return ("LogRecord #%d ObservedTimestamp: %s +0000 UTC SeverityText: ERROR SeverityNumber: Error(17) Body: Str(upstream error %s: %s) Trace ID: %s Span ID: %s Flags: 1") % (
            R.randint(0, 9), when().strftime("%Y-%m-%d %H:%M:%S.%f"), r.c(c), M(c), hexs(32), hexs(16))

    def t6(r):
        return jds({"body": "charge captured", "severity_number": "<SeverityNumber.INFO: 9>", "severity_text": "INFO",
                    "attributes": {"amount_minor": int(D6()), "code.lineno": int(num(10, 900)), "code.function": "capture"}, "trace_id": "0x" + hexs(32)})

    def t7(r):
        return jds({"body": "grpc call ok", "severity_text": "INFO", "attributes": {"rpc.system": "grpc", "rpc.method": "PostEntry", "rpc.grpc.status_code": "@@X@@"},
                    "resource": {"service.name": "ledger"}}).replace('"@@X@@"', r.c("000000", "0"))

    def t8(r):
        return jds({"body": "grpc call failed", "severity_text": "ERROR", "attributes": {"rpc.system": "grpc", "rpc.grpc.status_code": R.choice([4, 13, 14])},
                    "resource": {"service.name": "ledger"}})

    def t9(r):
        return lr("http client retry", [sattr("url.full", "https://ledger.internal/v1/entries?batch=%s" % D6()), {"key": "http.response.status_code", "value": {"intValue": "503"}}], 13, "WARN")

    def t10(r):
        c = CNQ()
        return lr("BizException: %s %s" % (r.c(c), T(c)), [sattr("exception.type", "com.acme.pay.BizException")])

    def t11(r):
        c = CS()
        return jds({"body": "issuer answered", "severity_text": "WARN", "attributes": {"upstream.status": "@@X@@", "card.ref": "crd_" + alnum(10)}}).replace('"@@X@@"', r.s(c))

    def t12(r):
        c = C()
        return lr("card load refused, returned code %s, retry=false" % r.c(c), [sattr("card.ref", "crd_" + alnum(10))], 13, "WARN")

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]


@shape("sentry_rollbar", "Sentry event JSON (exception, message with params, tags, contexts, breadcrumbs) and Rollbar items and webhooks")
def sentry_rollbar():
    def t1(r):
        c = C()
        return jd({"event_id": hexs(32), "timestamp": float("%s.%s" % (epoch_s(), num(100, 999))), "platform": "python", "level": "error", "logger": "payouts.worker",
                   "release": "payouts@2024.05.14+%s" % D6(), "tags": {"biz_code": r.c(c), "region": "hk"},
                   "exception": {"values": [{"type": "BizException", "value": M(c), "module": "acme.pay.errors"}]}})

    def t2(r):
        c = R.choice(["503000", "500000", "403000", "404000"])
        return jd({"event_id": hexs(32), "level": "error", "message": {"formatted": "Upstream error %s: %s" % (r.c(c), CAT[c]),
                   "message": "Upstream error %s: %s", "params": [r.c(c), CAT[c]]}, "logger": "ledger.client"})

    def t3(r):
        return jd({"event_id": hexs(32), "level": "warning", "breadcrumbs": {"values": [{"category": "httplib", "data": {"method": "POST", "status_code": 502,
                   "url": "https://ledger.internal/v1/entries?batch=%s" % D6()}, "timestamp": float(epoch_s())}]}, "transaction": "tasks.settle"})

    def t4(r):
        c = C()
        return jd({"data": {"environment": "production", "level": "error", "body": {"trace": {"frames": [{"filename": "app/payouts.rb", "lineno": int(num(10, 900))}],
                   "exception": {"class": "PayoutError", "message": "payout rejected: result code %s" % r.c(c)}}}, "custom": {"merchant": mch()}}})

    def t5(r):
        c = CNQ()
        return jd({"event_name": "new_item", "data": {"item": {"id": int(D6()), "counter": R.randint(10, 900), "title": "BizException: %s %s" % (r.c(c), T(c)),
                   "total_occurrences": R.randint(1, 90)}}})

    def t6(r):
        return jd({"data": {"deploy": {"id": int(D6()), "revision": hexs(7), "environment": "production", "local_username": "ci"}}})

    def t7(r):
        return jd({"event_id": hexs(32), "type": "transaction", "transaction": "/checkout", "measurements": {"fcp": {"value": R.randint(100, 3000)}, "lcp": {"value": int(D6())}}})

    def t8(r):
        return jd({"event_id": hexs(32), "level": "error", "contexts": {"response": {"status_code": 200, "data": {"code": r.c("000000"), "orderNo": D6()}}},
                   "message": "unexpected success after timeout"})

    def t9(r):
        return jd({"event_id": hexs(32), "level": "info", "user": {"id": D6(), "ip_address": "{{auto}}"}, "message": "Your login code: %s" % OTP(), "logger": "notify.debug"})

    def t10(r):
        c = CS()
        return jd({"event_id": hexs(32), "level": "error", "extra": {"response": '{"errCode":%s,"errMsg":%s}' % (r.s(c), jd(M(c)))}, "logger": "card.client"})

    def t11(r):
        return jd({"event_id": hexs(32), "level": "error", "exception": {"values": [{"type": "SubprocessError", "value": "Command 'settle.sh' returned non-zero exit status 1."}]},
                   "tags": {"exit_code": "1", "job_id": D6()}})

    def t12(r):
        u = U6()
        return jd({"event_id": hexs(32), "level": "error", "tags": {"upstream_status": r.c(u), "partner": "reap"}, "message": "partner rejected card order"})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]


@shape("webhook_delivery", "Webhook delivery logs: our outgoing merchant webhooks (attempts, response bodies) and incoming provider callbacks (Stripe, Adyen, Alipay, Checkout.com, WeChat Pay, Svix)")
def webhook_delivery():
    def t1(r):
        c = R.choice(["500000", "503000"])
        rb = jd({"code": r.c(c), "msg": CAT[c]})
        return 'webhook.delivery id=whd_%s merchant=%s event=payout.failed attempt=%d/8 url=https://merchant.example/hooks http_status=500 latency_ms=%d response_body=%s' % (
            alnum(12), mch(), R.randint(1, 8), R.randint(30, 9000), json.dumps(rb))

    def t2(r):
        c = C()
        return "webhook payload event=payout.failed data=%s" % jd({"payout_id": po(), "status": "FAILED", "error_code": r.c(c), "error_msg": M(c)})

    def t3(r):
        return 'webhook.delivery id=whd_%s merchant=%s event=payout.succeeded attempt=1/8 http_status=200 latency_ms=%d response_body="ok"' % (alnum(12), mch(), R.randint(30, 900))

    def t4(r):
        c = cyc("alipay", ["040004", "040001", "040006", "040002", "020001"])
        return "alipay.trade.query response=%s" % jd({"alipay_trade_query_response": {"code": r.s(c), "msg": "Business Failed", "sub_code": "ACQ.TRADE_NOT_EXIST",
                                                     "sub_msg": "trade does not exist"}, "sign": alnum(40)})

    def t5(r):
        return "alipay.trade.query response=%s" % jd({"alipay_trade_query_response": {"code": cyc("alipay-ok", ["10000", "20000"]), "msg": "Success", "trade_no": "2024051422%s" % num(10 ** 11, 10 ** 12 - 1),
                                                     "out_trade_no": D6(), "total_amount": money()}, "sign": alnum(40)})

    def t6(r):
        return "stripe webhook received id=evt_%s type=charge.failed account=acct_%s data.object.failure_code=card_declined outcome.network_status=declined_by_network amount=%s currency=hkd" % (
            alnum(24), alnum(16), D6())

    def t7(r):
        return 'adyen notification pspReference=88%s eventCode=AUTHORISATION success=false reason="Refused" merchantReference=ORD%s additionalData.refusalReasonRaw="51 : Insufficient funds" authCode=%s' % (
            num(10 ** 13, 10 ** 14 - 1), D6(), OTP())

    def t8(r):
        return "checkout.com webhook %s" % jd({"type": "payment_declined", "data": {"id": "pay_" + alnum(26), "response_code": cyc("cko", ["20051", "10000", "20005", "20054"]),
                                              "response_summary": "Insufficient Funds", "amount": int(D6())}})

    def t9(r):
        return "checkout.com webhook %s" % jd({"type": "payment_declined", "data": {"id": "pay_" + alnum(26), "response_code": r.s("020001"),
                                              "response_summary": "Refer to card issuer", "amount": int(D6())}})

    def t10(r):
        return "wechatpay notify body=<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]></result_code><err_code><![CDATA[ORDERPAID]]></err_code><out_trade_no>%s</out_trade_no><total_fee>%s</total_fee></xml>" % (
            D6(), D6())

    def t11(r):
        return "callback provider=reap ref=%s body=%s" % (uuid(), jd({"code": r.c("000000"), "message": "Transaction succeeded", "data": {"cardId": "crd_" + alnum(10)}}))

    def t12(r):
        return "svix attempt msg_%s endpoint ep_%s status=failed responseStatusCode=%s triggerType=0 responseDurationMs=%s" % (
            alnum(27), alnum(27), R.choice([500, 502, 504]), D6())

    def t13(r):
        c = CS()
        return 'svix attempt msg_%s endpoint ep_%s status=failed responseStatusCode=422 response="{\\"errCode\\":%s}"' % (alnum(27), alnum(27), r.s(c))

    def t14(r):
        u = U6()
        return "inbound callback provider=infinity path=/callbacks/card body=%s" % jd({"card_ref": "crd_" + alnum(10), "status": "DECLINED", "return_code": r.c(u)})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14]


@shape("resilience", "Retry and circuit-breaker messages: resilience4j events, Polly, Hystrix, Go backoff, rate limiters")
def resilience():
    def ts():
        return when().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]

    def t1(r):
        return "%s INFO  i.g.r.c.i.CircuitBreakerStateMachine - CircuitBreaker '%s' changed state from CLOSED to OPEN" % (ts(), R.choice(["ledgerClient", "fxQuote", "kycGateway"]))

    def t2(r):
        c = CNQ()
        return "%s WARN  i.g.r.retry.internal.RetryImpl - Retry 'fxQuote', waiting PT0.5S until attempt '%d'. Last attempt failed with exception 'com.acme.pay.BizException: %s %s'." % (
            ts(), R.randint(2, 4), r.c(c), M(c))

    def t3(r):
        return "%s DEBUG i.g.r.c.i.CircuitBreakerStateMachine - Event ERROR published: %s: CircuitBreaker 'ledgerClient' recorded an error: 'java.net.SocketTimeoutException: Read timed out'. Elapsed time: %s ms" % (
            ts(), iso(), D6())

    def t4(r):
        c = C()
        return "%s DEBUG i.g.r.c.i.CircuitBreakerStateMachine - Event ERROR published: %s: CircuitBreaker 'ledgerClient' recorded an error: 'com.acme.pay.RemoteException: status=%s'. Elapsed time: %d ms" % (
            ts(), iso(), r.c(c), R.randint(10, 3000))

    def t5(r):
        c = C()
        return "%s warn: Acme.Pay.Http[0] Polly retry %d of 5 for PayoutClient after 00:00:0%d.%07d due to: BizException (Upstream status code %s)" % (
            ts(), R.randint(1, 5), R.randint(0, 9), R.randint(0, 9999999), r.c(c))

    def t6(r):
        return "%s info: Polly[3] Execution attempt. Source: 'PayoutPipeline/(null)/Retry', Operation Key: '', Result: '%d', Handled: 'True', Attempt: '%d', Execution Time: %s.%02dms" % (
            ts(), R.choice([500, 503]), R.randint(0, 4), D6(), R.randint(0, 99))

    def t7(r):
        return "%s ERROR c.n.h.c.HystrixCommand - com.netflix.hystrix.exception.HystrixRuntimeException: LedgerCommand timed-out and no fallback available." % ts()

    def t8(r):
        c = R.choice(["503000", "500000", "110011", "030006"])
        return "%s WARN  c.a.p.LedgerCommand - LedgerCommand fallback invoked, failure cause: BizException: [%s] %s" % (ts(), r.c(c), CAT[c])

    def t9(r):
        return "%s WARN  i.g.r.b.i.SemaphoreBulkhead - Bulkhead 'payouts' is full and does not permit further calls, maxConcurrentCalls=%d" % (ts(), R.randint(10, 200))

    def t10(r):
        return "%s retrying in %d.%03ds after error: dial tcp %s:%s: connect: connection refused" % (iso(), R.randint(0, 9), R.randint(0, 999), ip(), R.choice(["40011", "30003", "10001"]))

    def t11(r):
        return '%s WARN  rate limiter \'otp\' rejected call: code %s %s' % (ts(), r.c("010014"), CAT["010014"])

    def t12(r):
        return "%s WARN  i.g.r.t.i.TimeLimiterImpl - TimeLimiter 'fx' recorded a timeout exception after %sms" % (ts(), D6())

    def t13(r):
        c = C()
        return "%s WARN  c.a.p.retry.RetryListener - attempt %d/%d for payout %s failed, err %s, next backoff %dms" % (ts(), R.randint(1, 4), 5, po(), r.c(c), R.randint(100, 9000))

    def t14(r):
        return "%s INFO  c.a.p.retry.RetryListener - giving up after %d attempts, total wait %s ms, order %s status of %s items unknown" % (ts(), R.randint(3, 9), D6(), D6(), D6())

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14]


@shape("batch_jobs", "Cron and batch job output: Spring Batch, cron/systemd, Airflow, settlement job summaries")
def batch_jobs():
    def ts():
        return when().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]

    def t1(r):
        return "%s INFO  o.s.b.c.l.support.SimpleJobLauncher - Job: [SimpleJob: [name=dailySettlementJob]] completed with the following parameters: [{run.id=%s, date=2024-05-14}] and the following status: [COMPLETED] in %dm%ds" % (
            ts(), D6(), R.randint(1, 59), R.randint(0, 59))

    def t2(r):
        c = CNQ()
        return "%s ERROR o.s.batch.core.step.AbstractStep - Step: [settleStep] ExitStatus [exitCode=FAILED;exitDescription=BizException: %s %s]" % (ts(), r.c(c), M(c))

    def t3(r):
        return "%s pay-batch-1 CRON[%s]: (settle) CMD (/opt/acme/bin/settle --date 2024-05-14 >> /var/log/settle.log 2>&1)" % (when().strftime("%b %d %H:%M:%S"), D6())

    def t4(r):
        a, b = C(), C()
        return '[settle-20240514] done processed=%s succeeded=%s failed=%d error_codes=["%s","%s"] duration=%ds' % (D6(), D6(), R.randint(1, 400), r.c(a), r.c(b), R.randint(60, 9000))

    def t5(r):
        return '[settle-20240514] done processed=%s failed=%d top_codes=["%s","%s"] duration=%ds' % (D6(), R.randint(1, 400), DC(), DC(), R.randint(60, 9000))

    def t6(r):
        return "[payout-recon] batch commit status: %s rows affected" % D6()

    def t7(r):
        c = C()
        return "[%s] {taskinstance.py:%d} ERROR - Task failed with exception: ledger api returned code %s" % (when().strftime("%Y-%m-%d, %H:%M:%S UTC"), R.randint(100, 3000), r.c(c))

    def t8(r):
        return "[%s] {taskinstance.py:%d} INFO - Marking task as FAILED. dag_id=settlement, task_id=pull_bank_files, execution_date=20240514T000000, start_date=20240514T%02d%02d%02d, end_date=20240514T%02d%02d%02d" % (
            when().strftime("%Y-%m-%d, %H:%M:%S UTC"), R.randint(100, 3000), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))

    def t9(r):
        return R.choice(["[payout-export] Process exited with exit code 1", "[payout-export] job exited with exit_code=100000 after %ss" % num(10, 900),
                         "[payout-export] worker finished, exit status 100001"])

    def t10(r):
        c = C()
        return "settle job summary: total=%s ok=%s ko=%d last_status=%s" % (D6(), D6(), R.randint(1, 900), r.c(c))

    def t11(r):
        return "%s pay-batch-1 systemd[1]: settle.service: Main process exited, code=exited, status=1/FAILURE" % when().strftime("%b %d %H:%M:%S")

    def t12(r):
        c = R.choice(["040021", "040022", "040013", "040030"])
        return 'batch item %s failed: failure_code=%s msg="%s"' % (D6(), r.c(c), M(c))

    def t13(r):
        return "[refund-sweeper] status of %s orders: settled; %s pending" % (D6(), D6())

    def t14(r):
        u = U6()
        return "[fx-revaluation] finished with result_code=%s (partial), rows=%s" % (r.c(u), D6())

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14]


@shape("database_logs", "PostgreSQL server log lines (ERROR/DETAIL/CONTEXT/LOG/STATEMENT, RAISE from PL/pgSQL), MySQL client errors and slow log, pgx errors")
def database_logs():
    def pg():
        t = when()
        return "%s UTC [%s] payouts@ledger" % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], D6())

    def t1(r):
        return '%s ERROR:  duplicate key value violates unique constraint "payout_idem_key_uniq"' % pg()

    def t2(r):
        return "%s DETAIL:  Key (idempotency_key)=(%s) already exists." % (pg(), D6())

    def t3(r):
        c = CNQ()
        return "%s ERROR:  %s %s" % (pg(), r.c(c), M(c))

    def t4(r):
        return "%s CONTEXT:  PL/pgSQL function debit_wallet(bigint,numeric) line %d at RAISE" % (pg(), R.randint(10, 300))

    def t5(r):
        c = C()
        return "%s ERROR:  biz error %s: %s" % (pg(), r.c(c), M(c))

    def t6(r):
        return "%s LOG:  duration: %s.%03d ms  execute <unnamed>: SELECT * FROM payouts WHERE merchant_id = $1" % (pg(), D6(), R.randint(0, 999))

    def t7(r):
        return "%s DETAIL:  parameters: $1 = '%s', $2 = '%s'" % (pg(), D6(), DC())

    def t8(r):
        c = C()
        return "%s LOG:  duration: %d.%d ms  statement: UPDATE payouts SET state = 'FAILED', error_code = '%s' WHERE id = %s" % (pg(), R.randint(100, 9000), R.randint(0, 9), r.c(c), D6())

    def t9(r):
        return "%s LOG:  checkpoint complete: wrote %s buffers (%d.%d%%); 0 WAL file(s) added, 0 removed, %d recycled" % (pg(), D6(), R.randint(1, 40), R.randint(0, 9), R.randint(1, 30))

    def t10(r):
        return 'ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction'

    def t11(r):
        return "# Query_time: %d.%s  Lock_time: 0.%s Rows_sent: 1  Rows_examined: %s" % (R.randint(1, 90), D6(), D6(), D6())

    def t12(r):
        return "%s ERROR: could not serialize access due to concurrent update (SQLSTATE 40001)" % iso()

    def t13(r):
        return "%s DETAIL:  Failing row contains (%s, %s, FAILED, %s, 2024-05-14 08:12:33.%s+00)." % (pg(), D6(), po(), DC(), D6())

    def t14(r):
        c = C()
        return "%s DETAIL:  %s" % (pg(), jd({"code": r.c(c), "payout": po()}))

    def t15(r):
        return '%s LOG:  automatic vacuum of table "ledger.public.entries": index scans: 1 pages: 0 removed, %s remain' % (pg(), D6())

    def t16(r):
        c = CS()
        return "%s ERROR:  upstream rejected debit, result: {\"retCode\": %s}" % (pg(), r.s(c))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16]


@shape("redis_memcached", "Redis server log, SLOWLOG and MONITOR output, Memcached verbose/stats output, and app cache lines")
def redis_memcached():
    def rts():
        return when().strftime("%d %b %Y %H:%M:%S.%f")[:-3]

    def t1(r):
        return "1:M %s * Background saving started by pid %s" % (rts(), D6())

    def t2(r):
        return "1:M %s * %d changes in 60 seconds. Saving..." % (rts(), R.choice([10000, 100, 1]))

    def t3(r):
        return 'slowlog id=%s ts=%s duration_us=%s cmd="HGETALL session:%s" client=%s:%s name=payout-worker' % (D6(), epoch_s(), D6(), user(), ip(), port())

    def t4(r):
        return '1) 1) (integer) %d 2) (integer) %s 3) (integer) %s 4) 1) "SET" 2) "otp:%s" 3) "%s" 4) "EX" 5) "300"' % (R.randint(1, 900), epoch_s(), D6(), phone(), OTP())

    def t5(r):
        c = C()
        return 'redis GET payout:%s:last_result => "{\\"errCode\\":\\"%s\\",\\"ts\\":%s}"' % (po(), r.c(c), epoch_s())

    def t6(r):
        return "<%d set otp:%s 0 300 6" % (R.randint(20, 90), user())

    def t7(r):
        return R.choice(["STAT curr_connections %d" % R.randint(10, 900), "STAT bytes %s" % D6(), "STAT evictions %s" % D6(), "STAT pid %s" % D6()])

    def t8(r):
        c = C()
        return "%s cache miss key=fxquote:q_%s loaded from upstream, upstream_code=%s" % (iso(), alnum(12), r.c(c))

    def t9(r):
        return '%s.%s [0 %s:%s] "SETEX" "otp:%s" "300" "%s"' % (epoch_s(), D6(), ip(), port(), user(), OTP())

    def t10(r):
        return "1:M %s # Client id=%s addr=%s:%s laddr=%s:6379 fd=%d name=ledger age=%s idle=0 flags=N db=0 sub=0 psub=0 qbuf=0 omem=%s cmd=hgetall closed for overcoming of output buffer limits." % (
            rts(), D6(), ip(), port(), ip(), R.randint(8, 900), D6(), D6())

    def t11(r):
        c = CS()
        return "%s cache hit key=card:limit:crd_%s value={\"status\":%s,\"limit\":%s}" % (iso(), alnum(10), r.s(c), big_money())

    def t12(r):
        return "%s cache set key=order:%s ttl=%ss size=%s bytes" % (iso(), D6(), D6(), D6())

    def t13(r):
        c = C()
        return "%s circuit cache: stored negative result for payee pe_%s, err_code: %s" % (iso(), alnum(10), r.c(c))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("haproxy", "HAProxy syslog lines: HTTP and TCP log format, captured headers, custom log-format with key=value fields, health-check and proxy messages")
def haproxy():
    def hdr():
        return "%s lb-%d haproxy[%s]: " % (when().strftime("%b %d %H:%M:%S"), R.randint(1, 4), D6())

    def acc():
        t = when()
        return t.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % R.randint(0, 999)

    def t1(r):
        return hdr() + '%s:%s [%s] https-in~ payouts/api-%d 0/0/1/%d/%d %s %s - - ---- %d/%d/%d/%d/0 0/0 "POST /v1/payouts HTTP/1.1"' % (
            pubip(), port(), acc(), R.randint(1, 6), R.randint(5, 900), R.randint(5, 900), R.choice([200, 201, 422, 502]), D6(), R.randint(1, 900), R.randint(1, 900), R.randint(1, 90), R.randint(1, 9))

    def t2(r):
        return hdr() + '%s:%s [%s] https-in~ payouts/api-%d 0/0/1/%d/%d 200 %d - - ---- 3/3/1/1/0 0/0 {ord_%s|%s} {%s} "GET /v1/payouts/%s HTTP/1.1"' % (
            pubip(), port(), acc(), R.randint(1, 6), R.randint(5, 900), R.randint(5, 900), R.randint(100, 9000), D6(), mch(), D6(), po())

    def t3(r):
        return hdr() + '%s:%s [%s] https-in~ payouts/api-%d 0/0/1/%d/%d 422 %d - - ---- 3/3/1/1/0 0/0 {%s} "POST /v1/payouts HTTP/1.1"' % (
            pubip(), port(), acc(), R.randint(1, 6), R.randint(5, 900), R.randint(5, 900), R.randint(100, 9000), DC())

    def t4(r):
        c = C()
        return hdr() + "%s:%s POST /v1/payouts status=%d res_code=%s tr=%dms bytes=%s" % (pubip(), port(), R.choice([200, 422, 500]), r.c(c), R.randint(2, 3000), D6())

    def t5(r):
        return hdr() + 'Server payouts/api-%d is DOWN, reason: Layer7 wrong status, code: %d, info: "Service Unavailable", check duration: %dms. %d active and 0 backup servers left. %d sessions active, 0 requeued, 0 remaining in queue.' % (
            R.randint(1, 6), R.choice([500, 503]), R.randint(1, 90), R.randint(0, 5), R.randint(0, 900))

    def t6(r):
        return hdr() + "Proxy https-in started."

    def t7(r):
        return hdr() + "%s:%s [%s] pg-in pg/db-%d 1/0/%s %s -- 2/2/1/1/0 0/0" % (ip(), port(), acc(), R.randint(1, 3), D6(), D6())

    def t8(r):
        return hdr() + '%s:%s [%s] https-in~ web/app-%d 0/0/0/%d/%d 302 %d - - ---- 1/1/0/0/0 0/0 "GET /v1/oauth/callback?code=%s&state=%s HTTP/1.1"' % (
            pubip(), port(), acc(), R.randint(1, 6), R.randint(5, 90), R.randint(5, 90), R.randint(100, 900), OTP(), alnum(8))

    def t9(r):
        c = CS()
        return hdr() + "%s:%s GET /v1/cards/crd_%s/limit status=%d upstream_status=%s tr=%dms" % (pubip(), port(), alnum(10), R.choice([200, 409]), r.s(c), R.randint(2, 900))

    def t10(r):
        return hdr() + "%s:%s POST /v1/otp/verify status=%d res_code=%d tr=%dms" % (pubip(), port(), R.choice([200, 400]), R.choice([200, 400, 401]), R.randint(2, 900))

    def t11(r):
        return hdr() + "backend payouts has no server available!"

    def t12(r):
        u = U6()
        return hdr() + "%s:%s POST /v1/acquire status=%d x_result_code=%s tr=%dms" % (pubip(), port(), R.choice([200, 402]), r.c(u), R.randint(2, 900))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]


@shape("traefik_caddy_envoy", "Traefik JSON/CLF access logs (with captured headers), Caddy JSON access logs, Envoy JSON access logs")
def traefik_caddy_envoy():
    def tr(extra):
        d = {"ClientAddr": "%s:%s" % (pubip(), port()), "ClientHost": pubip(), "DownstreamContentSize": int(D6()), "DownstreamStatus": R.choice([200, 201, 422, 502]),
             "Duration": int(D6()) * 1000, "OriginStatus": R.choice([200, 201, 422, 502]), "RequestMethod": "POST", "RequestPath": "/v1/payouts",
             "RequestProtocol": "HTTP/2.0", "RetryAttempts": 0, "RouterName": "payouts@kubernetescrd", "StartUTC": iso(6), "entryPointName": "websecure", "level": "info", "msg": ""}
        d.update(extra)
        return jd(d)

    def t1(r):
        return tr({})

    def t2(r):
        c = C()
        return tr({"downstream_X-Result-Code": r.c(c), "downstream_Content-Type": "application/json"})

    def t3(r):
        return tr({"request_X-Merchant-Code": D6(), "request_X-Idempotency-Key": D6()})

    def t4(r):
        return '%s - - [%s +0000] "POST /v1/payouts HTTP/2.0" %d %s "-" "okhttp/4.12.0" %s "payouts@kubernetescrd" "http://%s:8080" %dms' % (
            pubip(), when().strftime("%d/%b/%Y:%H:%M:%S"), R.choice([201, 422]), D6(), D6(), ip(), R.randint(2, 900))

    def t5(r):
        return jd({"level": "info", "ts": float("%s.%s" % (epoch_s(), num(10 ** 6, 10 ** 7 - 1))), "logger": "http.log.access.log0", "msg": "handled request",
                   "request": {"remote_ip": pubip(), "proto": "HTTP/2.0", "method": "GET", "host": "pay.acme.com", "uri": "/checkout/return?code=%s&state=%s" % (OTP(), alnum(8))},
                   "bytes_read": 0, "duration": float("0.%s" % D6()), "size": int(D6()), "status": 302, "resp_headers": {"Location": ["/done"]}})

    def t6(r):
        c = C()
        return jd({"level": "error", "ts": float("%s.%s" % (epoch_s(), num(10 ** 6, 10 ** 7 - 1))), "logger": "http.log.access.log0", "msg": "handled request",
                   "request": {"method": "POST", "host": "api.acme.com", "uri": "/v1/fx/lock"}, "duration": float("0.%s" % D6()), "size": R.randint(40, 900), "status": 409,
                   "resp_headers": {"X-Result-Code": [r.c(c)], "Content-Type": ["application/json"]}})

    def t7(r):
        return jd({"start_time": iso(), "method": "POST", "path": "/acme.ledger.v1.Ledger/PostEntry", "protocol": "HTTP/2", "response_code": "200", "grpc_status": R.choice(["OK", "Unavailable", "14"]),
                   "response_flags": "-", "bytes_received": int(D6()), "bytes_sent": int(D6()), "duration": R.randint(1, 9000), "upstream_host": "%s:9090" % ip(), "x_request_id": uuid()})

    def t8(r):
        c = C()
        return jd({"start_time": iso(), "method": "POST", "path": "/v1/payouts", "protocol": "HTTP/1.1", "response_code": "422", "response_flags": "-",
                   "x_result_code": r.c(c), "duration": R.randint(1, 9000), "upstream_cluster": "outbound|8080||payout-api.payments.svc.cluster.local"})

    def t9(r):
        return jd({"start_time": iso(), "method": "POST", "path": "/acme.ledger.v1.Ledger/PostEntry", "protocol": "HTTP/2", "response_code": "200",
                   "grpc_status": r.c("000000", "0"), "duration": R.randint(1, 900)})

    def t10(r):
        return tr({"request_X-Otp-Code": OTP(), "RequestPath": "/v1/otp/verify", "DownstreamStatus": 401})

    def t11(r):
        c = CS()
        return tr({"downstream_X-Biz-Status": r.s(c)})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11]


@shape("cdn_logs", "CDN logs: CloudFront standard logs (TSV, TABs shown as four spaces), Cloudflare Logpush and Workers trace events, Fastly and Akamai log lines")
def cdn_logs():
    def cf(path, st, qs="-", extra=None):
        t = when()
        fields = [t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), "HKG62-C%d" % R.randint(1, 4), D6(), pubip(), "GET", "d%s.cloudfront.net" % alnum(13, "abcdefghijklmnopqrstuvwxyz"),
                  path, str(st), "-", "Mozilla/5.0%20(iPhone;%20CPU%20iPhone%20OS%2017_4)", qs, "-", R.choice(["Hit", "Miss", "RefreshHit"]), alnum(56) + "==",
                  "pay.acme.com", "https", str(R.randint(100, 900)), "0.%03d" % R.randint(1, 999)]
        return TAB4.join(fields)

    def t1(r):
        return cf("/static/app.%s.js" % alnum(8), 200)

    def t2(r):
        return cf("/v1/redirect", 302, "utm_source=sms&ref=%s" % D6())

    def t3(r):
        return jd({"ClientIP": pubip(), "ClientRequestHost": "api.acme.com", "ClientRequestMethod": "POST", "ClientRequestURI": "/v1/payouts",
                   "EdgeEndTimestamp": int(epoch_ms()) * 1000000, "EdgeResponseBytes": int(D6()), "EdgeResponseStatus": R.choice([200, 502, 520]),
                   "EdgeStartTimestamp": int(epoch_ms()) * 1000000, "OriginResponseStatus": R.choice([0, 0, 200, 502]), "RayID": hexs(16), "WAFAction": "unknown"})

    def t4(r):
        c = R.choice(["503000", "500000", "404000"])
        return jd({"Outcome": "ok", "ScriptName": "edge-pay", "Logs": [{"Level": "error", "Message": ["origin replied", jd({"code": r.c(c), "msg": CAT[c]})],
                   "TimestampMs": int(epoch_ms())}], "Event": {"Request": {"URL": "https://api.acme.com/v1/payouts", "Method": "POST"}, "Response": {"Status": 503}}})

    def t5(r):
        c = C()
        return '<134>%s cache-hkg%s acme-pay[%s]: {"ts":"%s","host":"api.acme.com","url":"/v1/fx/quote","status":"%d","x_result_code":"%s","ttfb_ms":%d}' % (
            when().strftime("%Y-%m-%dT%H:%M:%SZ"), num(17000, 17999), num(100, 999), iso(), R.choice([200, 409]), r.c(c), R.randint(2, 900))

    def t6(r):
        return jd({"version": 1, "cp": D6(), "reqId": hexs(8), "reqTimeSec": "%s.%03d" % (epoch_s(), R.randint(0, 999)), "bytes": D6(), "statusCode": "200",
                   "reqPath": "/v1/status", "queryStr": "ref=%s&lang=en" % D6(), "UA": "okhttp/4.12.0", "cliIP": pubip()})

    def t7(r):
        c = C()
        return '%s edge worker log: [error] origin response status=%s for /v1/payouts (ray %s)' % (iso(), r.c(c), hexs(16))

    def t8(r):
        return cf("/images/banner-%s.webp" % D6(), 304)

    def t9(r):
        return jd({"ClientIP": pubip(), "ClientRequestURI": "/v1/payouts/%s" % D6(), "EdgeResponseStatus": 200, "CacheResponseStatus": 0, "OriginResponseStatus": 200,
                   "OriginResponseTime": int(D6()) * 1000, "RayID": hexs(16), "ZoneID": int(D6())})

    def t10(r):
        c = CS()
        return jd({"Outcome": "exception", "ScriptName": "edge-pay", "Exceptions": [{"Name": "Error", "Message": "origin body {\"errCode\":%s}" % r.s(c), "TimestampMs": int(epoch_ms())}],
                   "Event": {"Response": {"Status": 500}}})

    def t11(r):
        a, b = C(), C()
        return jd({"Outcome": "ok", "ScriptName": "edge-pay", "Logs": [{"Level": "warn", "Message": ["batch validation", jd({"codes": [r.c(a), r.c(b)]})]}]})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11]


@shape("mobile_events", "Mobile app crash and analytics events: Amplitude, Mixpanel, Firebase export rows (decoys only), iOS NSError descriptions, Android logcat, React Native")
def mobile_events():
    def lc():
        return when().strftime("%m-%d %H:%M:%S.%f")[:-3]

    def t1(r):
        c = C()
        return jd({"event_type": "payout_failed", "user_id": user(), "device_id": uuid().upper(), "time": int(epoch_ms()), "event_properties": {"error_code": r.c(c), "screen": "payee_form"},
                   "app_version": "5.12.0 (%s)" % D6(), "platform": "iOS"})

    def t2(r):
        return jd({"event_name": "pay_error", "event_timestamp": int(epoch_ms()) * 1000, "event_params": [{"key": "order_no", "value": {"int_value": D6()}},
                   {"key": "screen", "value": {"string_value": "confirm"}}], "user_pseudo_id": "%s.%s" % (num(10 ** 9, 10 ** 10 - 1), epoch_s())})

    def t3(r):
        c = cyc("nserror", ["040011", "070005", "080001", "070002", "040030", "040029"])
        return 'Error Domain=com.acme.pay.api Code=%s "%s" UserInfo={NSLocalizedDescription=%s, requestId=%s}' % (r.s(c), CAT[c], CAT[c], uuid())

    def t4(r):
        return 'Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." UserInfo={_kCFStreamErrorCodeKey=-2102, NSErrorFailingURLStringKey=https://api.acme.com/v1/otp?code=%s}' % OTP()

    def t5(r):
        return "%s %s %s E PayoutRepository: submit failed: java.net.SocketTimeoutException: timeout" % (lc(), D6(), D6())

    def t6(r):
        c = C()
        return "%s %d %d W ApiClient: response %s" % (lc(), R.randint(1000, 32000), R.randint(1000, 32000), jd({"code": r.c(c), "msg": M(c)}))

    def t7(r):
        return "Fatal Exception: java.lang.IllegalStateException: Expected BEGIN_OBJECT but was STRING at line 1 column %s path $" % D6()

    def t8(r):
        return "Incident Identifier: %s Hardware Model: iPhone15,2 Process: AcmePay [%s] Exception Type: EXC_CRASH (SIGABRT)" % (uuid().upper(), D6())

    def t9(r):
        c = R.choice(["404000", "403000", "401000", "503000", "500000"])
        return "[ApiError] POST /v1/payouts failed with status %s (%s)" % (r.c(c), CAT[c])

    def t10(r):
        return 'otp_autofill: received SMS "Your AcmePay code is %s" sender=AcmePay' % OTP()

    def t11(r):
        c = C()
        return jd({"event": "KYC Failed", "properties": {"time": int(epoch_s()), "distinct_id": user(), "$app_build_number": D6(), "api_error_code": r.c(c)}})

    def t12(r):
        return jd({"event": "KYC Failed", "properties": {"time": int(epoch_s()), "distinct_id": user(), "$app_build_number": D6(), "kyc_result_code": DC()}})

    def t13(r):
        c = CS()
        return "%s %d %d I okhttp.OkHttpClient: <-- 200 https://api.acme.com/v1/cards (%dms) {\"code\":%s,\"data\":null}" % (lc(), R.randint(1000, 32000), R.randint(1000, 32000), R.randint(20, 900), r.s(c))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("audit_trail", "Audit trails: app audit key=value and JSON events, AWS CloudTrail records, Linux auditd lines")
def audit_trail():
    def t1(r):
        return "audit ts=%s actor=ops.%s@acme.com action=payout.approve target=%s ip=%s result=success" % (iso(), R.choice(["lee", "chen", "wong", "patel"]), po(), ip())

    def t2(r):
        c = R.choice(["040025", "090001", "040015", "020002", "030006"])
        return 'audit ts=%s actor=system action=payout.reject target=%s reason="%s %s"' % (iso(), po(), r.c(c), CAT[c])

    def t3(r):
        return jd({"eventTime": iso(), "actor": {"id": user(), "type": "staff"}, "action": "merchant.update",
                   "result": {"status": "DENIED", "code": r.c("020001"), "message": "Permission denied"}})

    def t4(r):
        return jd({"eventTime": iso(), "action": "mfa.verify", "actor": user(), "mfa_code": OTP(), "outcome": "failure", "attempt": R.randint(1, 5)})

    def t5(r):
        return jd({"eventVersion": "1.08", "eventTime": iso(0), "eventSource": "kms.amazonaws.com", "eventName": "Decrypt", "awsRegion": "ap-east-1",
                   "errorCode": "AccessDenied", "errorMessage": "User is not authorized to perform: kms:Decrypt", "recipientAccountId": num(10 ** 11, 10 ** 12 - 1)})

    def t6(r):
        return "type=SYSCALL msg=audit(%s.%03d:%s): arch=c000003e syscall=59 success=yes exit=0 a0=%s ppid=%s pid=%s auid=1000 uid=0 comm=\"settle\" exe=\"/usr/bin/python3\"" % (
            epoch_s(), R.randint(0, 999), D6(), hexs(12), D6(), D6())

    def t7(r):
        c = C()
        return "audit: merchant=%s config.change webhook_url by %s test_call result_code=%s" % (mch(), user(), r.c(c))

    def t8(r):
        return "audit: user %s exported %s records to s3://acme-audit-exports/%s.csv" % (user(), D6(), D6())

    def t9(r):
        return jd({"type": "api_key.revoke", "actor": user(), "key_id": "ak_" + alnum(12), "resp": {"status": "@@X@@"}}).replace('"@@X@@"', r.c("000000", "0"))

    def t10(r):
        a = "000000"
        b = R.choice(["090001", "010011", "040014"])
        return 'audit batch refund.approve items=2 actor=%s result_codes=["%s","%s"]' % (user(), r.c(a), r.c(b))

    def t11(r):
        return jd({"eventTime": iso(), "action": "payee.create", "actor": user(), "payee": {"country": "HK", "bank_code": "004", "branch_code": "%03d" % R.randint(1, 999), "zip_code": D6()}})

    def t12(r):
        c = CS()
        return "audit ts=%s actor=%s action=card.freeze target=crd_%s svc_code=%s" % (iso(), user(), alnum(10), r.s(c))

    def t13(r):
        return "audit ts=%s actor=%s action=login result=ok login_code=%s session=%s" % (iso(), user(), OTP(), hexs(16))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("support_tickets", "Customer-support ticket exports: CSV rows, Zendesk/Freshdesk/Intercom JSON and agent notes")
def support_tickets():
    def zd():
        return "ZD-%s" % D6()

    def day():
        return when().strftime("%Y-%m-%d")

    def t1(r):
        c = C()
        return '%s,%s,high,"Payout failed","Customer says app shows error %s when submitting payee name",open' % (zd(), day(), r.c(c))

    def t2(r):
        c = C()
        return '"%s","%s","%s","%s","solved"' % (zd(), day(), r.c(c), M(c))

    def t3(r):
        return '%s,%s,normal,"OTP not received","Customer never got the SMS code %s, resent",pending' % (zd(), day(), OTP())

    def t4(r):
        return '"%s","%s","Customer in ZIP %s asks about refund of %s HKD","open"' % (zd(), day(), D6(), big_money())

    def t5(r):
        return jd({"id": int(D6()), "subject": "Card issue", "description": "Card issuance keeps failing, screenshot shows code %s" % DC(), "status": "open", "priority": "normal"})

    def t6(r):
        c = "070010"
        return jd({"id": int(D6()), "subject": "Card issue", "description": "Screenshot: error code %s - %s" % (r.c(c), CAT[c]), "status": "open"})

    def t7(r):
        c = R.choice(["040001", "040017", "020002"])
        return "ticket #%s note by agent: customer received code %s (%s)" % (D6(), r.c(c), T(c))

    def t8(r):
        return "ticket #%s merged into #%s by agent %s" % (D6(), D6(), R.choice(["amy", "raj", "kit"]))

    def t9(r):
        return 'ticket #%s customer wrote: "my order number is %s and the postal code %s is correct"' % (D6(), D6(), D6())

    def t10(r):
        c = C()
        return 'conversation_id=%s part="Hi, transfer failed with status %s, what does it mean?" author=user' % (D6(), r.c(c))

    def t11(r):
        c = DC()
        d = DIFF(c)
        return '"%s","%s","%s","%s","escalated"' % (zd(), day(), c, CAT[d])

    def t12(r):
        return jd({"ticket_id": int(D6()), "custom_fields": {"order_code": D6(), "promo_code": OTP()}, "status": "closed"})

    def t13(r):
        c = C()
        return jd({"ticket_id": int(D6()), "custom_fields": {"app_error_code": r.c(c), "platform": "android"}, "status": "open"})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("notifications", "Email/SMS/push notification logs: OTP sends and bodies, Twilio and Vonage callbacks/responses, SES events, template render errors")
def notifications():
    def t1(r):
        return 'sms.send provider=twilio to=%s template=otp_login body="Your AcmePay login code: %s. It expires in 5 minutes." sid=SM%s status=queued' % (masked_phone(), OTP(), hexs(32))

    def t2(r):
        c = cyc("twilio", ["030003", "030005", "030007", "030006", "030008"])
        return "twilio callback MessageSid=SM%s MessageStatus=undelivered ErrorCode=%s To=%s" % (hexs(32), r.s(c), masked_phone())

    def t3(r):
        return "twilio callback MessageSid=SM%s MessageStatus=%s ErrorCode=%s To=%s" % (hexs(32), R.choice(["failed", "undelivered"]), cyc("twilio-no", ["30010", "21211", "21610"]), masked_phone())

    def t4(r):
        return jd({"eventType": "Bounce", "bounce": {"bounceType": "Permanent", "bouncedRecipients": [{"emailAddress": "j***@example.com", "status": "5.1.1",
                   "diagnosticCode": "smtp; 550 5.1.1 user unknown"}]}, "mail": {"messageId": hexs(16) + "-" + uuid()}})

    def t5(r):
        return 'mail.sent to=j***@example.com template=payout_receipt subject="Payout PO%s completed" amount=%s' % (D6(), big_money())

    def t6(r):
        c = C()
        return "mail.render failed template=payout_failed vars=%s" % jd({"error_code": r.c(c), "payout_id": po()})

    def t7(r):
        return 'sms.send provider=cmtelecom to=%s body="[AcmePay] %s is your verification code. Do not share it."' % (masked_phone(), OTP())

    def t8(r):
        return "fcm send token=%s message_id=projects/acme-pay/messages/0:%s%%%s" % (alnum(40), D6() + D6(), hexs(16))

    def t9(r):
        return "sms.send provider=aliyun resp=%s" % jd({"Code": "OK", "Message": "OK", "BizId": "%s^0" % D6(), "RequestId": uuid().upper()})

    def t10(r):
        return "sms.send provider=vonage resp=%s" % jd({"message-count": "1", "messages": [{"to": "852%s" % num(10 ** 7, 10 ** 8 - 1), "message-id": uuid(), "status": r.c("000000", "0"),
                                                      "remaining-balance": "%d.%s" % (R.randint(10, 900), num(1000, 9999)), "message-price": "0.0333", "network": "45400"}]})

    def t11(r):
        return "sms.send provider=vonage resp=%s" % jd({"message-count": "1", "messages": [{"to": "852%s" % num(10 ** 7, 10 ** 8 - 1), "status": R.choice(["4", "9", "15"]),
                                                      "error-text": "Bad Credentials"}]})

    def t12(r):
        return "otp.verify user=%s attempt=%d result=mismatch code_len=6 sent_at=%s" % (user(), R.randint(1, 5), epoch_ms())

    def t13(r):
        return "push.send platform=ios apns_id=%s reason=BadDeviceToken status=410 device=%s" % (uuid().upper(), D6())

    def t14(r):
        c = C()
        return "notify.payout_failed rendered for %s: \"We could not complete your payout. Reference %s, error %s.\"" % (user(), D6(), r.c(c))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14]


@shape("billing_reports", "Billing, invoicing, settlement and FX report lines (key=value and CSV), with many amounts")
def billing_reports():
    def t1(r):
        return "invoice INV-2024-05-%s merchant=%s period=2024-04 total=%s HKD status=ISSUED" % (D6(), mch(), big_money())

    def t2(r):
        return "settlement report 2024-05-14: gross=%s fees=%s net=%s txn_count=%s" % (big_money(), money(), big_money(), D6())

    def t3(r):
        return "settlement line batch=SB-%s payout=%s amount=%s currency=HKD result_code=%s" % (D6(), po(), big_money(), r.c("000000"))

    def t4(r):
        return "fee calc mismatch payout=%s expected_fee=%s actual_fee=%s -> error %s: %s" % (po(), money(), money(), r.c("010012"), CAT["010012"])

    def t5(r):
        return "billing usage merchant=%s api_calls=%s billable=%s unit_price=0.002" % (mch(), D6(), D6())

    def t6(r):
        c = R.choice(["010011", "010009", "040008", "010012", "030001"])
        return "%s,%s,HKD,%s,FAILED,%s,%s" % (when().strftime("%Y-%m-%d"), po(), big_money(), r.c(c), CAT[c])

    def t7(r):
        return "%s,%s,HKD,%s,SUCCEEDED,," % (when().strftime("%Y-%m-%d"), po(), big_money())

    def t8(r):
        c = cyc("wrongmsg", ["040011", "040013", "070023", "010003"])
        return "%s,%s,HKD,%s,FAILED,%s,Insufficient balance" % (when().strftime("%Y-%m-%d"), po(), big_money(), c)

    def t9(r):
        return "refund report: %s refunds, total %s.00 USD" % (D6(), cyc("refund", ["500000", "404000", D6]))

    def t10(r):
        c = R.choice(["040005", "040003", "040004", "040026"])
        return "FX report: quote q_%s status=%s %s" % (alnum(12), r.c(c), CAT[c])

    def t11(r):
        return "payout instruction amount=%s currency=JPY fee=%s" % (cyc("jpy", ["500000", "100000", D6]), R.choice(["120", "500"]))

    def t12(r):
        c = CS()
        return "acquiring daily: merchant=%s captured=%s refunded=%s last_result={\"code\":%s}" % (mch(), big_money(), money(), r.s(c))

    def t13(r):
        return "invoice INV-2024-05-%s line 3: qty=%s unit=txn price=0.05 amount=%s" % (D6(), D6(), big_money())

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("operator_notes", "Free-text operator notes: ops journal entries, incident timelines, Slack export messages, handover notes")
def operator_notes():
    def who():
        return R.choice(["lee", "chen", "wong", "patel", "amy", "kit"])

    def t1(r):
        c = R.choice(["040025", "040027", "040028", "110011", "030006"])
        return "[ops-note 2024-05-14 08:40 HKT] %s: payouts to HK failing since 08:12 with error %s, channel misconfigured, rolled back build %s" % (who(), r.c(c), D6())

    def t2(r):
        return "[ops-note] %s: restarted payout-worker pods (%d restarts), lag back to 0, ticket INC-%s" % (who(), R.randint(3, 200), D6())

    def t3(r):
        c = R.choice(["503000", "500000"])
        return "incident INC-%s timeline: 08:12 ledger returned code %s; 08:19 failover; 08:31 canary healthy - status %s" % (D6(), r.c(c), r.c("000000"))

    def t4(r):
        return "handover: settlement batch %s done, %s items, no errors. OTP provider latency ~%dms." % (D6(), D6(), R.randint(200, 2000))

    def t5(r):
        c = "040024"
        return jd({"type": "message", "user": "U0%s" % alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "text": "seeing `upstream error %s: %s` from partner since 9am" % (r.c(c), M(c)),
                   "ts": "%s.%s" % (epoch_s(), D6())})

    def t6(r):
        return "note: merchant %s says their dashboard shows payment status %s" % (mch(), cyc("paystatus", ["500000", "100000", D6]))

    def t7(r):
        return "note: if /v1/payees returned status code %s, the payee id is stale" % r.c("404000")

    def t8(r):
        return "note: error %s times in last hour is normal for sandbox" % cyc("times", ["500000", "100000", D6])

    def t9(r):
        return jd({"type": "message", "user": "U0%s" % alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "text": "can someone reset the OTP for %s? their code %s keeps failing" % (masked_phone(), OTP()),
                   "ts": "%s.%s" % (epoch_s(), D6())})

    def t10(r):
        c = C()
        return "[ops-note] %s: merchant %s retried payout %s, still failing - error code: %s" % (who(), mch(), po(), r.c(c))

    def t11(r):
        a, b = C(), C()
        return "[ops-note] %s: two partners down, HK side raised error %s and SG side threw code %s" % (who(), r.c(a), r.c(b))

    def t12(r):
        return "[ops-note] %s: moved %s HKD from float to ops wallet, ref %s, approved by %s" % (who(), big_money(), D6(), who())

    def t13(r):
        c = CNQ()
        return "[ops-note] %s: customer screenshot says \"%s\" (%s)" % (who(), T(c), r.c(c))

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("http_grpc_dumps", "HTTP header dumps (curl -v lines, Go and Spring header maps) and gRPC errors, metadata and trailers")
def http_grpc_dumps():
    def t1(r):
        c = C()
        return "< X-Result-Code: %s" % r.c(c)

    def t2(r):
        return R.choice(["< X-Request-Id: %s" % D6(), "< Content-Length: %s" % D6(), "< X-Ratelimit-Remaining: %s" % D6(), "> X-Otp-Code: %s" % OTP(),
                         "< HTTP/1.1 %d %s" % R.choice([(422, "Unprocessable Entity"), (503, "Service Unavailable"), (200, "OK")])])

    def t3(r):
        return "< grpc-status: %s" % r.c("000000", "0")

    def t4(r):
        return R.choice(["< grpc-status: %d" % R.choice([2, 4, 13, 14]), "< grpc-message: upstream connect error or disconnect/reset before headers"])

    def t5(r):
        c = C()
        return "< X-Biz-Status: %s" % r.c(c)

    def t6(r):
        c = C()
        return "%s response headers: map[Content-Type:[application/json] X-Result-Code:[%s] X-Trace-Id:[%s]]" % (iso(), r.c(c), hexs(32))

    def t7(r):
        c = C()
        return "%s rpc error: code = Unavailable desc = upstream status %s" % (iso(), r.c(c))

    def t8(r):
        return "%s rpc error: code = DeadlineExceeded desc = context deadline exceeded" % iso()

    def t9(r):
        c = C()
        return "ERROR: Code: FailedPrecondition Message: biz error %s: %s" % (r.c(c), M(c))

    def t10(r):
        c = CNQ()
        return jd({"code": 9, "message": "%s %s" % (r.c(c), M(c)), "details": []})

    def t11(r):
        return jd({"code": R.choice([14, 4, 13]), "message": "connection refused", "details": []})

    def t12(r):
        return "trailers: grpc-status=%s grpc-message=" % r.c("000000", "0")

    def t13(r):
        return "> GET /v1/oauth/callback?code=%s&state=%s HTTP/1.1" % (OTP(), alnum(8))

    def t14(r):
        c = C()
        return '%s o.s.web.client.RestTemplate - Response headers: [X-Result-Code:"%s", Content-Type:"application/json", Content-Length:"%d"]' % (iso(), r.c(c), R.randint(40, 900))

    def t15(r):
        c = CS()
        return "< X-Api-Result-Code: %s" % r.s(c)

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15]


@shape("xml_bank_files", "Bank host-to-host and partner XML: result elements and attributes, SOAP faults, ISO 20022 pain/pacs fragments (decoys)")
def xml_bank_files():
    def t1(r):
        c = C()
        return "<Response><ResultCode>%s</ResultCode><ResultMsg>%s</ResultMsg></Response>" % (r.c(c), M(c))

    def t2(r):
        return "<TxInfAndSts><OrgnlEndToEndId>E2E%s</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Prtry>%s</Prtry></Rsn></StsRsnInf></TxInfAndSts>" % (D6(), DC())

    def t3(r):
        c = C()
        return "<soap:Envelope><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>upstream error %s: %s</faultstring></soap:Fault></soap:Body></soap:Envelope>" % (r.c(c), M(c))

    def t4(r):
        c = C()
        return '<result code="%s" message="%s"/>' % (r.c(c), M(c))

    def t5(r):
        return "<PmtInf><PmtInfId>PMT%s</PmtInfId><NbOfTxs>%s</NbOfTxs><CtrlSum>%s</CtrlSum></PmtInf>" % (D6(), D6(), big_money())

    def t6(r):
        return "<Payee><BkCode>004</BkCode><BrnchCode>%s</BrnchCode><ZipCode>%s</ZipCode></Payee>" % (D6(), D6())

    def t7(r):
        a, b = "040021", "040022"
        return "<errorCodes><errorCode>%s</errorCode><errorCode>%s</errorCode></errorCodes>" % (r.c(a), r.c(b))

    def t8(r):
        return "h2h ack %s: <Ack><status>%s</status><batch>%s</batch></Ack>" % (iso(), r.c("000000", "0"), D6())

    def t9(r):
        return "h2h ack %s: <Ack><status>%d</status><batch>%s</batch></Ack>" % (iso(), R.choice([200, 202]), D6())

    def t10(r):
        return "bank h2h resp (%s bytes): <RspCode>%s</RspCode><RspMsg>REJECTED</RspMsg>" % (D6(), DC())

    def t11(r):
        c = CS()
        return '<Reply returnCode="%s" ref="%s"/>' % (r.s(c), D6())

    def t12(r):
        return "<GrpHdr><MsgId>MSG%s</MsgId><CreDtTm>2024-05-14T08:12:33</CreDtTm><NbOfTxs>%s</NbOfTxs></GrpHdr>" % (D6(), D6())

    def t13(r):
        u = U6()
        return "<BankResponse><Status>REJ</Status><ErrorCode>%s</ErrorCode><Ref>%s</Ref></BankResponse>" % (r.c(u), D6())

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("journald_syslog", "systemd journal (journalctl -o json and short), RFC 5424 syslog with structured data, kernel and sshd lines")
def journald_syslog():
    def short(ident):
        return "%s pay-gw-%d %s[%s]: " % (when().strftime("%b %d %H:%M:%S"), R.randint(1, 4), ident, D6())

    def t1(r):
        c = C()
        return jd({"__REALTIME_TIMESTAMP": str(int(when().timestamp() * 1e6)), "_PID": D6(), "_COMM": "payout-agent", "SYSLOG_IDENTIFIER": "payout-agent", "PRIORITY": "3",
                   "MESSAGE": "submit failed: ret_code=%s" % r.c(c)})

    def t2(r):
        return jd({"__REALTIME_TIMESTAMP": str(int(when().timestamp() * 1e6)), "_PID": D6(), "MESSAGE": "Started Settlement batch.", "_SYSTEMD_UNIT": "settle.service", "PRIORITY": "6"})

    def t3(r):
        return "<134>1 %s pay-gw-%d payout-agent %s - - accepted payout %s" % (iso(6), R.randint(1, 4), D6(), po())

    def t4(r):
        c = C()
        return '<131>1 %s pay-gw-%d payout-agent %s ID47 [meta@32473 resultCode="%s" orderNo="%s"] payout rejected' % (iso(3), R.randint(1, 4), D6(), r.c(c), D6())

    def t5(r):
        return "%s pay-gw-%d kernel: [%s.%s] Out of memory: Killed process %s (java)" % (when().strftime("%b %d %H:%M:%S"), R.randint(1, 4), D6(), D6(), D6())

    def t6(r):
        c = CNQ()
        return short("payout-agent") + "upstream replied %s - %s" % (r.c(c), M(c))

    def t7(r):
        return short("systemd") + "payout-agent.service: Main process exited, code=exited, status=%d/FAILURE" % R.randint(1, 3)

    def t8(r):
        return short("sshd") + "Accepted publickey for deploy from %s port %s ssh2: ED25519 SHA256:%s" % (ip(), port(), alnum(43))

    def t9(r):
        return short("payout-agent") + "callback status: %s (Transaction succeeded)" % r.c("000000")

    def t10(r):
        c = CS()
        return jd({"__REALTIME_TIMESTAMP": str(int(when().timestamp() * 1e6)), "_PID": D6(), "SYSLOG_IDENTIFIER": "card-agent",
                   "MESSAGE": "issuer reply {\"resultCode\":%s}" % r.s(c)})

    def t11(r):
        return short("payout-agent") + "order %s settled in %s ms, %s bytes written" % (D6(), D6(), D6())

    def t12(r):
        c = C()
        return short("kyc-agent") + "screening call returned status %s, will retry" % r.c(c)

    def t13(r):
        return short("cron") + "(root) CMD (/usr/local/bin/rotate-otp-keys --keep %s)" % D6()

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]


@shape("aws_events", "AWS event payloads: EventBridge events, SQS receive logs, SNS SMS delivery status, Step Functions history events, DynamoDB stream records (decoys)")
def aws_events():
    def t1(r):
        c = C()
        return jd({"version": "0", "id": uuid(), "detail-type": "Payout Failed", "source": "acme.payouts", "account": num(10 ** 11, 10 ** 12 - 1), "time": iso(0),
                   "region": "ap-east-1", "detail": {"payoutId": po(), "failureCode": r.c(c)}})

    def t2(r):
        c = C()
        return "sqs receive queue=payout-results MessageId=%s ApproximateReceiveCount=%d Body=%s" % (uuid(), R.randint(1, 5), jd({"code": r.c(c), "orderNo": D6()}))

    def t3(r):
        return jd({"notification": {"messageMD5Sum": hexs(32), "messageId": uuid(), "topicArn": "arn:aws:sns:ap-east-1:%s:otp" % num(10 ** 11, 10 ** 12 - 1), "timestamp": iso()},
                   "delivery": {"phoneNumber": masked_phone(), "mnc": 0, "mcc": 454, "priceInUSD": 0.0423, "smsType": "Transactional",
                                "providerResponse": "Message has been accepted by phone carrier", "dwellTimeMs": R.randint(50, 900), "dwellTimeMsUntilDeviceAck": R.randint(900, 9000)},
                   "status": "SUCCESS"})

    def t4(r):
        c = CNQ()
        cause = jd({"errorMessage": "%s %s" % (r.c(c), M(c)), "errorType": "BizException"})
        return jd({"id": R.randint(2, 90), "type": "TaskFailed", "details": {"error": "BizException", "cause": cause, "resource": "invoke", "resourceType": "lambda"}})

    def t5(r):
        return jd({"id": R.randint(2, 90), "type": "ExecutionSucceeded", "details": {"output": jd({"processed": int(D6()), "failed": 0})}})

    def t6(r):
        return jd({"eventName": "MODIFY", "dynamodb": {"Keys": {"pk": {"S": "PAYOUT#%s" % D6()}}, "NewImage": {"state": {"S": "FAILED"}, "amount": {"N": D6()}},
                   "SequenceNumber": num(10 ** 20, 10 ** 21 - 1), "SizeBytes": R.randint(80, 900)}})

    def t7(r):
        c = CS()
        return "sqs receive queue=card-events MessageId=%s Body=%s" % (uuid(), '{"card":"crd_%s","errorCode":%s}' % (alnum(10), r.s(c)))

    def t8(r):
        c = C()
        return jd({"version": "0", "detail-type": "Scheduled Job Result", "source": "acme.batch", "detail": {"job": "fx-revalue", "summary": "job ended - status %s, retries: %d" % (r.c(c), R.randint(1, 5))}})

    def t9(r):
        return "sqs delete queue=payout-results ReceiptHandle=%s... batch=%s" % (alnum(40), D6())

    def t10(r):
        return jd({"version": "0", "detail-type": "Payout Created", "source": "acme.payouts", "detail": {"payoutId": po(), "amount": big_money(), "orderNo": D6(), "zipCode": D6()}})

    def t11(r):
        a, b = C(), C()
        return jd({"id": R.randint(2, 90), "type": "MapRunFailed", "details": {"error": "States.ExceedToleratedFailureThreshold",
                   "cause": jd({"failedItems": R.randint(2, 90), "resultCodes": [r.c(a), r.c(b)]})}})

    def t12(r):
        return jd({"id": R.randint(2, 90), "type": "LambdaFunctionTimedOut", "details": {"error": "States.Timeout", "cause": "Task timed out after %s.00 seconds" % num(30, 900)}})

    return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]


# ================================================================== driver

def main():
    header = ("# heldout4: held-out labelled status-code lines (cloud, infrastructure, messaging and operations log sources), "
              "written from the label spec and the catalogue only; generated by gen.py (seed %d)" % SEED)
    out = [header]
    seen = set()
    total = with_codes = 0
    for name, desc, fn, n in SHAPES:
        templates = fn()
        out.append("# shape: %s - %s" % (name, desc))
        order = []
        made = 0
        tries = 0
        while made < n:
            if not order:
                order = list(range(len(templates)))
                R.shuffle(order)
            t = templates[order.pop()]
            rec = Rec()
            raw = t(rec)
            labels, line, _ = resolve(rec, raw)
            assert "@@" not in line, (name, line)
            assert not any(ch in line for ch in "\t\r\n"), (name, line)
            tries += 1
            if line in seen:
                assert tries < 50 * n, name
                continue
            seen.add(line)
            out.append("%s\t%s" % (",".join(labels) if labels else "-", line))
            made += 1
            total += 1
            with_codes += bool(labels)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print("wrote %s: %d records, %d with codes, %d without" % (OUT, total, with_codes, total - with_codes), file=sys.stderr)


if __name__ == "__main__":
    main()
