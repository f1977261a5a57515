#!/usr/bin/env python3
"""Generate samples/labelled/heldout3/lines.tsv, held-out labelled set 3.

Written from the label specification (labelspec.md), the file format
(samples/labelled/README.md) and the status-code catalogue only.  Standard
library only, fixed seed: the output is byte-identical on every run.

Every record is built from a template that knows which numbers are codes
(the `k(...)` calls).  Each line is then read a second time by `read_codes`,
an independent reading of the label rules written for this file; the two
must agree exactly (same codes, same order), and `read_codes` refuses
(raises Ambiguous) on the constructions the spec leaves open, so such lines
are never written.

    python3 samples/labelled/heldout3/gen.py        # -v: per-shape counts
"""
import json
import math
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "lines.tsv"
SEED = 20250903

CATALOGUE = json.loads((ROOT / "catalogue" / "codes.json").read_text(encoding="utf-8"))["codes"]
CAT = {c["code"]: c["message"] for c in CATALOGUE}
assert len(CAT) == 96

# --------------------------------------------------------------------------
# values


# placeholder fills for templated messages
FILL = {
    "010002": [("currency",), ("payee_id",), ("settlement_account",)],
    "010004": [("Payee",), ("Quote",), ("Wallet",), ("Beneficiary",)],
    "010005": [("amount",), ("beneficiary_name",), ("purpose_code",)],
    "010006": [("IBAN",), ("expiry_date",), ("swift",)],
    "010007": [("BTC",), ("partial refund",), ("MXN",)],
    "010008": [("Payee name",), ("Account holder",)],
    "010010": [("Refund",), ("Card freeze",), ("Quote lock",)],
    "010013": [("REVERSED_PARTIAL",), ("ON_HOLD",)],
    "040002": [("SEPA",), ("ACH",), ("FPS",)],
    "040016": [("duplicate account",), ("invalid IBAN",)],
    "040021": [("HK", "3"), ("JP", "4"), ("SG", "4")],
    "040022": [("JP", "3"), ("HK", "3")],
    "040024": [("é", "A-Z a-z 0-9"), ("&", "letters, digits and spaces")],
    "070003": [("+999",), ("+88",)],
    "100002": [("Passport", "10MB"), ("Statement", "5 MB")],
    "110009": [("currency", "XYZ"), ("country", "ZZ")],
    "120001": [("missing UBO declaration",), ("sanctions screening timeout",)],
    "130001": [("account frozen",), ("account closed",)],
}
NONCAT = ["210004", "330017", "600001", "990002", "480013", "510002", "220009",
          "310204", "610001", "700001", "820015", "940003", "650012", "123450"]
assert not set(NONCAT) & set(CAT)
SHORTABLE = [c for c in CAT if c.startswith("0")]


class Deck:
    def __init__(self, r, items):
        self.r, self.items, self.buf = r, list(items), []

    def __call__(self, _r=None):
        if not self.buf:
            self.buf = self.items[:]
            self.r.shuffle(self.buf)
        return self.buf.pop()


R = random.Random(SEED)
pick = Deck(R, sorted(set(CAT) - {"000000"}))  # any catalogue code but success (written explicitly)
pick_s = Deck(R, SHORTABLE)          # catalogue code with a short (1-5 digit) form
pick_n = Deck(R, NONCAT)             # six-digit status value not in the catalogue


def short(c):
    return str(int(c))


def message(r, c):
    m = CAT[c]
    if "{" in m:
        for i, v in enumerate(r.choice(FILL[c])):
            m = m.replace("{%d}" % i, v)
    return m


def _unique_prefix(words, k):
    p = " ".join(words[:k]).lower()
    return sum(1 for m in CAT.values() if m.lower().startswith(p)) == 1


def cut(r, c):
    """The message cut after at least three words, followed by '...'.
    Falls back to the full message when no clean cut exists."""
    m = CAT[c]
    if "{" in m:
        return message(r, c)
    w = m.split()
    ks = [k for k in range(3, len(w)) if re.fullmatch(r"[\w'/-]+", w[k - 1]) and _unique_prefix(w, k)]
    if not ks:
        return m
    return " ".join(w[: r.choice(ks)]) + "..."


class K:
    """Records the codes a template writes, in the order they are written."""

    def __init__(self):
        self.codes = []

    def __call__(self, c, s=False):
        self.codes.append(c)
        return short(c) if s else c

    def n(self, c):  # as a JSON number (short form when it has one)
        self.codes.append(c)
        return int(c)


def d6(r):
    """A six-digit decoy number: random or a catalogue code's digits."""
    if r.random() < 0.45:
        return r.choice(sorted(CAT))
    while True:
        v = str(r.randint(100000, 999999))
        if v not in CAT:
            return v


def d6_not(r, *codes):
    """A six-digit decoy that is none of `codes` (used beside words that
    would complete those codes' templated messages, e.g. `{0} not found`)."""
    while True:
        v = d6(r)
        if v not in codes:
            return v


def dnum(r):
    """A six-digit decoy for a printed integer (count, duration, amount, pid,
    numeric id): random, or a catalogue code that has no leading zero."""
    if r.random() < 0.35:
        return r.choice([c for c in sorted(CAT) if not c.startswith("0")])
    return d6n(r)


def d6n(r):
    """A six-digit number that is not a catalogue code."""
    while True:
        v = str(r.randint(100000, 999999))
        if v not in CAT:
            return v


def dshort(r):
    return short(r.choice(SHORTABLE))


def dany(r):
    x = r.random()
    return dshort(r) if x < 0.2 else d6(r)


def rid(r, n=6):
    return str(r.randint(10 ** (n - 1), 10 ** n - 1))


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r):
    return f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-a{hexs(r, 3)}-{hexs(r, 12)}"


def ip(r):
    return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}"


def frac6(r):
    return r.choice([d6(r), f"{r.randint(0, 999999):06d}"])


def day(r):
    return f"2025-03-{r.randint(3, 28):02d}"


def hms(r):
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def ts_ms(r, sep="T", z="Z"):
    return f"{day(r)}{sep}{hms(r)}.{r.randint(0, 999):03d}{z}"


def ts_us(r, sep="T", z="Z"):
    return f"{day(r)}{sep}{hms(r)}.{frac6(r)}{z}"


def ts_py(r):
    return f"{day(r)} {hms(r)},{r.randint(0, 999):03d}"


def epoch(r):
    return 1741000000 + r.randint(0, 2500000)


def amount(r):
    return r.choice([f"{r.randint(1, 99999)}.{r.randint(0, 99):02d}", f"{dnum(r)}.00", f"{r.randint(100, 9999)}.50"])


def phone(r):
    return r.choice(["+8529", "+6591", "+8190"]) + rid(r, 7)


def pick_of(r, xs):
    return r.choice(xs)


def nq(s):
    """A string as util.inspect prints it."""
    return "'" + s + "'" if "'" not in s else '"' + s + '"'


def J(d):
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def JS(d):
    return json.dumps(d, ensure_ascii=False)


def esc(s):
    """s as the inside of a JSON string."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


SVCS = ["pay-gateway", "fx-quote", "card-issuer", "payout-worker", "wallet-api", "kyc-bridge", "ledger-sync", "acquiring-api"]
PATHS = ["/v1/payments", "/v1/payouts", "/v1/fx/quotes", "/v1/cards", "/v1/payees", "/v1/refunds", "/v2/transfers",
         "/v1/wallet/withdrawals", "/v1/acquiring/charges", "/v1/cards/limits"]
PY_LOGGERS = ["pay.client", "pay.payout", "fx.quote", "cards.issuer", "wallet.withdraw", "kyc.bridge", "partner.http"]
JAVA_CLS = ["c.p.gateway.PartnerClient", "c.p.payout.PayoutService", "c.p.fx.QuoteService", "c.p.card.CardFacade",
            "c.p.wallet.WithdrawHandler", "c.p.acq.ChargeController"]
PKGS = ["com.paygate.partner", "com.paygate.payout", "com.paygate.fx", "com.paygate.card"]

DK_SNAKE = ["sms_code", "otp_code", "verify_code", "zip_code", "bank_code", "captcha_code", "voucher_code",
            "invite_code", "promo_code", "gift_code", "tracking_code", "login_code", "reset_code", "mfa_code",
            "area_code", "mcc_code", "order_status", "state_code", "gateway_code",
            "reason_code", "decline_code", "provider_status", "auth_code", "pin_code", "batch_code",
            "channel_code", "kyc_status", "payout_status", "txn_code", "merchant_code", "branch_code",
            "postal_code", "approval_code", "refund_status"]
DK_CAMEL = ["smsCode", "otpCode", "verifyCode", "verificationCode", "zipCode", "postalCode", "bankCode",
            "branchCode", "captchaCode", "voucherCode", "inviteCode", "promoCode", "activationCode", "orderCode",
            "orderStatus", "declineCode", "reasonCode", "authCode", "approvalCode", "cardStatus",
            "merchantCode", "channelCode", "trackingCode", "mfaCode", "giftCode"]
ID_SNAKE = ["order_id", "order_no", "user_id", "merchant_id", "payout_id", "seq", "elapsed_us", "amount_minor",
            "batch_id", "thread_id", "retry_after_ms", "bytes", "attempt_id", "quote_id", "card_id"]
ID_CAMEL = ["orderId", "orderNo", "userId", "merchantId", "payoutId", "seqNo", "elapsedUs", "amountMinor",
            "batchId", "quoteId", "cardId", "requestSeq"]
SK_SNAKE = ["err_code", "error_code", "result_code", "ret_code", "resp_code", "response_code", "biz_code",
            "business_code", "app_code", "api_code", "sub_code", "upstream_code", "downstream_code",
            "fail_code", "failure_code", "reply_code", "rpc_code", "service_code", "svc_code", "server_code",
            "remote_code", "backend_code", "internal_code", "inner_code", "last_code", "final_status",
            "root_code", "biz_status", "app_status", "result_status", "return_code", "res_code",
            "upstream_biz_code", "resp_status", "api_result_code", "error_status"]
SK_CAMEL = ["errCode", "errorCode", "resultCode", "retCode", "respCode", "responseCode", "bizCode",
            "businessCode", "appCode", "apiCode", "subCode", "upstreamCode", "failCode", "replyCode", "rpcCode",
            "serviceCode", "svcCode", "serverCode", "remoteCode", "backendCode", "internalCode", "innerCode",
            "lastCode", "finalStatus", "rootCode", "bizStatus", "returnCode", "resCode", "applicationCode",
            "downstreamStatus", "errorStatus", "upstreamBizCode", "apiResultCode"]
SK_PASCAL = ["ErrCode", "ErrorCode", "ResultCode", "RetCode", "RespCode", "ResponseCode", "BizCode", "AppCode",
             "SubCode", "UpstreamCode", "ReturnCode", "ServiceCode", "BackendCode", "FinalStatus", "InnerCode"]
SK_UPPER = ["ERR_CODE", "ERROR_CODE", "RESULT_CODE", "RET_CODE", "RESP_CODE", "BIZ_CODE", "RETURN_CODE"]


def sk(r, style="snake", bare=True):
    pool = {"snake": SK_SNAKE, "camel": SK_CAMEL, "pascal": SK_PASCAL, "upper": SK_UPPER}[style]
    if bare and r.random() < 0.35:
        return {"snake": "code", "camel": "code", "pascal": "Code", "upper": "CODE"}[style] if r.random() < 0.7 else \
            {"snake": "status", "camel": "status", "pascal": "Status", "upper": "STATUS"}[style]
    return r.choice(pool)


def dk(r, style="snake"):
    return r.choice(DK_SNAKE if style == "snake" else DK_CAMEL)


def ik(r, style="snake"):
    return r.choice(ID_SNAKE if style == "snake" else ID_CAMEL)


def pascal(k):
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"_", k))


# --------------------------------------------------------------------------
# shapes

SHAPES = []


def shape(name, desc, n):
    tpls = []
    SHAPES.append((name, desc, n, tpls))

    def add(fn):
        tpls.append(fn)
        return fn
    return add

# ---------------------------------------------------------------- python


t = shape("python-logging", "stdlib logging formats (asctime/levelname/name), dict reprs, exceptions in messages", 40)


@t
def _(r, k):
    c = pick(r)
    d = {"code": k(c), "msg": message(r, c), "data": None}
    return f"{ts_py(r)} ERROR [{r.choice(PY_LOGGERS)}] partner rejected request: {d!r}"


@t
def _(r, k):
    c = pick_s(r)
    d = {"code": k.n(c), "message": cut(r, c), "request_id": uuid(r)}
    return f"{ts_py(r)} - {r.choice(PY_LOGGERS)} - WARNING - upstream response {d!r}"


@t
def _(r, k):
    c = pick(r)
    d = {"errCode": k(c), "errMsg": message(r, c), "success": False}
    return f"{ts_py(r)} ERROR {r.choice(PY_LOGGERS)}:{r.randint(20, 400)} call failed resp={d!r}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_py(r)} ERROR [{r.choice(PY_LOGGERS)}] payout {rid(r)} failed with error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_py(r)} WARNING [{r.choice(PY_LOGGERS)}] partner returned code {k(c)}, retrying in {r.randint(2, 30)}s"


@t
def _(r, k):
    d = {"status": k.n("000000"), "data": {"quote_id": rid(r, 9), "rate": f"7.{rid(r, 4)}"}}
    return f"{ts_py(r)} INFO [fx.quote] quote locked {d!r}"


@t
def _(r, k):
    a, b = pick(r), pick_n(r)
    d = {"code": k(a), "sub_code": k(b), "trace": hexs(r, 16)}
    return f"{ts_py(r)} ERROR [{r.choice(PY_LOGGERS)}] charge declined {d!r}"


@t
def _(r, k):
    return f"{ts_py(r)} [{rid(r)}] INFO {r.choice(PY_LOGGERS)}: sent verification code {rid(r)} to {phone(r)}"


@t
def _(r, k):
    d = {dk(r): dnum(r), ik(r): int(dnum(r)), "status": "PENDING"}
    return f"{ts_py(r)} INFO [{r.choice(PY_LOGGERS)}] challenge created {d!r}"


@t
def _(r, k):
    return f"{ts_py(r)} INFO [pay.recon] reconciled {dnum(r)} records in {r.randint(1, 90)}.{r.randint(0, 9)}s"


@t
def _(r, k):
    d = {"code": r.choice([200, 201, 400, 404, 1, 2]), "msg": r.choice(["ok", "success", "bad request"]), "order_id": d6(r)}
    return f"{ts_py(r)} INFO [{r.choice(PY_LOGGERS)}] partner response {d!r}"


@t
def _(r, k):
    return f"{ts_py(r)} WARNING [{r.choice(PY_LOGGERS)}] order {d6(r)} not settled after {r.randint(2, 9)} polls (amount={amount(r)})"


@t
def _(r, k):
    d = {"zip_code": d6(r), "country_code": r.choice(["HK", "SG", "JP"]), "city": "Kowloon"}
    return f"{ts_py(r)} DEBUG [kyc.bridge] address payload {d!r}"


@t
def _(r, k):
    return f"{ts_py(r)} INFO [worker] child pid {rid(r)} exited with exit code {r.choice([0, 1, 137])}"


t = shape("python-structlog", "structlog ConsoleRenderer / KeyValueRenderer / logfmt output, sorted keys", 36)


def _pad(s, n=30):
    return s + " " * max(1, n - len(s))


@t
def _(r, k):
    c = pick(r)
    return f"{ts_us(r)} [error    ] {_pad('charge rejected')}amount={amount(r)} code={k(c)} order_id={d6(r)}"


@t
def _(r, k):
    c = pick_s(r)
    key = r.choice(["biz_code", "error_code", "ret_code", "resp_code", "result_code"])
    return f"{ts_us(r)} [warning  ] {_pad('upstream non-success')}{key}={k(c, True)} partner={r.choice(['hsbc', 'dbs', 'wise'])}"


@t
def _(r, k):
    c = pick(r)
    return f"event='payout failed' logger='{r.choice(PY_LOGGERS)}' level='error' error_code='{k(c)}' payout_id='{d6(r)}'"


@t
def _(r, k):
    c = pick(r)
    return f"timestamp='{ts_us(r)}' event='partner replied' status='{k(c)}' msg='{message(r, c)}'"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_us(r)} [error    ] {_pad('quote expired')}attempt={r.randint(1, 4)} err_msg='{message(r, c)}' result_code={k(c)}"


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return f"level=error event=\"card limit update failed\" app_code={k(a)} upstream_code={k(b)} card_id={d6(r)}"


@t
def _(r, k):
    c = pick_n(r)
    return f"{ts_us(r)} [error    ] {_pad('ledger post failed')}backend_status={k(c)} journal={d6(r)}"


@t
def _(r, k):
    return f"{ts_us(r)} [info     ] {_pad('otp issued')}channel=sms otp_code={d6(r)} user_id={d6(r)}"


@t
def _(r, k):
    return f"{ts_us(r)} [info     ] {_pad('request finished')}elapsed_us={dnum(r)} http_status={r.choice([200, 201, 400, 502])} path={r.choice(PATHS)}"


@t
def _(r, k):
    return f"event='address checked' logger='kyc.bridge' level='info' {dk(r)}='{d6(r)}' postal_code='{d6(r)}'"


@t
def _(r, k):
    return f"level=info event=\"batch done\" processed={dnum(r)} failed={r.randint(0, 40)} batch_id={dnum(r)}"


@t
def _(r, k):
    return f"{ts_us(r)} [warning  ] {_pad('retry scheduled')}attempt={r.randint(1, 5)} {dk(r)}={dany(r)} delay_ms={dnum(r)}"


@t
def _(r, k):
    return f"{ts_us(r)} [info     ] {_pad('partner response')}code={r.choice([200, 1, 404, 20])} status=ok trace={hexs(r, 16)}"


t = shape("python-json-loggers", "structlog JSONRenderer and python-json-logger records, nested response dicts", 36)


@t
def _(r, k):
    c = pick(r)
    return JS({"event": "charge rejected", "code": k(c), "level": "error", "logger": r.choice(PY_LOGGERS), "timestamp": ts_us(r)})


@t
def _(r, k):
    c = pick_s(r)
    return JS({"asctime": ts_py(r), "levelname": "ERROR", "name": r.choice(PY_LOGGERS), "message": "partner call failed",
               "response": {"code": k.n(c), "msg": message(r, c)}, "process": int(rid(r))})


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return JS({"event": "payee validation failed", "codes": [k(a), k(b)], "payee_id": d6(r), "level": "warning"})


@t
def _(r, k):
    c = pick(r)
    key = r.choice(["resp_code", "result_code", "biz_code", "ret_code"])
    return JS({"asctime": ts_py(r), "levelname": "WARNING", "name": "partner.http", "message": "non-zero result",
               key: k(c), "order_id": d6(r)})


@t
def _(r, k):
    c = pick(r)
    return JS({"event": "upstream error", "error": f"upstream error {k(c)}: {message(r, c)}", "level": "error",
               "timestamp": ts_us(r)})


@t
def _(r, k):
    return JS({"event": "otp sent", "sms_code": dnum(r), "user_id": int(dnum(r)), "level": "info", "timestamp": ts_us(r)})


@t
def _(r, k):
    return JS({"asctime": ts_py(r), "levelname": "INFO", "name": "http", "message": "request finished",
               "status_code": r.choice([200, 201, 400, 502]), "duration_us": int(dnum(r)), "process": int(rid(r))})


@t
def _(r, k):
    return JS({"event": "order not found", "msg": f"order {d6_not(r, '010004')} not found", "level": "warning", "timestamp": ts_us(r)})


@t
def _(r, k):
    return JS({"event": "address saved", dk(r): d6(r), "postalCode": d6(r), "level": "debug"})


@t
def _(r, k):
    return JS({"asctime": ts_py(r), "levelname": "INFO", "name": "recon", "message": f"settled {d6(r)} payouts",
               "order_ids": [int(dnum(r)), int(dnum(r))]})


@t
def _(r, k):
    return JS({"event": "partner ok", "code": r.choice([200, 1, 100]), "latency": float(f"0.{d6(r)}"), "level": "info"})


t = shape("python-traceback", "Python exception lines and traceback frames naming error codes", 34)


@t
def _(r, k):
    c = pick(r)
    return f"pay.errors.UpstreamError: [{k(c)}] {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return f"pay.errors.ApiError: ('{k(c)}', {message(r, c)!r})"


@t
def _(r, k):
    c = pick(r)
    d = {"code": k(c), "message": message(r, c)}
    return f"partner.exceptions.PartnerError: {d!r}"


@t
def _(r, k):
    c = pick(r)
    return f"pay.errors.BizError: error code {k(c)}"


@t
def _(r, k):
    c = pick(r)
    return (f"grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = "
            f"StatusCode.UNAVAILABLE details = \"upstream error {k(c)}: {message(r, c)}\">")


@t
def _(r, k):
    c = pick(r)
    return f"celery.exceptions.Retry: Retry in {r.randint(5, 60)}s: ApiError('{k(c)}', {message(r, c)!r})"


@t
def _(r, k):
    c = pick(r)
    return f"RuntimeError: payout {d6_not(r, '010010')} failed with status {k(c)}"


@t
def _(r, k):
    return (f"requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: "
            f"https://api.partner.example/v1/oauth/token?code={d6(r)}&state={hexs(r, 10)}")


@t
def _(r, k):
    return f"  File \"/app/pay/{r.choice(['client', 'payout', 'fx'])}.py\", line {r.randint(20, 1900)}, in {r.choice(['charge', 'submit', 'lock_quote'])}"


@t
def _(r, k):
    return f"ValueError: invalid literal for int() with base 10: '{d6(r)}x'"


@t
def _(r, k):
    return (f"django.db.utils.IntegrityError: duplicate key value violates unique constraint \"payout_order_no_key\" "
            f"DETAIL:  Key (order_no)=({d6(r)}) already exists.")


@t
def _(r, k):
    return f"KeyError: '{dk(r)}'"


@t
def _(r, k):
    return f"pay.errors.OtpMismatch: sms verification code {d6_not(r, '010008')} does not match the one sent"


@t
def _(r, k):
    return f"TimeoutError: partner did not answer within {dnum(r)}ms"


@t
def _(r, k):
    c = d6(r)
    return f"pay.errors.UpstreamError: [{c}] {r.choice(['上游处理失败', 'erreur du partenaire', 'Partnerfehler'])}"

# ---------------------------------------------------------------- ruby


t = shape("ruby-rails", "Rails request log, Ruby Logger lines, Sidekiq lines, hash inspect output", 36)


def rb_logger(r, lvl):
    return f"{lvl[0]}, [{day(r)}T{hms(r)}.{frac6(r)} #{rid(r, r.choice([4, 5, 6]))}] {lvl:>5} -- : "


@t
def _(r, k):
    c = pick(r)
    return rb_logger(r, "ERROR") + f"Partner rejected payout: {{:code=>\"{k(c)}\", :message=>\"{message(r, c)}\"}}"


@t
def _(r, k):
    return rb_logger(r, "INFO") + f"[{uuid(r)}] Partner response: {{\"code\"=>{k('000000', True)}, \"msg\"=>\"success\"}}"


@t
def _(r, k):
    c = pick(r)
    return rb_logger(r, "WARN") + f"PartnerClient response body={{\"status\"=>\"{k(c)}\", \"error\"=>\"rejected\"}}"


@t
def _(r, k):
    c = pick(r)
    return f"Api::UpstreamError ({k(c)} - {message(r, c)}):"


@t
def _(r, k):
    c = pick(r)
    return (f"{ts_ms(r)} pid={rid(r)} tid={hexs(r, 4)} class=PayoutJob jid={hexs(r, 24)} ERROR: "
            f"PartnerError: [{k(c)}] {message(r, c)}")


@t
def _(r, k):
    c = pick_s(r)
    return rb_logger(r, "ERROR") + f"charge failed {{\"error_code\"=>{k(c, True)}, \"order_id\"=>{dnum(r)}}}"


@t
def _(r, k):
    return f"Started POST \"{r.choice(PATHS)}\" for {ip(r)} at {day(r)} {hms(r)} +0000"


@t
def _(r, k):
    return f"  Parameters: {{\"amount\"=>\"{amount(r)}\", \"currency\"=>\"JPY\", \"otp_code\"=>\"{d6(r)}\", \"order_id\"=>\"{d6(r)}\"}}"


@t
def _(r, k):
    return (f"Completed {r.choice(['422 Unprocessable Entity', '200 OK', '400 Bad Request'])} in {r.randint(5, 900)}ms "
            f"(Views: 0.{r.randint(1, 9)}ms | ActiveRecord: {r.randint(1, 40)}.{r.randint(0, 9)}ms | Allocations: {dnum(r)})")


@t
def _(r, k):
    return rb_logger(r, "INFO") + f"SMS sent to {phone(r)}: {{:sms_code=>\"{d6(r)}\", :expires_in=>300}}"


@t
def _(r, k):
    return f"{ts_ms(r)} pid={rid(r)} tid={hexs(r, 4)} class=ReconJob jid={hexs(r, 24)} elapsed={r.randint(1, 90)}.{r.randint(100, 999)} INFO: done"


@t
def _(r, k):
    return f"Processing by Api::V1::{r.choice(['Payouts', 'Payments', 'Cards'])}Controller#create as JSON"


@t
def _(r, k):
    return rb_logger(r, "WARN") + f"Payee lookup miss {{\"zip_code\"=>\"{d6(r)}\", \"branch_code\"=>\"{d6(r)}\"}}"


t = shape("ruby-inspect", "Ruby Hash#inspect (=> and Ruby 3.4 styles), Struct and Data inspect", 32)


@t
def _(r, k):
    c = pick(r)
    return f"{{:code=>\"{k(c)}\", :msg=>\"{message(r, c)}\", :data=>nil}}"


@t
def _(r, k):
    c = pick_s(r)
    return f"{{\"code\"=>{k(c, True)}, \"message\"=>\"{cut(r, c)}\"}}"


@t
def _(r, k):
    c = pick(r)
    return f"{{code: \"{k(c)}\", message: \"{message(r, c)}\", request_id: \"{uuid(r)}\"}}"


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return f"{{error_codes: [\"{k(a)}\", \"{k(b)}\"], payee_id: {dnum(r)}}}"


@t
def _(r, k):
    c = pick(r)
    return f"#<struct PartnerResult result_code=\"{k(c)}\", message=\"{message(r, c)}\", raw=nil>"


@t
def _(r, k):
    c = pick(r)
    return f"#<data ChargeResponse {r.choice(['biz_status', 'result_code', 'upstream_code'])}=\"{k(c)}\", order_id=\"{d6(r)}\">"


@t
def _(r, k):
    c = pick(r)
    return f"{{:resp_code=>\"{k(c)}\", :upstream=>{{:biz_code=>\"{k(pick_n(r))}\"}}}}"


@t
def _(r, k):
    return f"{{:sms_code=>\"{dnum(r)}\", :order_id=>{dnum(r)}}}"


@t
def _(r, k):
    return f"{{\"status\"=>\"pending\", \"order_code\"=>\"{d6(r)}\", \"amount\"=>\"{amount(r)}\"}}"


@t
def _(r, k):
    return f"{{zip: \"{d6(r)}\", postal_code: \"{d6(r)}\", country_code: \"HK\"}}"


@t
def _(r, k):
    return f"#<struct OtpChallenge otp_code=\"{d6(r)}\", phone=\"{phone(r)}\">"


@t
def _(r, k):
    return f"{{:code=>{r.choice([200, 404, 1])}, :msg=>\"ok\", :order_ids=>[{dnum(r)}, {dnum(r)}]}}"

# ---------------------------------------------------------------- php


t = shape("php-monolog", "Monolog LineFormatter / JsonFormatter, Laravel exception context", 36)


def mono(r, ch, lvl):
    return f"[{day(r)}T{hms(r)}.{frac6(r)}+00:00] {ch}.{lvl}: "


@t
def _(r, k):
    c = pick(r)
    return mono(r, "payments", "ERROR") + f"Partner error {J({'code': k(c), 'message': message(r, c), 'order_id': int(dnum(r))})} []"


@t
def _(r, k):
    c = pick_s(r)
    return J({"message": "Payout rejected", "context": {"response": {"code": k.n(c), "msg": message(r, c)}},
              "level": 400, "level_name": "ERROR", "channel": "payouts", "datetime": ts_us(r, z="+00:00"), "extra": {}})


@t
def _(r, k):
    c = pick(r)
    head = f"[{day(r)} {hms(r)}] production.ERROR: Partner API error {k(c)}: {message(r, c)} "
    bs = "\\"
    exc = (f"[object] (App{bs}Exceptions{bs}PartnerException(code: {k('000000', True)}): Partner API error {k(c)} "
           f"at /var/www/app/Services/Partner.php:{r.randint(20, 300)})")
    return head + J({"userId": int(dnum(r)), "exception": exc})


@t
def _(r, k):
    c = pick_s(r)
    return (f"[{day(r)} {hms(r)}] production.ERROR: charge failed "
            f"{{\"exception\":\"[object] (App\\\\Exceptions\\\\ChargeException(code: {k(c, True)}): {cut(r, c)} at /var/www/app/Charge.php:{r.randint(20, 300)})\"}}")


@t
def _(r, k):
    c = pick(r)
    return mono(r, "fx", "WARNING") + f"Quote rejected {J({'result_code': k(c), 'quote_id': hexs(r, 12)})} {J({'uid': hexs(r, 7), 'process_id': int(rid(r))})}"


@t
def _(r, k):
    return mono(r, "sms", "INFO") + f"SMS sent {J({'phone': phone(r), 'sms_code': d6(r)})} []"


@t
def _(r, k):
    return mono(r, "payments", "INFO") + f"Payment captured {J({'order_id': d6(r), 'amount': amount(r), 'currency': 'HKD'})} {J({'memory_usage': str(r.randint(2, 60)) + ' MB', 'process_id': int(rid(r))})}"


@t
def _(r, k):
    return J({"message": "Webhook received", "context": {"event": "payout.updated", "payout_id": d6(r), "zip_code": d6(r)},
              "level": 200, "level_name": "INFO", "channel": "webhooks", "datetime": ts_us(r, z="+00:00"), "extra": {}})


@t
def _(r, k):
    return f"[{day(r)} {hms(r)}] local.WARNING: Retry {r.randint(1, 5)}/5 for order {dnum(r)} after {dnum(r)} us {{\"http_status\":{r.choice([429, 502, 503])}}}"


@t
def _(r, k):
    return mono(r, "payments", "NOTICE") + f"Partner said OK {J({'code': r.choice([200, 1, 100]), 'msg': 'success'})} []"


@t
def _(r, k):
    return mono(r, "auth", "INFO") + f"MFA challenge {J({'mfaCode': dnum(r), 'userId': int(dnum(r)), 'status': 'sent'})} []"


t = shape("php-dumps", "PHP print_r (one-line and per-line) and var_export output", 34)


def printr(d):
    parts = []
    for key, v in d.items():
        if isinstance(v, dict):
            v = printr(v)
        parts.append(f"[{key}] => {'' if v is None else v}")
    return "Array ( " + " ".join(parts) + " )"


def varexp(d):
    parts = []
    for key, v in d.items():
        if isinstance(v, dict):
            v = varexp(v)
        elif isinstance(v, str):
            v = "'" + v.replace("'", "\\'") + "'"
        elif v is None:
            v = "NULL"
        parts.append(f"'{key}' => {v},")
    return "array ( " + " ".join(parts) + " )"


@t
def _(r, k):
    c = pick(r)
    return printr({"code": k(c), "msg": message(r, c), "data": None})


@t
def _(r, k):
    c = pick_s(r)
    return f"    [{r.choice(['code', 'err_code', 'result_code', 'ret_code'])}] => {k(c, True)}"


@t
def _(r, k):
    c = pick(r)
    return f"    [error_code] => {k(c)}"


@t
def _(r, k):
    c = pick(r)
    return printr({"success": "", "error": {"code": k(c), "message": message(r, c)}})


@t
def _(r, k):
    c = pick(r)
    return varexp({"code": k(c), "message": message(r, c)})


@t
def _(r, k):
    c = pick_s(r)
    return "array ( 'result_code' => " + k(c, True) + ", 'trade_no' => '" + d6(r) + "', )"


@t
def _(r, k):
    return f"    [{dk(r)}] => {d6(r)}"


@t
def _(r, k):
    return f"    [{r.choice(['order_id', 'amount', 'zip', 'user_id', 'trade_no'])}] => {d6(r)}"


@t
def _(r, k):
    return printr({"order_id": d6(r), "amount": amount(r), "sms_code": d6(r)})


@t
def _(r, k):
    return varexp({"otp": d6(r), "phone": phone(r), "expires": 300})


@t
def _(r, k):
    return printr({"code": r.choice(["200", "1", "404"]), "msg": "success", "trade_no": d6(r)})

# ---------------------------------------------------------------- go


t = shape("go-zap-json", "zap production JSON encoder (ts float, caller, stacktrace) with fields", 38)


def zap(r, lvl, msg):
    return {"level": lvl, "ts": float(f"{epoch(r)}.{frac6(r)}"), "caller": f"{r.choice(['client', 'payout', 'fx', 'card'])}/{r.choice(['http', 'handler', 'service'])}.go:{r.randint(20, 400)}", "msg": msg}


@t
def _(r, k):
    c = pick(r)
    d = zap(r, "error", "charge failed")
    d["code"] = k(c)
    d["order_id"] = int(dnum(r))
    return J(d)


@t
def _(r, k):
    c = pick(r)
    d = zap(r, "error", "partner call failed")
    d["error"] = f"upstream error {k(c)}: {message(r, c)}"
    return J(d)


@t
def _(r, k):
    c = pick_s(r)
    d = zap(r, "warn", "non-success response")
    d["resp"] = {"Code": k.n(c), "Msg": message(r, c)}
    return J(d)


@t
def _(r, k):
    c = pick(r)
    d = zap(r, "error", "payout rejected")
    d[r.choice(["errCode", "bizCode", "retCode", "resultCode"])] = k(c)
    d["payout_id"] = d6(r)
    return J(d)


@t
def _(r, k):
    c = pick(r)
    d = zap(r, "error", "grpc call failed")
    d["error"] = f"rpc error: code = Unknown desc = {J({'code': k(c), 'msg': message(r, c)})}"
    return J(d)


@t
def _(r, k):
    d = zap(r, "info", "request served")
    d["status"] = r.choice([200, 201, 400, 502])
    d["latency"] = float(f"0.{d6(r)}")
    d["bytes"] = int(dnum(r))
    return J(d)


@t
def _(r, k):
    d = zap(r, "info", "otp dispatched")
    d["otp_code"] = d6(r)
    d["user_id"] = int(dnum(r))
    return J(d)


@t
def _(r, k):
    d = zap(r, "warn", "slow partner")
    d["latency_us"] = int(dnum(r))
    d["http_status"] = r.choice([200, 504])
    return J(d)


@t
def _(r, k):
    d = zap(r, "error", "dial failed")
    d["error"] = f"dial tcp {ip(r)}:{r.randint(1024, 65000)}: connect: connection refused"
    return J(d)


@t
def _(r, k):
    d = zap(r, "info", "partner ok")
    d["resp"] = {"Code": r.choice([200, 1, 100]), "Msg": "OK"}
    d["order_id"] = d6(r)
    return J(d)


t = shape("go-zap-console", "zap development console encoder (tabs shown as four spaces), JSON field blocks", 34)


def zc(r, lvl, msg):
    return f"{ts_ms(r, z='+0800')}    {lvl}    {r.choice(['client', 'payout', 'fx'])}/{r.choice(['http', 'service'])}.go:{r.randint(20, 400)}    {msg}    "


@t
def _(r, k):
    c = pick(r)
    return zc(r, "ERROR", "charge failed") + JS({"code": k(c), "order_id": int(dnum(r))})


@t
def _(r, k):
    c = pick(r)
    return zc(r, "ERROR", "upstream rejected") + JS({"error": f"rpc error: code = Unavailable desc = upstream error {k(c)}: {message(r, c)}"})


@t
def _(r, k):
    c = pick_s(r)
    return zc(r, "WARN", "quote refused") + JS({"resultCode": k.n(c), "quote": hexs(r, 10)})


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return zc(r, "ERROR", "payee checks failed") + JS({"errorCodes": [k(a), k(b)], "payee": d6(r)})


@t
def _(r, k):
    c = pick(r)
    return zc(r, "ERROR", "partner body") + JS({"body": J({"code": k(c), "msg": message(r, c)})})


@t
def _(r, k):
    return zc(r, "INFO", "otp sent") + JS({"otpCode": dnum(r), "userId": int(dnum(r))})


@t
def _(r, k):
    return zc(r, "INFO", "request done") + JS({"status": r.choice([200, 204, 404]), "elapsed": f"{dnum(r)}us"})


@t
def _(r, k):
    return zc(r, "DEBUG", "address normalised") + JS({"zipCode": d6(r), "orderId": d6(r)})


@t
def _(r, k):
    return zc(r, "WARN", "retrying") + JS({"attempt": r.randint(1, 5), "backoff": f"{r.randint(1, 9)}s", "order": d6(r)})


t = shape("go-logrus-slog-text", "logrus TextFormatter and log/slog TextHandler key=value lines", 38)


def lr(r, lvl, msg):
    return f"time=\"{day(r)}T{hms(r)}Z\" level={lvl} msg=\"{msg}\""


def sl(r, lvl, msg):
    return f"time={ts_ms(r, z='+08:00')} level={lvl} msg=\"{msg}\""


@t
def _(r, k):
    c = pick(r)
    return lr(r, "error", "payout rejected") + f" code={k(c)} order_id={d6(r)}"


@t
def _(r, k):
    c = pick(r)
    return lr(r, "error", f"upstream returned code {k(c)}") + f" partner={r.choice(['dbs', 'hsbc'])}"


@t
def _(r, k):
    c = pick(r)
    return lr(r, "warning", "partner body") + f" resp_body=\"{esc(J({'code': k(c), 'msg': message(r, c)}))}\""


@t
def _(r, k):
    c = pick_s(r)
    return sl(r, "ERROR", "charge failed") + f" err_code={k(c, True)} amount={amount(r)}"


@t
def _(r, k):
    c = pick(r)
    return sl(r, "ERROR", "card issue failed") + f" err=\"[{k(c)}] {message(r, c)}\""


@t
def _(r, k):
    a, b = pick(r), pick_n(r)
    return sl(r, "WARN", "fallback used") + f" upstream.code={k(a)} final_status={k(b)}"


@t
def _(r, k):
    return lr(r, "info", "otp sent") + f" otp_code={d6(r)} phone={phone(r)}"


@t
def _(r, k):
    return lr(r, "info", "worker exited") + f" exit_code={r.choice([0, 1, 2])} pid={rid(r)}"


@t
def _(r, k):
    return sl(r, "INFO", "request") + f" method=POST path={r.choice(PATHS)}/{dnum(r)} status={r.choice([200, 201, 404])} dur={dnum(r)}µs"


@t
def _(r, k):
    return sl(r, "DEBUG", "payee") + f" {dk(r)}={dany(r)} bank.branch_code={d6(r)}"


@t
def _(r, k):
    return lr(r, "warning", f"order {d6(r)} still pending") + f" attempts={r.randint(2, 9)}"


@t
def _(r, k):
    return sl(r, "INFO", "batch") + f" rows={dnum(r)} status=done"


t = shape("go-structs-maps", "Go %v/%+v structs, map[...] values, gRPC status errors, panics", 38)


@t
def _(r, k):
    c = pick_s(r)
    return f"{day(r)} {hms(r)} charge failed: &{{Code:{k(c, True)} Msg:{message(r, c)} Data:<nil>}}"


@t
def _(r, k):
    c = pick(r)
    return f"{day(r)} {hms(r)} partner resp=map[code:{k(c)} msg:{message(r, c)}]"


@t
def _(r, k):
    c = pick(r)
    return f"{day(r)} {hms(r)} payout rejected: &{{{k(c)} {message(r, c)}}}"


@t
def _(r, k):
    c = pick(r)
    return f"rpc error: code = Unknown desc = biz error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return f"rpc error: code = InvalidArgument desc = {J({'code': k(c), 'msg': message(r, c)})}"


@t
def _(r, k):
    c = pick_s(r)
    return f"{day(r)} {hms(r)} quote: {{QuoteID:{hexs(r, 10)} Rate:7.{rid(r, 4)} Status:{k(c, True)}}}"


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return f"{day(r)} {hms(r)} validation: map[errorCodes:[{k(a)} {k(b)}] payee:{d6(r)}]"


@t
def _(r, k):
    return f"{day(r)} {hms(r)} order created: &{{OrderID:{dnum(r)} Amount:{dnum(r)} Currency:JPY}}"


@t
def _(r, k):
    return f"{day(r)} {hms(r)} otp: map[otp:{d6(r)} phone:{phone(r)}]"


@t
def _(r, k):
    return f"{day(r)} {hms(r)} challenge: map[sms_code:{d6(r)} ttl:300]"


@t
def _(r, k):
    return f"{day(r)} {hms(r)} partner ok: &{{Code:{r.choice([200, 1, 100])} Msg:OK}}"


@t
def _(r, k):
    return f"panic: runtime error: index out of range [{dnum(r)}] with length {r.randint(2, 99)}"


@t
def _(r, k):
    return f"goroutine {dnum(r)} [running]:"


@t
def _(r, k):
    return f"rpc error: code = DeadlineExceeded desc = context deadline exceeded after {dnum(r)}ms"


t = shape("rust-tracing-debug", "tracing-subscriber fmt and env_logger lines with Debug-printed structs", 36)


def tr(r, lvl, target):
    return f"{ts_us(r)} {lvl:>5} {target}: "


@t
def _(r, k):
    c = pick_s(r)
    return tr(r, "ERROR", "pay_gateway::client") + f"upstream rejected charge error=Api(ApiError {{ code: {k(c, True)}, message: \"{message(r, c)}\" }})"


@t
def _(r, k):
    c = pick(r)
    return (f"{ts_us(r)} ERROR request{{method=POST uri={r.choice(PATHS)}}}: pay_gateway::handler: failed "
            f"resp=Response {{ status: {k(c, True)}, msg: \"{message(r, c)}\" }}")


@t
def _(r, k):
    c = pick_s(r)
    return f"[{day(r)}T{hms(r)}Z ERROR pay_gateway::client] charge failed: Error {{ code: {k(c, True)}, .. }}"


@t
def _(r, k):
    c = pick(r)
    return (f"thread 'tokio-runtime-worker' panicked at src/client.rs:{r.randint(20, 400)}:{r.randint(5, 40)}: "
            f"called `Result::unwrap()` on an `Err` value: ApiError {{ code: \"{k(c)}\", message: \"{message(r, c)}\" }}")


@t
def _(r, k):
    c = pick(r)
    return tr(r, "WARN", "pay_gateway::grpc") + f"call failed err=Status {{ code: Unavailable, message: \"upstream error {k(c)}: {message(r, c)}\", metadata: MetadataMap {{ headers: {{}} }}, source: None }}"


@t
def _(r, k):
    c = pick(r)
    return tr(r, "ERROR", "payout::worker") + f"payout failed payout_id={d6(r)} error_code={k(c)}"


@t
def _(r, k):
    return tr(r, "INFO", "pay_gateway::orders") + f"created order=Order {{ id: {dnum(r)}, amount: {dnum(r)}, currency: \"JPY\" }}"


@t
def _(r, k):
    return tr(r, "INFO", "auth::otp") + f"challenge=SmsChallenge {{ sms_code: \"{d6(r)}\", ttl_secs: 300 }}"


@t
def _(r, k):
    return tr(r, "DEBUG", "pay_gateway::client") + f"close time.busy={dnum(r)}µs time.idle={r.randint(10, 999)}µs"


@t
def _(r, k):
    return tr(r, "INFO", "pay_gateway::http") + f"finished processing request latency={dnum(r)} ms status={r.choice([200, 400, 502])}"


@t
def _(r, k):
    return f"[{day(r)}T{hms(r)}Z INFO  recon] matched {dnum(r)} entries, unmatched {r.randint(0, 90)}"


@t
def _(r, k):
    return tr(r, "WARN", "pay_gateway::client") + f"partner replied Resp {{ code: {r.choice([200, 1, 100])}, msg: \"ok\", order_id: {dnum(r)} }}"

# ---------------------------------------------------------------- java


t = shape("java-logback-log4j2", "logback / log4j2 / Spring Boot pattern layouts with codes in messages", 40)


def lb(r, lvl):
    return f"{day(r)} {hms(r)}.{r.randint(0, 999):03d} [http-nio-8080-exec-{r.randint(1, 200)}] {lvl:<5} {r.choice(JAVA_CLS)} - "


def l4j(r, lvl):
    cls = r.choice(JAVA_CLS)
    return f"{day(r)}T{hms(r)},{r.randint(0, 999):03d} {lvl:<5} [pool-{r.randint(1, 9)}-thread-{r.randint(1, 64)}] {cls} ({cls.split('.')[-1]}.java:{r.randint(20, 900)}) - "


def sb3(r, lvl):
    return f"{ts_ms(r, z='+08:00')} {lvl:>5} {rid(r, 5)} --- [{r.choice(SVCS)}] [nio-8080-exec-{r.randint(1, 9)}] {r.choice(JAVA_CLS)[:40]:<40} : "


@t
def _(r, k):
    c = pick(r)
    return lb(r, "ERROR") + f"charge failed, resp={J({'code': k(c), 'msg': message(r, c)})}"


@t
def _(r, k):
    c = pick(r)
    return l4j(r, "ERROR") + f"upstream error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return sb3(r, "WARN") + f"bizCode={k(c)}, bizMsg={message(r, c)}, orderNo={d6(r)}"


@t
def _(r, k):
    c = pick(r)
    return lb(r, "ERROR") + f"[{k(c)}] {cut(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return l4j(r, "WARN") + f"partner result code: {k(c)}, will retry"


@t
def _(r, k):
    c = pick(r)
    return sb3(r, "ERROR") + f"payout {d6_not(r, '010010')} failed with code {k(c)}"


@t
def _(r, k):
    c = pick_s(r)
    return lb(r, "WARN") + f"errorCode={k(c, True)}, errorMsg={message(r, c)}"


@t
def _(r, k):
    return lb(r, "INFO") + f"send sms ok, phone={phone(r)}, verifyCode={d6(r)}"


@t
def _(r, k):
    return l4j(r, "INFO") + f"order {dnum(r)} settled, amount={amount(r)}, cost={dnum(r)}us"


@t
def _(r, k):
    return sb3(r, "INFO") + f"Completed {r.choice(PATHS)} in {dnum(r)} ms"


@t
def _(r, k):
    return f"{day(r)} {hms(r)}.{r.randint(0, 999):03d} [pool-3-thread-{dnum(r)}] INFO  {r.choice(JAVA_CLS)} - heartbeat ok"


@t
def _(r, k):
    return lb(r, "WARN") + f"[{d6(r)}] {r.choice(['retry scheduled', 'lock contention', 'quote refresh'])}"


@t
def _(r, k):
    return l4j(r, "DEBUG") + f"{dk(r, 'camel')}={dany(r)}, orderNo={d6(r)}, status=PROCESSING"


@t
def _(r, k):
    c = pick(r)
    o = pick(r)
    while o == c or CAT[o].split()[:3] == CAT[c].split()[:3]:
        o = pick(r)
    return lb(r, "ERROR") + f"[{c}] {message(r, o)}"


t = shape("java-tostring", "Lombok @ToString / @Data objects, Java Map and List toString, ResponseEntity", 36)


@t
def _(r, k):
    c = pick(r)
    return f"PayResp(code={k(c)}, msg={message(r, c)}, data=null)"


@t
def _(r, k):
    c = pick(r)
    return f"BizResult(success=false, errCode={k(c)}, errMsg={message(r, c)}, traceId={hexs(r, 16)})"


@t
def _(r, k):
    c = pick_s(r)
    return f"Resp(code={k(c, True)}, message={cut(r, c)})"


@t
def _(r, k):
    c = pick(r)
    return f"{{code={k(c)}, msg={message(r, c)}, data={{orderNo={d6(r)}}}}}"


@t
def _(r, k):
    c = pick(r)
    return (f"<400 BAD_REQUEST Bad Request,{{code={k(c)}, msg={message(r, c)}}},"
            f"[Content-Type:\"application/json\", Content-Length:\"{r.randint(40, 400)}\"]>")


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return f"ValidationResult(valid=false, errorCodes=[{k(a)}, {k(b)}], payeeId={d6(r)})"


@t
def _(r, k):
    c = pick(r)
    return f"PartnerResponse(resultCode={k(c)}, data=PayData(orderId={d6(r)}, status=FAILED))"


@t
def _(r, k):
    return f"OrderDTO(orderId={dnum(r)}, amount={dnum(r)}.00, smsCode={dnum(r)})"


@t
def _(r, k):
    return f"Payee(name=Chan Tai Man, zipCode={d6(r)}, bankCode={d6(r)}, branchCode={rid(r, 3)})"


@t
def _(r, k):
    return f"SmsReq(phone={phone(r)}, verifyCode={d6(r)}, ttl=300)"


@t
def _(r, k):
    return f"Resp(code={r.choice([200, 1, 100])}, msg=OK, data=OrderVO(orderNo={d6(r)}))"


@t
def _(r, k):
    return f"[{dnum(r)}, {dnum(r)}, {dnum(r)}]"


@t
def _(r, k):
    return f"{{orderNo={d6(r)}, {dk(r, 'camel')}={d6(r)}, amount={amount(r)}}}"


t = shape("java-exceptions", "Java exception and Caused-by lines, Spring HTTP client and Feign exceptions, frames", 38)


@t
def _(r, k):
    c = pick(r)
    return f"{r.choice(PKGS)}.BizException: {k(c)} {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return f"Caused by: {r.choice(PKGS)}.UpstreamException: upstream error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return f"{r.choice(PKGS)}.BizException: BizException(code={k(c)}, msg={message(r, c)})"


@t
def _(r, k):
    c = pick(r)
    return (f"org.springframework.web.client.HttpClientErrorException$BadRequest: 400 Bad Request: "
            f"\"{J({'code': k(c), 'msg': message(r, c)})}\"")


@t
def _(r, k):
    c = pick(r)
    return (f"feign.FeignException$InternalServerError: [500 Internal Server Error] during [POST] to "
            f"[http://partner-api/v1/charge] [PartnerClient#charge(ChargeReq)]: [{J({'code': k(c), 'message': message(r, c)})}]")


@t
def _(r, k):
    c = pick(r)
    return f"io.grpc.StatusRuntimeException: UNAVAILABLE: upstream error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return f"Exception in thread \"payout-{r.randint(1, 9)}\" java.lang.RuntimeException: failed with status {k(c)}"


@t
def _(r, k):
    c = pick(r)
    return f"Caused by: {r.choice(PKGS)}.PartnerException: ({k(c)}) {message(r, c)}"


@t
def _(r, k):
    return f"    at {r.choice(PKGS)}.PartnerClient.charge(PartnerClient.java:{r.randint(20, 900)})"


@t
def _(r, k):
    return f"    ... {r.randint(20, 140)} common frames omitted"


@t
def _(r, k):
    return f"java.util.concurrent.TimeoutException: Timeout after {dnum(r)}ms"


@t
def _(r, k):
    return f"java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '{d6(r)}' for key 'uk_order_no'"


@t
def _(r, k):
    return f"java.lang.IllegalStateException: sms verification code {d6(r)} already used"


@t
def _(r, k):
    return f"java.lang.NumberFormatException: For input string: \"{d6(r)}abc\""


@t
def _(r, k):
    return f"{r.choice(PKGS)}.OrderNotFoundException: order {d6(r)} does not exist"

# ---------------------------------------------------------------- .net


t = shape("dotnet-serilog-clef", "Serilog compact JSON (CLEF: @t @mt @l @x) with properties", 36)


def clef(r, mt, lvl="Error"):
    return {"@t": f"{day(r)}T{hms(r)}.{r.randint(0, 9999999):07d}Z", "@mt": mt, "@l": lvl}


@t
def _(r, k):
    c = pick(r)
    d = clef(r, "Charge failed for {OrderId} with result {ResultCode}")
    d["OrderId"] = int(dnum(r))
    d["ResultCode"] = k(c)
    d["SourceContext"] = "Pay.Gateway.PartnerClient"
    return J(d)


@t
def _(r, k):
    c = pick_s(r)
    d = clef(r, "Payout {PayoutId} rejected")
    d["PayoutId"] = d6(r)
    d["ErrorCode"] = k.n(c)
    return J(d)


@t
def _(r, k):
    c = pick(r)
    d = clef(r, "Partner call failed")
    d["@x"] = f"Pay.Gateway.ApiException: Upstream error {k(c)}: {message(r, c)}\n   at Pay.Gateway.PartnerClient.ChargeAsync(ChargeRequest req) in /src/PartnerClient.cs:line {r.randint(20, 400)}"
    return J(d)


@t
def _(r, k):
    c = pick_s(r)
    d = clef(r, "Charge failed with error code {ErrorCode}")
    d["@m"] = f"Charge failed with error code {short(c)}"
    d["ErrorCode"] = k.n(c)
    return J(d)


@t
def _(r, k):
    c = pick(r)
    d = clef(r, "Upstream response {@Response}", "Warning")
    d["Response"] = {"Code": k(c), "Message": message(r, c), "_typeTag": "ApiResponse"}
    return J(d)


@t
def _(r, k):
    d = clef(r, "OTP {OtpCode} sent to {Phone}", "Information")
    d["OtpCode"] = d6(r)
    d["Phone"] = phone(r)
    return J(d)


@t
def _(r, k):
    d = clef(r, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "Information")
    d["RequestMethod"] = "POST"
    d["RequestPath"] = r.choice(PATHS)
    d["StatusCode"] = r.choice([200, 400, 404, 503])
    d["Elapsed"] = float(f"{r.randint(1, 999)}.{d6(r)}")
    return J(d)


@t
def _(r, k):
    d = clef(r, "Order {OrderId} queued", "Information")
    d["OrderId"] = int(dnum(r))
    d["ProcessId"] = int(rid(r))
    d["ThreadId"] = r.randint(1, 60)
    return J(d)


@t
def _(r, k):
    d = clef(r, "Payee saved", "Debug")
    d[pascal(dk(r))] = d6(r)
    d["PostalCode"] = d6(r)
    return J(d)


@t
def _(r, k):
    c = pick_s(r)
    d = clef(r, "Partner replied {Reply}", "Warning")
    d["@m"] = f"Partner replied error {short(c)}"
    d["Reply"] = f"error {short(c)}"
    return J(d)


t = shape("dotnet-console", "Serilog console output, Microsoft.Extensions.Logging console, NLog lines", 36)


def srl(r, lvl):
    return f"[{hms(r)} {lvl}] "


@t
def _(r, k):
    c = pick(r)
    return srl(r, "ERR") + f"Upstream rejected charge {d6(r)}: ApiResponse {{ Code: \"{k(c)}\", Message: \"{message(r, c)}\", Data: null }}"


@t
def _(r, k):
    c = pick(r)
    return f"      Partner returned error code {k(c)} for payout {d6(r)}"


@t
def _(r, k):
    c = pick(r)
    return f"Pay.Gateway.ApiException: Error {k(c)} - {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return f"{day(r)} {hms(r)}.{r.randint(0, 9999):04d}|ERROR|Pay.Gateway.PartnerClient|Upstream error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return srl(r, "WRN") + f"Quote refused {{ ResultCode: \"{k(c)}\", QuoteId: \"{hexs(r, 10)}\" }}"


@t
def _(r, k):
    c = pick(r)
    return f"{day(r)} {hms(r)}.{r.randint(0, 9999):04d}|WARN|Pay.Fx.QuoteService|{message(r, c)} ({k(c)})"


@t
def _(r, k):
    return f"fail: Pay.Gateway.PartnerClient[{r.choice([0, 1001, 2002])}]"


@t
def _(r, k):
    return srl(r, "INF") + f"HTTP POST {r.choice(PATHS)} responded {r.choice([200, 400, 503])} in {r.randint(1, 999)}.{r.randint(0, 9999):04d} ms"


@t
def _(r, k):
    return srl(r, "INF") + f"OTP \"{d6(r)}\" sent to {phone(r)}"


@t
def _(r, k):
    return "System.Net.Http.HttpRequestException: Response status code does not indicate success: " + r.choice(
        ["503 (Service Unavailable).", "400 (Bad Request).", "404 (Not Found).", "502 (Bad Gateway).", "429 (Too Many Requests)."])


@t
def _(r, k):
    return srl(r, "INF") + f"Order {{ OrderId: {dnum(r)}, Amount: {dnum(r)}.00, Currency: \"JPY\" }} created"


@t
def _(r, k):
    return f"      Reconciled {dnum(r)} ledger entries in {r.randint(1, 60)}s"


@t
def _(r, k):
    c = pick_s(r)
    return srl(r, "ERR") + f"Charge failed with error code {short(c)} (order {d6(r)})"

# ---------------------------------------------------------------- node


t = shape("node-pino", "pino JSON lines (numeric level, pid, hostname, err objects) and pino-pretty", 36)


def pino(r, lvl, msg):
    return {"level": lvl, "time": epoch(r) * 1000 + r.randint(0, 999), "pid": int(rid(r)), "hostname": f"{r.choice(SVCS)}-{hexs(r, 5)}", "msg": msg}


@t
def _(r, k):
    c = pick(r)
    d = pino(r, 50, "charge failed")
    d["code"] = k(c)
    d["orderId"] = d6(r)
    return J(d)


@t
def _(r, k):
    c = pick(r)
    m = message(r, c)
    d = pino(r, 50, "partner error")
    d["err"] = {"type": "ApiError", "message": f"[{k(c)}] {m}", "stack": f"ApiError: [{k(c)}] {m}\n    at PartnerClient.charge (/app/src/partner.js:{r.randint(20, 300)}:{r.randint(5, 30)})", "code": k(c)}
    return J(d)


@t
def _(r, k):
    c = pick_s(r)
    d = pino(r, 40, "non-success")
    d["res"] = {"statusCode": 200}
    d["body"] = {"errCode": k.n(c)}
    return J(d)


@t
def _(r, k):
    c = pick(r)
    return f"[{hms(r)}.{r.randint(0, 999):03d}] ERROR ({rid(r, 5)}): payout rejected" + f" {J({'resultCode': k(c)})}"


@t
def _(r, k):
    c = pick(r)
    d = pino(r, 50, f"upstream replied code {k(c)}")
    return J(d)


@t
def _(r, k):
    d = pino(r, 30, "request completed")
    d["res"] = {"statusCode": r.choice([200, 201, 404])}
    d["responseTime"] = r.randint(2, 900)
    return J(d)


@t
def _(r, k):
    d = pino(r, 30, "otp sent")
    d["otp"] = d6(r)
    d["orderId"] = d6(r)
    return J(d)


@t
def _(r, k):
    d = pino(r, 40, f"order {d6_not(r, '010004')} not found")
    return J(d)


@t
def _(r, k):
    d = pino(r, 30, "payee saved")
    d[dk(r, "camel")] = dany(r)
    return J(d)


@t
def _(r, k):
    return f"[{hms(r)}.{r.randint(0, 999):03d}] INFO ({rid(r, 5)}): batch {dnum(r)} done in {dnum(r)}ms"


t = shape("node-winston-bunyan", "winston JSON/printf/simple formats and bunyan JSON records", 38)


def wts(r):
    return ts_ms(r)


@t
def _(r, k):
    c = pick(r)
    return J({"level": "error", "message": "Partner API error", "code": k(c), "service": r.choice(SVCS), "timestamp": wts(r)})


@t
def _(r, k):
    c = pick(r)
    return f"{wts(r)} [{r.choice(SVCS)}] error: Partner API error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    c = pick_s(r)
    return f"error: charge failed {J({'code': k.n(c), 'orderId': int(dnum(r))})}"


@t
def _(r, k):
    c = pick(r)
    d = {"name": r.choice(SVCS), "hostname": f"pod-{hexs(r, 5)}", "pid": int(rid(r)), "level": 50,
         "err": {"message": f"upstream error {k(c)}", "name": "ApiError",
                 "stack": f"ApiError: upstream error {k(c)}\n    at Client.charge (/app/client.js:{r.randint(20, 300)}:{r.randint(5, 30)})",
                 "code": k(c)},
         "msg": "charge failed", "time": wts(r), "v": 0}
    return J(d)


@t
def _(r, k):
    c = pick(r)
    d = {"name": "payout", "hostname": f"pod-{hexs(r, 5)}", "pid": int(rid(r)), "level": 40,
         "resp": {"status": k(c), "message": message(r, c)}, "msg": "payout refused", "time": wts(r), "v": 0}
    return J(d)


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return J({"level": "warn", "message": "payee rejected", "meta": {"error_codes": [k(a), k(b)]}, "timestamp": wts(r)})


@t
def _(r, k):
    return J({"level": "info", "message": "otp issued", "smsCode": d6(r), "userId": d6(r), "timestamp": wts(r)})


@t
def _(r, k):
    d = {"name": r.choice(SVCS), "hostname": f"pod-{hexs(r, 5)}", "pid": int(rid(r)), "level": 30,
         "req": {"method": "GET", "url": f"/oauth/callback?code={d6(r)}&state={hexs(r, 8)}"},
         "res": {"statusCode": 302}, "msg": "request finished", "time": wts(r), "v": 0}
    return J(d)


@t
def _(r, k):
    return f"{wts(r)} [{r.choice(SVCS)}] info: processed {dnum(r)} events from partition {r.randint(0, 11)}"


@t
def _(r, k):
    return f"warn: slow partner {J({'latencyUs': int(dnum(r)), 'orderId': dnum(r)})}"


@t
def _(r, k):
    return J({"level": "info", "message": "partner ok", "code": r.choice([200, 1, 100]), "orderId": d6(r), "timestamp": wts(r)})


t = shape("node-inspect-axios", "util.inspect output of objects and AxiosError dumps", 34)


@t
def _(r, k):
    c = pick(r)
    return f"{{ code: '{k(c)}', msg: {nq(message(r, c))}, data: null }}"


@t
def _(r, k):
    c = pick(r)
    return f"  response: {{ status: 400, statusText: 'Bad Request', data: {{ code: '{k(c)}', msg: {nq(message(r, c))} }} }},"


@t
def _(r, k):
    c = pick_s(r)
    return f"Partner rejected: {{ errCode: {k(c, True)}, errMsg: {nq(cut(r, c))}, retryable: false }}"


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return f"validation failed {{ errorCodes: [ '{k(a)}', '{k(b)}' ], payeeId: '{d6(r)}' }}"


@t
def _(r, k):
    c = pick(r)
    return f"Error: upstream error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return f"  headers: {{ 'content-type': 'application/json', 'x-result-code': '{k(c)}' }},"


@t
def _(r, k):
    return "AxiosError: Request failed with status code " + str(r.choice([400, 404, 500, 502]))


@t
def _(r, k):
    return f"  code: '{r.choice(['ERR_BAD_RESPONSE', 'ERR_BAD_REQUEST', 'ECONNRESET', 'ECONNABORTED'])}', status: {r.choice([400, 500, 502, 503])},"


@t
def _(r, k):
    return f"{{ orderId: {dnum(r)}, amount: {dnum(r)}, otpCode: '{dnum(r)}' }}"


@t
def _(r, k):
    return f"  config: {{ url: '/v1/oauth/callback?code={dnum(r)}&state={hexs(r, 6)}', method: 'get', timeout: {dnum(r)} }},"


@t
def _(r, k):
    return f"{{ code: {r.choice([200, 1])}, msg: 'ok', data: {{ orderNo: '{d6(r)}' }} }}"


@t
def _(r, k):
    return f"  response: {{ status: {r.choice([200, 404, 503])}, data: {{ message: 'order {d6_not(r, '010004')} not found' }} }},"

# ---------------------------------------------------------------- proxies


t = shape("nginx-access-body", "nginx access logs (escape=json log_format, combined + key=value with bodies)", 36)


def ncomb(r, method, path, status):
    return f"{ip(r)} - - [{r.randint(3, 28):02d}/Mar/2025:{hms(r)} +0000] \"{method} {path} HTTP/1.1\" {status} {r.randint(20, 9000)} \"-\" \"{r.choice(['okhttp/4.12.0', 'python-requests/2.32.3', 'Go-http-client/1.1'])}\""


@t
def _(r, k):
    c = pick(r)
    return J({"time": f"{day(r)}T{hms(r)}+00:00", "remote_addr": ip(r), "request": f"POST {r.choice(PATHS)} HTTP/1.1",
              "status": 400, "body_bytes_sent": r.randint(40, 900), "request_time": float(f"0.{r.randint(1, 999):03d}"),
              "resp_body": J({"code": k(c), "msg": message(r, c)})})


@t
def _(r, k):
    c = pick(r)
    return ncomb(r, "POST", r.choice(PATHS), 400) + f" rt=0.{r.randint(1, 999):03d} uct=\"0.001\" resp_body=\"{esc(J({'code': k(c)}))}\""


@t
def _(r, k):
    c = pick_s(r)
    return ncomb(r, "POST", r.choice(PATHS), 200) + f" upstream_status=200 resp_body=\"{esc(J({'errCode': k.n(c), 'errMsg': cut(r, c)}))}\""


@t
def _(r, k):
    c = pick(r)
    return J({"ts": f"{day(r)}T{hms(r)}+00:00", "uri": r.choice(PATHS), "status": 200, "upstream_response_time": "0.051",
              "upstream_result_code": k(c), "request_id": hexs(r, 32)})


@t
def _(r, k):
    return ncomb(r, "GET", f"/v1/orders/{d6(r)}", r.choice([200, 404])) + f" rt=0.{r.randint(1, 999):03d} request_length={r.randint(100, 9000)}"


@t
def _(r, k):
    return ncomb(r, "GET", f"/oauth/callback?code={d6(r)}&state={hexs(r, 12)}", 302)


@t
def _(r, k):
    return J({"time": f"{day(r)}T{hms(r)}+00:00", "remote_addr": ip(r), "request": f"GET /v1/payouts/{d6(r)} HTTP/1.1",
              "status": r.choice([200, 404]), "body_bytes_sent": int(dnum(r)), "upstream_status": "200"})


@t
def _(r, k):
    return ncomb(r, "POST", "/v1/otp/verify", 200) + f" req_body=\"{esc(J({'otp_code': d6(r), 'phone': phone(r)}))}\""


@t
def _(r, k):
    return ncomb(r, "GET", f"/v1/payments?status={d6(r)}&page={r.randint(1, 9)}", 200)


@t
def _(r, k):
    return J({"time": f"{day(r)}T{hms(r)}+00:00", "request": "POST /v1/payments HTTP/1.1", "status": 200,
              "resp_body": J({"code": r.choice([200, 1]), "data": {"orderNo": d6(r)}})})


t = shape("envoy-access", "Envoy default text access log and JSON access log with custom header fields", 32)


def envoy_text(r, status, path):
    return (f"[{ts_ms(r)}] \"{r.choice(['POST', 'GET'])} {path} HTTP/1.1\" {status} - {r.randint(0, 900)} {r.randint(20, 9000)} "
            f"{r.randint(1, 900)} {r.randint(1, 900)} \"{ip(r)}\" \"okhttp/4.12.0\" \"{uuid(r)}\" \"{r.choice(SVCS)}.internal\" \"{ip(r)}:8080\"")


@t
def _(r, k):
    c = pick(r)
    return J({"start_time": ts_ms(r), "method": "POST", "path": r.choice(PATHS), "protocol": "HTTP/1.1",
              "response_code": 400, "response_flags": "-", "bytes_received": r.randint(40, 900), "bytes_sent": r.randint(40, 900),
              "duration": r.randint(1, 900), "x_request_id": uuid(r), "x_result_code": k(c)})


@t
def _(r, k):
    c = pick(r)
    return envoy_text(r, 400, r.choice(PATHS)) + f" result_code={k(c)}"


@t
def _(r, k):
    c = pick(r)
    return J({"start_time": ts_ms(r), "path": r.choice(PATHS), "response_code": 200, "upstream_host": f"{ip(r)}:8080",
              "resp_x_biz_code": k(c), "resp_x_biz_msg": message(r, c)})


@t
def _(r, k):
    c = pick(r)
    return envoy_text(r, 503, r.choice(PATHS)) + f" x-upstream-code=\"{k(c)}\""


@t
def _(r, k):
    return envoy_text(r, r.choice([200, 201, 404]), f"{r.choice(PATHS)}/{d6(r)}")


@t
def _(r, k):
    return J({"start_time": ts_ms(r), "method": "GET", "path": f"/v1/cards/{d6(r)}", "response_code": r.choice([200, 404]),
              "response_code_details": "via_upstream", "bytes_sent": int(dnum(r)), "duration": r.randint(1, 900)})


@t
def _(r, k):
    return J({"start_time": ts_ms(r), "path": f"/oauth/callback?code={d6(r)}&state={hexs(r, 8)}", "response_code": 302,
              "grpc_status": r.choice(["14", "4"]), "duration": r.randint(1, 900)})


@t
def _(r, k):
    return envoy_text(r, 200, r.choice(PATHS)) + f" x-otp-code=\"{d6(r)}\""

# ---------------------------------------------------------------- containers, syslog


t = shape("docker-k8s-nested", "Docker json-file, CRI and fluent-bit records holding app JSON, incl. doubly escaped bodies", 36)


def dj(r, log, stream="stderr"):
    return J({"log": log + "\n", "stream": stream, "time": f"{day(r)}T{hms(r)}.{r.randint(0, 999999999):09d}Z"})


@t
def _(r, k):
    c = pick(r)
    inner = J({"level": "error", "msg": "charge failed", "resp": J({"code": k(c), "msg": message(r, c)})})
    return dj(r, inner)


@t
def _(r, k):
    c = pick(r)
    return dj(r, J({"level": "error", "ts": ts_ms(r), "errorCode": k(c), "orderId": d6(r)}))


@t
def _(r, k):
    c = pick(r)
    return f"{day(r)}T{hms(r)}.{r.randint(0, 999999999):09d}Z stderr F " + J({"level": "error", "msg": "payout failed", "code": k(c)})


@t
def _(r, k):
    c = pick(r)
    return (f"[0] kube.var.log.containers.{r.choice(SVCS)}-{hexs(r, 5)}_pay_app-{hexs(r, 12)}.log: "
            f"[{epoch(r)}.{r.randint(0, 999999999):09d}, {{\"log\"=>\"{esc(J({'level': 'error', 'code': k(c)}))}\", \"stream\"=>\"stderr\"}}]")


@t
def _(r, k):
    c = pick(r)
    return dj(r, f"{ts_ms(r)} ERROR [{r.choice(SVCS)}] upstream error {k(c)}: {message(r, c)}")


@t
def _(r, k):
    c = pick_s(r)
    inner = J({"level": "warn", "msg": "partner body", "body": J({"bizCode": k.n(c)})})
    return dj(r, inner)


@t
def _(r, k):
    c = pick(r)
    body = J({"code": k(c)})
    inner = J({"msg": "webhook", "payload": J({"event": "payout.failed", "data": body})})
    return dj(r, inner)


@t
def _(r, k):
    return dj(r, J({"level": "info", "msg": "otp sent", "otp_code": d6(r), "pid": int(rid(r))}), "stdout")


@t
def _(r, k):
    return dj(r, J({"level": "info", "msg": "request", "status": r.choice([200, 404]), "path": f"/v1/orders/{d6(r)}"}), "stdout")


@t
def _(r, k):
    return f"{day(r)}T{hms(r)}.{r.randint(0, 999999999):09d}Z stdout F " + J({"level": "info", "msg": f"settled {d6(r)} payouts", "batch": d6(r)})


@t
def _(r, k):
    inner = J({"level": "debug", "msg": "payee", "body": J({"zip_code": d6(r), "bank_code": d6(r)})})
    return dj(r, inner, "stdout")


@t
def _(r, k):
    return dj(r, J({"level": "info", "msg": "partner ok", "resp": J({"code": r.choice([200, 1]), "orderNo": d6(r)})}), "stdout")


t = shape("syslog-rfc5424", "RFC 5424 syslog with structured data (SD-PARAMs) and procid/msgid fields", 34)


def s5424(r, pri, app, msgid, sd):
    return f"<{pri}>1 {day(r)}T{hms(r)}.{frac6(r)}{r.choice(['Z', '+08:00'])} {r.choice(SVCS)}-{r.randint(1, 9)} {app} {rid(r)} {msgid} {sd}"


@t
def _(r, k):
    c = pick(r)
    return s5424(r, 131, "pay-gateway", "CHARGE", f"[meta code=\"{k(c)}\" orderId=\"{d6(r)}\"][origin ip=\"{ip(r)}\"]") + " charge failed"


@t
def _(r, k):
    c = pick(r)
    return s5424(r, 132, "payout", "PAYOUT", f"[pay@32473 resultCode=\"{k(c)}\" sequenceId=\"{r.randint(1, 99999)}\"]") + f" {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return s5424(r, 11, "fx-quote", "-", "-") + f" upstream error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    a, b = pick(r), pick_n(r)
    return s5424(r, 131, "wallet", "WITHDRAW", f"[meta errCode=\"{k(a)}\" upstreamCode=\"{k(b)}\"]") + " withdrawal failed"


@t
def _(r, k):
    c = pick(r)
    return s5424(r, 134, "card-issuer", "ISSUE", "-") + f" {J({'status': k(c), 'msg': message(r, c)})}"


@t
def _(r, k):
    return s5424(r, 134, "pay-gateway", "ID47", f"[meta sequenceId=\"{d6(r)}\"]") + " heartbeat"


@t
def _(r, k):
    return s5424(r, 134, "auth", "OTP", f"[otp@32473 sms_code=\"{d6(r)}\" phone=\"{phone(r)}\"]") + " otp sent"


@t
def _(r, k):
    return s5424(r, 165, "recon", "-", f"[exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"{dnum(r)}\"]") + f" reconciled {dnum(r)} rows"


@t
def _(r, k):
    return s5424(r, 134, "pay-gateway", "HTTP", f"[http status=\"{r.choice([200, 404, 502])}\" bytes=\"{dnum(r)}\"]") + " -"


@t
def _(r, k):
    return s5424(r, 134, "payout", "-", f"[meta orderId=\"{d6(r)}\" postalCode=\"{d6(r)}\"]") + " payee updated"

# ---------------------------------------------------------------- exports


t = shape("csv-tsv-export", "CSV/TSV exports of API calls: message cells beside code cells, JSON cells with doubled quotes", 38)


def csvq(s):
    return '"' + s.replace('"', '""') + '"'


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)},req-{hexs(r, 8)},{r.choice(PATHS)},400,{k(c)},{csvq(message(r, c))}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)},{r.choice(PATHS)},200,{csvq(J({'code': k(c), 'msg': message(r, c)}))}"


@t
def _(r, k):
    c = pick_s(r)
    return f"{d6(r)},{day(r)},HKD,{amount(r)},FAILED,{csvq(J({'code': k.n(c)}))}"


@t
def _(r, k):
    c = pick(r)
    return f"{day(r)} {hms(r)}    POST    {r.choice(PATHS)}    {k(c)}    {message(r, c)}"


@t
def _(r, k):
    c = pick(r)
    return f"{csvq(message(r, c))},{k(c)},{d6(r)},{day(r)}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)};{r.choice(SVCS)};{csvq(J({'resultCode': k(c)}))};{amount(r)}"


@t
def _(r, k):
    return f"{ts_ms(r)},req-{hexs(r, 8)},{r.choice(PATHS)},200,{k('000000')},{csvq('Transaction succeeded')}"


@t
def _(r, k):
    return r.choice(["timestamp,request_id,endpoint,http_status,result_code,message",
                     "order_no,date,currency,amount,state,response_json", "ts;service;body;amount",
                     "created_at    method    path    code    message", "message,code,order_no,date"])


@t
def _(r, k):
    return f"{dnum(r)},{day(r)},HKD,{amount(r)},SETTLED,{dnum(r)}"


@t
def _(r, k):
    return f"{ts_ms(r)},{r.choice(PATHS)},200,{csvq(J({'otp_code': d6(r), 'user_id': d6(r)}))}"


@t
def _(r, k):
    return f"{day(r)} {hms(r)}    GET    /v1/orders/{d6(r)}    200    {d6(r)}"


@t
def _(r, k):
    return f"{d6(r)},{csvq('Chan, Tai Man')},{d6(r)},HK,{amount(r)}"


@t
def _(r, k):
    return f"{ts_ms(r)},{r.choice(PATHS)},200,{csvq(J({'code': r.choice([200, 1]), 'orderNo': d6(r)}))}"


t = shape("xml-soap", "XML/SOAP responses and faults: elements, attributes, fault detail", 34)


@t
def _(r, k):
    c = pick(r)
    return (f"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
            f"<faultcode>soap:Server</faultcode><faultstring>Upstream error {k(c)}: {message(r, c)}</faultstring>"
            f"<detail><ns2:PayFault xmlns:ns2=\"urn:pay\"><errorCode>{k(c)}</errorCode></ns2:PayFault></detail>"
            f"</soap:Fault></soap:Body></soap:Envelope>")


@t
def _(r, k):
    return f"<Response><ResultCode>{k('000000', True)}</ResultCode><ResultDesc>The service request is processed successfully.</ResultDesc><OriginatorConversationID>{d6(r)}-{rid(r, 7)}-1</OriginatorConversationID></Response>"


@t
def _(r, k):
    c = pick(r)
    return f"<error code=\"{k(c)}\" message=\"{message(r, c)}\"/>"


@t
def _(r, k):
    c = pick(r)
    return f"<Status><Code>{k(c)}</Code><Message>{message(r, c)}</Message></Status>"


@t
def _(r, k):
    c = pick_s(r)
    return f"<PayoutResult><PayoutId>{d6(r)}</PayoutId><RespCode>{k(c, True)}</RespCode></PayoutResult>"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} DEBUG partner xml=<result status=\"{k(c)}\" orderNo=\"{d6(r)}\"/>"


@t
def _(r, k):
    return f"<Order><OrderId>{dnum(r)}</OrderId><Amount currency=\"JPY\">{dnum(r)}</Amount></Order>"


@t
def _(r, k):
    return f"<Payee><PostalCode>{d6(r)}</PostalCode><BankCode>{d6(r)}</BankCode></Payee>"


@t
def _(r, k):
    return f"<OtpRequest><Phone>{phone(r)}</Phone><OTP>{d6(r)}</OTP></OtpRequest>"


@t
def _(r, k):
    return f"<Response><StatusCode>{r.choice([200, 400, 404])}</StatusCode><ReasonCode>{d6(r)}</ReasonCode></Response>"


@t
def _(r, k):
    return f"<Fault><faultcode>soap:Client</faultcode><faultstring>Order {d6(r)} does not exist</faultstring></Fault>"


t = shape("html-escaped", "HTML pages and attributes: entity-escaped JSON (&quot;), data-*-code attributes, error text", 32)


def hq(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


@t
def _(r, k):
    c = pick(r)
    return f"<input type=\"hidden\" name=\"payload\" value=\"{hq(J({'code': k(c), 'msg': message(r, c)}))}\">"


@t
def _(r, k):
    c = pick(r)
    return f"<pre class=\"debug\">{hq(J({'errCode': k(c)}))}</pre>"


@t
def _(r, k):
    c = pick(r)
    return f"<div class=\"alert alert-danger\" data-error-code=\"{k(c)}\">{message(r, c)}</div>"


@t
def _(r, k):
    c = pick(r)
    return f"<p class=\"error\">Error {k(c)}: {message(r, c)}</p>"


@t
def _(r, k):
    c = pick_s(r)
    return f"<script id=\"__STATE__\" type=\"application/json\" data-state=\"{hq(J({'result': {'code': k.n(c)}}))}\"></script>"


@t
def _(r, k):
    c = pick(r)
    return f"<div data-code=\"{k(c)}\" data-order=\"{d6(r)}\"></div>"


@t
def _(r, k):
    c = pick(r)
    return f"{{&#34;status&#34;:&#34;{k(c)}&#34;,&#34;orderNo&#34;:&#34;{d6(r)}&#34;}}"


@t
def _(r, k):
    return f"<input type=\"text\" name=\"otp_code\" value=\"{d6(r)}\" autocomplete=\"one-time-code\">"


@t
def _(r, k):
    return f"<span class=\"order\">Order #{dnum(r)}</span><td>{dnum(r)}.00</td>"


@t
def _(r, k):
    return f"<pre>{hq(J({'sms_code': d6(r), 'phone': phone(r)}))}</pre>"


@t
def _(r, k):
    return f"<a href=\"/oauth/callback?code={d6(r)}&amp;state={hexs(r, 8)}\">continue</a>"


@t
def _(r, k):
    return f"<div data-order-id=\"{d6(r)}\" data-zip-code=\"{d6(r)}\"></div>"


t = shape("yaml-dump", "YAML dumps one line at a time, and one-line flow mappings/lists", 32)


@t
def _(r, k):
    c = pick(r)
    return f"  code: \"{k(c)}\""


@t
def _(r, k):
    c = pick_s(r)
    return f"    {r.choice(['errCode', 'result_code', 'code', 'status'])}: {k(c, True)}"


@t
def _(r, k):
    c = pick(r)
    return f"- code: '{k(c)}'"


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return f"codes: ['{k(a)}', '{k(b)}']"


@t
def _(r, k):
    c = pick(r)
    return f"response: {{code: '{k(c)}', msg: '{message(r, c).replace(chr(39), chr(39) * 2)}'}}"


@t
def _(r, k):
    c = pick_n(r)
    return f"  upstream_status: {k(c)}"


@t
def _(r, k):
    return f"  {dk(r)}: \"{d6(r)}\""


@t
def _(r, k):
    return f"  {r.choice(['order_id', 'amount', 'zip', 'timeout_ms', 'user_id'])}: {dnum(r)}"


@t
def _(r, k):
    return f"  status: {r.choice([200, 404, 'active', 'FAILED'])}"


@t
def _(r, k):
    return f"        exitCode: {r.choice([0, 1, 137, 143])}"


@t
def _(r, k):
    return f"order_ids: [{dnum(r)}, {dnum(r)}]"


@t
def _(r, k):
    c = pick(r)
    return f"  message: {message(r, c)}"

# ---------------------------------------------------------------- api bodies


t = shape("graphql-errors", "GraphQL responses: errors[].extensions codes, Apollo stack traces, data", 32)


@t
def _(r, k):
    c = pick(r)
    return J({"errors": [{"message": message(r, c), "locations": [{"line": r.randint(1, 9), "column": r.randint(1, 20)}],
                          "path": [r.choice(["createPayout", "lockQuote", "issueCard"])], "extensions": {"code": k(c), "classification": "BUSINESS"}}],
              "data": None})


@t
def _(r, k):
    c = pick(r)
    return J({"errors": [{"message": "Internal failure", "extensions": {"code": "INTERNAL_SERVER_ERROR",
                                                                        "exception": {"stacktrace": [f"Error: upstream error {k(c)}: {message(r, c)}", "    at PartnerAPI.charge (/app/partner.js:42:11)"]}}}]})


@t
def _(r, k):
    c = pick_s(r)
    return J({"errors": [{"message": cut(r, c), "path": ["payee"], "extensions": {"errorCode": k.n(c)}}], "data": {"payee": None}})


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return J({"errors": [{"message": "a", "extensions": {"code": k(a)}}, {"message": "b", "extensions": {"code": k(b)}}]})


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} WARN [graphql] operation=createPayout result={J({'data': None, 'errors': [{'extensions': {'bizCode': k(c)}}]})}"


@t
def _(r, k):
    code, msg = r.choice([("UNAUTHENTICATED", "Not authorised"), ("FORBIDDEN", "Access denied"), ("BAD_USER_INPUT", "Invalid amount"),
                          ("GRAPHQL_VALIDATION_FAILED", "Cannot query field \"fee\" on type \"Payout\"")])
    return J({"errors": [{"message": msg, "locations": [{"line": r.randint(1, 9), "column": r.randint(1, 30)}], "extensions": {"code": code}}], "data": None})


@t
def _(r, k):
    return J({"data": {"order": {"id": d6(r), "status": "PAID", "amount": d6(r)}}})


@t
def _(r, k):
    return J({"errors": [{"message": f"order {d6_not(r, '010004')} not found", "path": ["order", int(dnum(r))]}]})


@t
def _(r, k):
    return J({"query": "mutation Verify($otp: String!) { verify(otp: $otp) { ok } }", "variables": {"otp": d6(r)}})


@t
def _(r, k):
    return J({"data": {"payouts": {"totalCount": int(dnum(r)), "ids": [dnum(r), dnum(r)]}}})


t = shape("sql-audit", "SQL statements in audit/general/slow logs and pgaudit lines", 34)


@t
def _(r, k):
    c = pick(r)
    return (f"{ts_us(r)}    {rid(r, r.choice([3, 6]))} Query    UPDATE payout_order SET status = '{k(c)}', "
            f"fail_reason = '{message(r, c).replace(chr(39), chr(39) * 2)}', updated_at = NOW() WHERE order_no = '{d6(r)}'")


@t
def _(r, k):
    c = pick(r)
    return f"UPDATE api_call SET result_code = '{k(c)}', finished_at = now() WHERE id = {dnum(r)};"


@t
def _(r, k):
    c = pick(r)
    return (f"INSERT INTO partner_call_log (order_no, code, msg) VALUES ('{d6(r)}', '{k(c)}', "
            f"'{message(r, c).replace(chr(39), chr(39) * 2)}');")


@t
def _(r, k):
    c = pick(r)
    return f"SELECT id, order_no FROM payout WHERE biz_code = '{k(c)}' AND created_at > now() - interval '1 hour' LIMIT 100;"


@t
def _(r, k):
    c = pick(r)
    return (f"{day(r)} {hms(r)}.{r.randint(0, 999):03d} UTC [{rid(r)}] LOG:  AUDIT: SESSION,1,1,WRITE,UPDATE,TABLE,public.payout_order,"
            f"\"UPDATE payout_order SET status = '{k(c)}' WHERE id = {dnum(r)}\",<not logged>")


@t
def _(r, k):
    c = pick_s(r)
    return f"UPDATE wallet_txn SET err_code = {k(c, True)}, state = 'FAILED' WHERE txn_id = {dnum(r)};"


@t
def _(r, k):
    return f"UPDATE user_otp SET sms_code = '{d6(r)}', sent_at = NOW() WHERE user_id = {d6(r)};"


@t
def _(r, k):
    return f"# Query_time: {r.randint(0, 9)}.{dnum(r)}  Lock_time: 0.{rid(r)} Rows_sent: {r.randint(1, 99)}  Rows_examined: {dnum(r)}"


@t
def _(r, k):
    return f"SET timestamp={epoch(r)};"


@t
def _(r, k):
    return (f"{day(r)} {hms(r)}.{r.randint(0, 999):03d} UTC [{rid(r)}] ERROR:  duplicate key value violates unique constraint \"payout_order_no_key\"")


@t
def _(r, k):
    return f"{day(r)} {hms(r)}.{r.randint(0, 999):03d} UTC [{rid(r)}] DETAIL:  Key (order_no)=({d6(r)}) already exists."


@t
def _(r, k):
    return f"UPDATE payee SET postal_code = '{dnum(r)}', bank_code = '{dnum(r)}' WHERE payee_id = {dnum(r)};"


@t
def _(r, k):
    return f"SELECT * FROM payout_order WHERE order_no = '{dnum(r)}' AND amount > {dnum(r)};"


t = shape("http-headers", "HTTP headers: curl -v dumps, header maps printed by Python, Go, Java and Node", 34)


@t
def _(r, k):
    c = pick(r)
    return f"< {r.choice(['X-Result-Code', 'X-Error-Code', 'X-Biz-Code', 'X-Api-Code', 'X-Upstream-Status'])}: {k(c)}"


@t
def _(r, k):
    c = pick_s(r)
    return f"< {r.choice(['X-Biz-Code', 'X-Result-Code', 'X-Ret-Code'])}: {k(c, True)}"


@t
def _(r, k):
    c = pick(r)
    return f"{{'Content-Type': 'application/json', 'X-Result-Code': '{k(c)}', 'X-Request-Id': '{uuid(r)}'}}"


@t
def _(r, k):
    c = pick(r)
    return f"map[Content-Type:[application/json] Date:[Mon, {r.randint(3, 28):02d} Mar 2025 {hms(r)} GMT] X-Result-Code:[{k(c)}]]"


@t
def _(r, k):
    c = pick(r)
    return f"[Content-Type:\"application/json\", X-Error-Code:\"{k(c)}\", Content-Length:\"{r.randint(20, 900)}\"]"


@t
def _(r, k):
    c = pick(r)
    return f"X-Result-Code: {k(c)}"


@t
def _(r, k):
    return f"< HTTP/1.1 {r.choice(['400 Bad Request', '200 OK', '503 Service Unavailable'])}"


@t
def _(r, k):
    return f"< X-Request-Id: {d6(r)}"


@t
def _(r, k):
    return f"< Content-Length: {dnum(r)}"


@t
def _(r, k):
    return f"> {r.choice(['X-Otp-Code', 'X-Verification-Code', 'X-Sms-Code', 'X-Trace-Code'])}: {d6(r)}"


@t
def _(r, k):
    return f"< Set-Cookie: sid={hexs(r, 24)}; Max-Age={dnum(r)}; Path=/; HttpOnly"


@t
def _(r, k):
    return f"< X-RateLimit-Remaining: {dnum(r)}"


@t
def _(r, k):
    return r.choice([f"< Strict-Transport-Security: max-age={r.choice([31536000, 63072000, 15552000])}; includeSubDomains",
                     f"< Cache-Control: private, max-age={r.choice([0, 60, 600, 86400, 604800])}",
                     f"< Access-Control-Max-Age: {r.choice([600, 3600, 7200, 86400])}"])


t = shape("url-encoded", "URL query strings and percent-encoded values (OAuth codes, filters), beside real status fields", 30)


@t
def _(r, k):
    return ncomb(r, "GET", f"/oauth/callback?code={d6(r)}&state={hexs(r, 12)}", 302)


@t
def _(r, k):
    return f"{ts_ms(r)} INFO redirecting to https://shop.example/return?code={d6(r)}&state={hexs(r, 8)}"


@t
def _(r, k):
    return ncomb(r, "GET", f"/v1/redirect?next=%2Fpay%3Fcode%3D{d6(r)}%26state%3D{hexs(r, 6)}", 302)


@t
def _(r, k):
    return f"{ts_ms(r)} DEBUG authorize url=https://auth.example/authorize?redirect_uri=https%3A%2F%2Fshop.example%2Fcb%3Fcode%3D{d6(r)}&client_id={hexs(r, 10)}"


@t
def _(r, k):
    return ncomb(r, "GET", f"/v1/payouts?result_code={d6(r)}&page={r.randint(1, 9)}", 200)


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} INFO oauth callback handled uri=/oauth/callback?code={d6(r)}&state={hexs(r, 6)} result_code={k(c)}"


@t
def _(r, k):
    c = pick(r)
    return ncomb(r, "GET", f"/oauth/callback?code={d6(r)}&state={hexs(r, 8)}", 302) + f" upstream_biz_code=\"{k(c)}\""


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} WARN token exchange failed url=https://auth.example/token?code={d6(r)} resp={J({'errCode': k(c)})}"

# ---------------------------------------------------------------- mixed


t = shape("lists-and-pairs", "status-key lists in several syntaxes, two codes in one line, list decoys", 34)


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return J({"codes": [k(a), k(b)], "requestId": uuid(r)})


@t
def _(r, k):
    a, b = pick_s(r), pick_s(r)
    return f"{ts_ms(r)} WARN payee checks: {J({'errorCodes': [k.n(a), k.n(b)]})}"


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return f"{ts_py(r)} WARNING [kyc.bridge] {({'error_codes': [k(a), k(b)], 'applicant': d6(r)})!r}"


@t
def _(r, k):
    a, b, c = pick(r), pick(r), pick(r)
    return f"{{:codes=>[\"{k(a)}\", \"{k(b)}\", \"{k(c)}\"]}}"


@t
def _(r, k):
    a, b = pick(r), pick_n(r)
    return f"{ts_ms(r)} ERROR charge failed order={d6(r)} code={k(a)} upstream_code={k(b)}"


@t
def _(r, k):
    a, b = pick(r), pick(r)
    return J({"code": k(a), "msg": message(r, a), "data": {"subCode": k(b), "subMsg": message(r, b)}})


@t
def _(r, k):
    return J({"result_codes": [k("000000", True)], "count": r.randint(1, 9)})


@t
def _(r, k):
    return f"{ts_ms(r)} INFO batch user_ids: [{dnum(r)}, {dnum(r)}]"


@t
def _(r, k):
    return J({"order_ids": [int(dnum(r)), int(dnum(r))], "status": "queued"})


@t
def _(r, k):
    return J({"sms_codes": [d6(r)], "phone": phone(r)})


@t
def _(r, k):
    return J({"codes": [r.choice([200, 201]), r.choice([400, 404])], "source": "http"})


@t
def _(r, k):
    return f"{ts_ms(r)} INFO retry schedule delays_ms=[{dnum(r)}, {dnum(r)}, {dnum(r)}]"


t = shape("text-phrases", "plain-text operational messages: error/status phrases, lead words, counted nouns, other codes", 40)


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} payout {d6_not(r, '010010')} failed with error {k(c)}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} partner replied code {k(c)}; giving up after {r.randint(2, 5)} attempts"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} charge responded with status {k(c)}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} [{r.choice(SVCS)}] - status {k(c)}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} validation error {k(c)} on field beneficiary_name"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} quote rejected, error code is {k(c)}"


@t
def _(r, k):
    c = pick_n(r)
    return f"{ts_ms(r)} backend status code {k(c)} from ledger"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} {message(r, c)} ({k(c)})"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} alert: upstream reported code {k(c)} | {message(r, c)}"


@t
def _(r, k):
    return f"{ts_ms(r)} {r.choice(['payout', 'charge', 'refund'])} {d6n(r)} done: [{k('000000')}] Transaction succeeded"


@t
def _(r, k):
    return f"{ts_ms(r)} your verification code is {d6(r)}, valid for 5 minutes"


@t
def _(r, k):
    return f"{ts_ms(r)} status of {dnum(r)} orders refreshed"


@t
def _(r, k):
    return f"{ts_ms(r)} refund status {d6(r)} not yet mapped"


@t
def _(r, k):
    return f"{ts_ms(r)} cron payout-sweep finished: exit status {r.choice([0, 1, 2])}"


@t
def _(r, k):
    return f"{ts_ms(r)} queue depth {dnum(r)} msgs, lag {dnum(r)} ms"


@t
def _(r, k):
    return f"{ts_ms(r)} status: {dnum(r)} rows affected"


@t
def _(r, k):
    return f"{ts_ms(r)} card {d6(r)} frozen by risk, ticket #{d6(r)}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} [{c}] {r.choice(['上游处理失败', '处理中', '交易失败，请稍后再试'])}"


@t
def _(r, k):
    return f"{ts_ms(r)} pos terminal {d6(r)} sent login code: {d6(r)}"


@t
def _(r, k):
    return f"{ts_ms(r)} settled amount {dnum(r)}.{r.randint(10, 99)} HKD for merchant {dnum(r)}"


t = shape("unicode-mixed", "lines mixing CJK/other-script messages with JSON or key=value codes", 28)


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} 支付失败: {J({'code': k(c), 'msg': message(r, c)})}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} ERROR 出金失败 | error_code={k(c)} | 订单号={d6(r)}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} [{k(c)}] {message(r, c)} — 请刷新后重试"


@t
def _(r, k):
    c = pick_s(r)
    return f"{ts_ms(r)} Échec du paiement {J({'errCode': k.n(c), 'détail': 'refusé'})}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} 決済エラー: upstream error {k(c)}: {message(r, c)}"


@t
def _(r, k):
    return f"{ts_ms(r)} 短信验证码 {d6(r)} 已发送至 {phone(r)}"


@t
def _(r, k):
    return f"{ts_ms(r)} 订单 {dnum(r)} 金额 {dnum(r)}.00 日元"


@t
def _(r, k):
    return f"{ts_ms(r)} 認証コード: {d6(r)}"


@t
def _(r, k):
    return f"{ts_ms(r)} 邮编 {d6(r)} 不支持 {J({'zip_code': d6(r)})}"


@t
def _(r, k):
    c = pick(r)
    return f"{ts_ms(r)} [{c}] {r.choice(['卡片不存在', '余额不足', 'Карта не найдена'])}"


# --------------------------------------------------------------------------
# an independent reading of the label rules, used to check every record

QUAL = set("""error errors err result res ret return resp response biz business app application api sub
upstream downstream status fail failure reply rpc grpc service svc server remote backend body data payload
x internal inner last final root""".split())
LEAD = set("with returned returns got received gave replied responded reported raised threw".split())
LAST = {"code", "codes", "status"}
# words that, right before a bare `code`/`status`, make it some other kind of code
OTHER = set("""exit login order sms verification otp payment refund your terminal pos zip postal bank
verify captcha promo invite tracking reset mfa""".split())
COUNTED = set("""rows row items item orders order records record times bytes ms us msgs messages entries
requests users attempts retries events payouts""".split())
# keywords of a syntax, not words about the key (SQL `UPDATE t SET status = '500000'`)
SYNTAX = {"set"}
SEPS = " \t-:|()[],=>\"'"


class Ambiguous(Exception):
    pass


def key_words(key):
    words = []
    for part in re.split(r"[_\-.]+", key):
        words += re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", part)
    return [w.lower() for w in words]


def is_status_key(key):
    w = key_words(key)
    return bool(w) and w[-1] in LAST and all(x in QUAL for x in w[:-1])


def normalize(s):
    for a, b in (("&quot;", '"'), ("&#34;", '"'), ("&#x22;", '"'), ("&#39;", "'"), ("&amp;", "&")):
        s = s.replace(a, b)
    s = re.sub(r'\\+"', '"', s)
    s = re.sub(r"\\+'", "'", s)
    s = s.replace('""', '"')
    return s


def _msg_regex(m):
    parts = re.split(r"(\{\d\})", m)
    return "".join("(.{1,40}?)" if re.fullmatch(r"\{\d\}", p) else re.escape(p) for p in parts)


MSG_AFTER = {}
MSG_BEFORE = {}
for _c, _m in CAT.items():
    full = _msg_regex(_m)
    alts = [full]
    if "{" not in _m:
        w = _m.split()
        for kk in range(3, len(w)):
            alts.append(re.escape(" ".join(w[:kk])) + r"(?:\.\.\.|…|[\"'<]|$)")
    MSG_AFTER[_c] = re.compile("(?:" + "|".join(alts) + ")", re.I)
    MSG_BEFORE[_c] = re.compile(full + r"\Z", re.I)

NUMW = r"(?<![\w.])(\d{6})(?!\w)(?!\.\d)"


def _counted(rest):
    m = re.match(r"\s+([A-Za-z]+)\b(?!\s*[=:])", rest)
    return bool(m) and m.group(1).lower() in COUNTED


def _prev_word(prefix):
    """The plain word right before a phrase/key (None after punctuation or at the start)."""
    m = re.search(r"(?:^|\s)([A-Za-z]+)\s+$", prefix)
    return m.group(1).lower() if m else None


def read_codes(line):
    s = normalize(line)
    found = {}

    def add(pos, code):
        if pos in found and found[pos] != code:
            raise Ambiguous(f"two readings at {pos}")
        found[pos] = code

    def value(num):
        if len(num) == 6:
            return num
        return num.zfill(6) if num.zfill(6) in CAT else None

    if re.search(r"\d{6}\.(?!\d)", s):
        raise Ambiguous("six digits before a full stop")
    if re.search(r"(?i)\berr(?:or)?s?\s*[:=]\s*[\"']?\d{6}\b", s) or re.search(r"(?i)\berrors\s+\d{6}", s) \
            or re.search(r"[a-z]Error\s+\d{6}", s):
        raise Ambiguous("error=/error:/errors N/XError N")

    # rule 1: key-value
    kv = re.compile(r"""(?<![\w\-.@$])(?P<key>[A-Za-z][\w\-.]*)(?P<kq>["'\]]?)\s*(?P<sep>=>|:=|=|:)\s*"""
                    r"""(?:(?P<list>\[[\s\d'",]*\])|(?P<q>["']?)(?P<num>\d{1,6})(?!\d))""")
    for m in kv.finditer(s):
        key = m.group("key").rstrip("-.")
        if not is_status_key(key):
            continue
        if m.start() > 0 and s[m.start() - 1] in "?&":
            continue  # URL query parameter
        if m.start() > 0 and s[m.start() - 1] == "/":
            raise Ambiguous("key inside a path")
        words = key_words(key)

        def other_kind():
            if len(words) == 1 and not m.group("kq") and m.group("sep") != "=>":
                pw = _prev_word(s[: m.start("key")])
                if pw is not None and pw not in QUAL and pw not in LEAD and pw not in SYNTAX:
                    if pw in OTHER:
                        return True
                    raise Ambiguous(f"bare key after word {pw!r}")
            return False
        if m.group("list") is not None:
            inner = m.group("list")[1:-1]
            base = m.start("list") + 1
            elems = [e for e in re.finditer(r"[^,\s]+", inner)]
            vals = [e.group().strip("'\"") for e in elems]
            if not vals:
                continue
            if not all(re.fullmatch(r"\d{1,6}", v) for v in vals):
                if any(re.fullmatch(r"\d{1,6}", v) for v in vals):
                    raise Ambiguous("mixed list")
                continue
            codes = [value(v) for v in vals]
            if any(c is None for c in codes) and any(c is not None for c in codes):
                raise Ambiguous("list with and without codes")
            if any(codes) and other_kind():
                continue
            for e, c in zip(elems, codes):
                if c:
                    add(base + e.start() + (1 if e.group()[0] in "'\"" else 0), c)
            continue
        num, q = m.group("num"), m.group("q")
        after = s[m.end("num"):]
        if q:
            if not after.startswith(q):
                continue
        else:
            if re.match(r"\w|\.\d", after):
                continue
            if _counted(after):
                continue
        c = value(num)
        if c and not other_kind():
            add(m.start("num"), c)

    # XML elements
    for m in re.finditer(r"<(?P<key>[A-Za-z][\w\-.]*)(?:\s[^<>]*)?>\s*(?P<num>\d{1,6})\s*</(?P=key)>", s):
        if is_status_key(m.group("key")):
            c = value(m.group("num"))
            if c:
                add(m.start("num"), c)

    # rule 2: phrases
    for m in re.finditer(r"(?i)\b(?:err|error)(?:\s+code(?:\s+is|\s*:)?)?\s+(\d{6})(?!\w)(?!\.\d)", s):
        if _counted(s[m.end(1):]):
            continue
        add(m.start(1), m.group(1))
    for m in re.finditer(r"(?i)(?<![\w\-.@])(code|status)(\s+code)?(?:\s+is|\s*:)?\s+(\d{6})(?!\w)(?!\.\d)", s):
        rest = s[m.end(3):]
        if _counted(rest) or re.match(r"\s+of\b", s[m.end(3):]):
            continue
        pw = _prev_word(s[: m.start(1)])
        if pw in ("err", "error"):
            continue  # handled above
        if m.group(2) and m.group(1).lower() == "status":
            if pw is not None and pw not in QUAL and pw not in LEAD:
                raise Ambiguous("X status code N")
        if pw is None or pw in QUAL or pw in LEAD:
            add(m.start(3), m.group(3))
        elif pw not in OTHER:
            raise Ambiguous(f"phrase after {pw!r}")

    # rule 3: own message next to a catalogue code
    for m in re.finditer(NUMW, s):
        c = m.group(1)
        if c not in CAT:
            continue
        after = s[m.end():]
        sep = re.match(r"[" + re.escape(SEPS) + r"]{1,5}", after)
        if sep and MSG_AFTER[c].match(after[sep.end():]):
            add(m.start(), c)
            continue
        before = s[: m.start()]
        sep = re.search(r"[" + re.escape(SEPS) + r"]{1,5}\Z", before)
        if sep and MSG_BEFORE[c].search(before[: sep.start()]):
            add(m.start(), c)
    return [found[p] for p in sorted(found)]


# --------------------------------------------------------------------------

def build():
    records = []
    seen = set()
    for name, desc, n, tpls in SHAPES:
        order = []
        while len(order) < n:
            block = list(range(len(tpls)))
            R.shuffle(block)
            order += block
        recs = []
        for ti in order[:n]:
            for attempt in range(60):
                k = K()
                line = tpls[ti](R, k)
                if line in seen:
                    continue
                break
            else:
                raise SystemExit(f"{name}: template {ti} keeps repeating")
            if any(ch in line for ch in "\t\r\n"):
                raise SystemExit(f"{name}: control character in {line!r}")
            try:
                got = read_codes(line)
            except Ambiguous as e:
                raise SystemExit(f"{name} template {ti}: ambiguous ({e})\n  {line}")
            if got != k.codes:
                raise SystemExit(f"{name} template {ti}: expected {k.codes} but read {got}\n  {line}")
            seen.add(line)
            recs.append((",".join(k.codes) or "-", line))
        records.append((name, desc, recs))
    return records


def main():
    records = build()
    out = ["# heldout3: held-out labelled status-code lines (EXPECTED<TAB>LOGLINE), written from labelspec.md only; regenerate with gen.py"]
    for name, desc, recs in records:
        out.append(f"# shape: {name} - {desc}")
        out += [f"{e}\t{l}" for e, l in recs]
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        tot = pos = occ = 0
        for name, desc, recs in records:
            p = sum(1 for e, _ in recs if e != "-")
            tot += len(recs)
            pos += p
            occ += sum(len(e.split(",")) for e, _ in recs if e != "-")
            print(f"| `{name}` | {len(recs)} | {p} |")
        print(f"records {tot}, with codes {pos}, without {tot - pos}, code occurrences {occ}")


if __name__ == "__main__":
    main()
