#!/usr/bin/env python3
"""Generate heldout2/lines.tsv: a second held-out labelled set for codefilter.

Python 3 standard library only.  A fixed seed makes the output byte-identical on
every run.  Labels follow the labelling rules (labelspec2) strictly; see README.md.

    python3 gen.py            # writes lines.tsv next to this file
    python3 gen.py --lint     # also prints an advisory self-review (see lint())
    python3 gen.py --stdout   # writes the TSV to stdout instead
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 0x48E1D2  # "heldout2"; never change without re-reviewing the set
R = random.Random(SEED)

# ---------------------------------------------------------------------------
# The catalogue (copied from the shared seed file so that the generator is
# self-contained).
# ---------------------------------------------------------------------------
CAT = {
    '000000': 'Transaction succeeded',
    '010001': 'You are currently unable to activate the Particle Finance feature. Please enable at least one of the following services first: Business Account, InstaPay Wallet, or CryptoConnect.',
    '010002': '{0} is null',
    '010003': 'Unknown exception',
    '010004': '{0} not found',
    '010005': '{0} is required',
    '010006': '{0} is invalid',
    '010007': 'Not supported: {0}',
    '010008': '{0} does not match',
    '010009': 'Unsupported currency',
    '010010': '{0} failed',
    '010011': 'Insufficient balance',
    '010012': 'Cost or fee is incorrect',
    '010013': 'Unknown transaction status: {0}',
    '010014': 'Submitted too quickly',
    '010015': 'Delete failed. Please contact your account manager.',
    '010016': 'File too large',
    '010017': 'File cannot be empty',
    '010018': 'File name cannot be empty',
    '010605': 'The file extension does not match the actual file format.',
    '020001': 'Permission denied',
    '020002': 'Your account is not active. Please contact customer service or your account manager if you have any questions.',
    '030001': 'Insufficient wallet balance, requires funds team action.',
    '030002': 'Order is pending review in the wallet system, requires funds team action.',
    '030003': 'Insufficient gas fee for wallet withdrawal, requires funds team support.',
    '030004': 'Failed to parse ReapPrivateInfo JSON response',
    '030005': 'Infinity account has not been opened for this account yet.',
    '030006': 'KYT system is down. Please contact Compliance and Risk Control to review the order.',
    '030007': 'Failed to retrieve KYC individual details',
    '030008': 'Failed to parse SubmitRPCustomerInput JSON object',
    '030009': 'Failed to parse Reap card expiry date',
    '040001': 'Your Infinity Card has reached the upper limit. Please contact customer service.',
    '040002': '{0} payment not supported',
    '040003': 'The exchange rate is currently in use',
    '040004': 'The exchange rate has expired. Please refresh and try again.',
    '040005': 'The exchange rate has already been used',
    '040006': 'Please modify the payee information first',
    '040007': "Payment initiation failed. Please try changing the payment account or modifying the recipient's information and re-initiate.",
    '040008': 'JPY amounts cannot contain decimals',
    '040009': 'Infinity account is empty',
    '040010': 'The pre-check record has been used',
    '040011': 'The information contains unsupported characters. Please check and modify before retrying.',
    '040012': 'Infinity Card Pro group is empty. Please create a group first.',
    '040013': 'Please enter the correct BIC/SWIFT',
    '040014': 'Insufficient balance in the Infinity account. Deduction failed. Please recharge and try again.',
    '040015': 'Crypto assets only support payment on behalf',
    '040016': 'Failed to create payee: {0}',
    '040017': 'Your account information is incomplete. Please complete the required fields before proceeding with payment.',
    '040018': 'Failed to obtain a valid business English name',
    '040019': "Invalid business_model: Client is in 'MOR' mode but called 'Gateway' API.",
    '040020': "Invalid business_model: Client is in 'Gateway' mode but called 'MOR' API.",
    '040021': '{0} bank code must be a {1}-digit number',
    '040022': '{0} branch code must be a {1}-digit number',
    '040024': 'Unsupported characters: {0}. Only allowed: {1}',
    '040025': 'RD channel only supports HK destinations',
    '040026': 'The current exchange rate is highly volatile. Please refresh and try again.',
    '040027': 'Payment amount must be at least 120 USD. Please adjust and try again.',
    '040028': 'Receiving amount must be at least 120 USD. Please adjust and try again.',
    '040029': 'Payee name format invalid: surname and given name cannot be identical.',
    '040030': 'Payee name is too long. Maximum 30 characters per field.',
    '040031': 'Company name format invalid: must include spaces.',
    '040032': 'Payment address format invalid. Please check completeness.',
    '040033': 'Postal code format invalid: must be a 4-digit number.',
    '070001': 'Alphabets and special characters are not allowed in mobile number.',
    '070002': 'Phone number format is incorrect',
    '070003': 'Mobile area code not supported: {0}',
    '070004': 'First name and last name must not exceed 26 characters each',
    '070005': 'Email address is invalid',
    '070006': 'Value not allowed to be null',
    '070007': 'Limit can only be set when card status is active or frozen',
    '070008': 'Card credit must be greater than or equal to 1',
    '070009': 'Card credit modification failed. Please try again later.',
    '070010': 'A card issuance process is already in progress. Please retry later.',
    '070011': 'Limit cannot be less than 0',
    '070021': 'Invalid fingerprint',
    '070022': 'Illegal host domain',
    '070023': 'Card not found',
    '070024': 'Failed to retrieve card private information',
    '080001': 'Address line 1 must be at least 2 characters long',
    '080002': 'City must be at least 2 characters long',
    '080003': 'State/Province must be at least 2 characters long',
    '080004': 'Please use a country code from ISO 3166-1 Alpha-2',
    '090001': 'This address is flagged as high-risk. Refunds are not allowed. Please use a different address.',
    '100002': '{0} file is too large. Maximum size: {1}',
    '100028': 'User already exists. Please go to the user list page and use [Add].',
    '110009': 'Invalid {0}: {1}',
    '110011': 'Card provider service is currently unavailable',
    '110017': 'First name and last name are invalid',
    '120001': 'CDD error: {0}',
    '130001': 'Account error: {0}',
    '150001': 'Invalid parameters in acquiring request',
    '401000': 'Unauthorized: invalid or missing access token',
    '403000': 'The requested resource is forbidden',
    '404000': 'The requested resource is not found',
    '500000': 'Internal server error',
    '503000': 'The service is unavailable',
}
assert len(CAT) == 96

# Values used to fill templated messages.  None is a number (a number after
# "status:" or "error:" would read as something else).
FILLS = {
    '010002': [('payeeId',), ('cardId',), ('request.body',), ('walletAddress',)],
    '010004': [('Payee',), ('Quote',), ('Beneficiary',), ('Wallet',)],
    '010005': [('amount',), ('currency',), ('beneficiary.name',), ('idempotencyKey',)],
    '010006': [('currency',), ('expiryDate',), ('iban',), ('email',)],
    '010007': [('SEPA_INSTANT',), ('card type AMEX',), ('payout method WIRE',)],
    '010008': [('OTP',), ('Account holder name',), ('Signature',)],
    '010010': [('Card freeze',), ('Payee update',), ('Refund',), ('Wallet top-up',)],
    '010013': [('PENDING_3DS',), ('REVERSING',), ('UNKNOWN',)],
    '040002': [('CNY',), ('BRL',), ('INR',)],
    '040016': [('duplicate beneficiary',), ('invalid IBAN',), ('bank rejected',)],
    '040021': [('HK', '3'), ('SG', '4'), ('JP', '4')],
    '040022': [('HK', '3'), ('JP', '3'), ('SG', '3')],
    '040024': [('\u00f1', 'A-Z a-z space'), ('\u20ac', 'latin letters and digits'), ('\u00e9', 'ASCII letters')],
    '070003': [('+999',), ('+881',)],
    '100002': [('Invoice', '10MB'), ('Statement', '20MB'), ('Passport scan', '5MB')],
    '110009': [('currency', 'XYZ'), ('expiry', 'month out of range'), ('iban', 'checksum mismatch')],
    '120001': [('sanctions list match',), ('PEP screening pending',)],
    '130001': [('account frozen',), ('account closed',)],
}
# Codes whose message starts with a placeholder: never used as decoy digits
# (a decoy followed by "... failed" / "... not found" could read as a code).
PLACEHOLDER_LED = sorted(c for c, m in CAT.items() if m.startswith('{0}'))
NONCAT = ['040099', '070030', '500100', '612004', '771203', '990001', '310002',
          '200017', '045001', '880120', '610042', '020404', '730015', '401001']
for _c in NONCAT:
    assert _c not in CAT
# short values that pad to something NOT in the catalogue (decoys under status keys)
SHORT_NONCAT = ['40099', '70030', '4011', '1', '10', '99', '20404', '1001', '30010']
for _c in SHORT_NONCAT:
    assert _c.zfill(6) not in CAT

# ---------------------------------------------------------------------------
# Code supply: a shuffled deck so that every catalogue code is used.
# ---------------------------------------------------------------------------
_deck = []


def _refill():
    d = sorted(CAT)
    R.shuffle(d)
    _deck.extend(d)


def C():
    """Next catalogue code (any)."""
    if not _deck:
        _refill()
    return _deck.pop()


def CS():
    """Next catalogue code that has a short form (leading zero)."""
    if not any(c.startswith('0') for c in _deck):
        _refill()
    for i in range(len(_deck) - 1, -1, -1):
        if _deck[i].startswith('0'):
            return _deck.pop(i)


def CM():
    """Next catalogue code whose message does not start with a placeholder."""
    if not any(c not in PLACEHOLDER_LED for c in _deck):
        _refill()
    for i in range(len(_deck) - 1, -1, -1):
        if _deck[i] not in PLACEHOLDER_LED:
            return _deck.pop(i)


def NC():
    return R.choice(NONCAT)


def short(code):
    return str(int(code))


def val(code, allow_short=True):
    """Six-digit or short form (short only when the code has one)."""
    if allow_short and code.startswith('0') and R.random() < 0.5:
        return short(code)
    return code


DECOY_POOL = [c for c in sorted(CAT) if c not in PLACEHOLDER_LED]
DECOY_NOLEAD = [c for c in DECOY_POOL if not c.startswith('0')]
# five-digit forms usable as ports (<65536)
PORTISH = [short(c) for c in DECOY_POOL if c.startswith('0') and int(c) < 65536 and len(short(c)) == 5]


def D6():
    """Catalogue-valued digits for a decoy position."""
    return R.choice(DECOY_POOL)


def D6N():
    """Six digits without a leading zero (ints print like that): mostly catalogue-valued."""
    if R.random() < 0.75:
        return R.choice(DECOY_NOLEAD)
    while True:
        v = str(R.randint(100000, 999999))
        if v not in CAT:
            return v


def D5():
    return R.choice(PORTISH)


def msg(code):
    m = CAT[code]
    if code in FILLS:
        f = R.choice(FILLS[code])
        for i, x in enumerate(f):
            m = m.replace('{%d}' % i, x)
    return m


def msgcut(code):
    """Message, sometimes cut after >= 3 words with '...' (never for templates)."""
    m = msg(code)
    words = CAT[code].split()
    if code in FILLS or len(words) < 5 or R.random() < 0.55:
        return m
    k = R.randint(3, min(len(words) - 1, 6))
    cut = ' '.join(words[:k]).rstrip('.,:')
    return cut + '...'


def case(m):
    r = R.random()
    if r < 0.08:
        return m.upper()
    if r < 0.14:
        return m.lower()
    return m


# ---------------------------------------------------------------------------
# Small realistic value helpers
# ---------------------------------------------------------------------------
def hexs(n):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    if s.isdigit():  # keep pure-digit runs out of hex ids
        s = 'a' + s[1:]
    return s


def uuid():
    return '%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), R.choice('89ab'), hexs(3), hexs(12))


def b62(n):
    return ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz') for _ in range(n))


def ip():
    return '10.%d.%d.%d' % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 254))


def eport():
    return str(R.randint(32768, 60999))


def ms():
    return R.randint(3, 2400)


def amount():
    return '%d.%02d' % (R.randint(1, 90000), R.randint(0, 99))


def last4():
    return '%04d' % R.randint(0, 9999)


CCY = ['HKD', 'USD', 'SGD', 'EUR', 'GBP', 'JPY', 'AUD']
UAS = ['okhttp/4.12.0', 'PayDemo/3.14.2 CFNetwork/1490.0.4 Darwin/23.2.0', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
       'python-requests/2.31.0', 'Go-http-client/1.1', 'axios/1.6.8', 'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP1A.240405.002)']
PATHS = ['/v1/transfers', '/v1/payees', '/v1/fx/quotes', '/v1/cards/issue', '/v1/cards/limits', '/v1/wallets/withdraw',
         '/v1/kyc/individuals', '/v1/payouts', '/v1/refunds', '/v1/accounts/activate', '/v1/files/upload', '/v1/users']


class Clock:
    def __init__(self, start):
        self.t = start

    def tick(self, lo=0.05, hi=40.0):
        self.t += datetime.timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
        return self.t


MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def en(t, fmt):
    """strftime with English month/day names whatever the locale (%b, %a, %e handled here)."""
    fmt = fmt.replace('%b', MON[t.month - 1]).replace('%a', DOW[t.weekday()]).replace('%e', '%2d' % t.day)
    return t.strftime(fmt)


def J(obj, sep=(',', ':')):
    return json.dumps(obj, ensure_ascii=False, separators=sep)


def rb(obj):
    """Ruby Hash#inspect style (string keys, =>)."""
    if isinstance(obj, dict):
        return '{' + ', '.join('%s=>%s' % (rb(k), rb(v)) for k, v in obj.items()) + '}'
    if isinstance(obj, list):
        return '[' + ', '.join(rb(v) for v in obj) + ']'
    if obj is None:
        return 'nil'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, str):
        return json.dumps(obj, ensure_ascii=False)
    return str(obj)


def kv_key(kind):
    """A status key spelling in the requested style."""
    words = R.choice([['err', 'code'], ['error', 'code'], ['result', 'code'], ['ret', 'code'], ['biz', 'code'],
                      ['resp', 'code'], ['return', 'code'], ['app', 'code'], ['api', 'code'], ['sub', 'code'],
                      ['upstream', 'code'], ['business', 'code'], ['code'], ['status'], ['biz', 'status'],
                      ['reply', 'code'], ['service', 'code'], ['backend', 'code'], ['remote', 'code'], ['final', 'code']])
    if kind == 'camel':
        return words[0] + ''.join(w.capitalize() for w in words[1:])
    if kind == 'pascal':
        return ''.join(w.capitalize() for w in words)
    if kind == 'snake':
        return '_'.join(words)
    if kind == 'upper':
        return '_'.join(words).upper()
    if kind == 'kebab':
        return '-'.join(words)
    if kind == 'header':
        return '-'.join(['X'] + [w.capitalize() for w in words])
    raise ValueError(kind)


def anykey():
    return kv_key(R.choice(['camel', 'camel', 'snake', 'snake', 'pascal', 'upper']))


# ---------------------------------------------------------------------------
# Record building
# ---------------------------------------------------------------------------
SHAPES = []  # (name, description, [(expected list, line)])


def build(name, desc, n, ratio, pos, neg):
    """n records, about ratio of them with codes, templates cycled in shuffled order."""
    npos = int(round(n * ratio))
    order = [True] * npos + [False] * (n - npos)
    R.shuffle(order)
    pq, nq = [], []
    recs = []
    for is_pos in order:
        q, src = (pq, pos) if is_pos else (nq, neg)
        if not q:
            q.extend(src)
            R.shuffle(q)
        exp, line = q.pop()()
        if is_pos and not exp:
            raise SystemExit('%s: positive template gave no code: %s' % (name, line))
        if not is_pos and exp:
            raise SystemExit('%s: decoy template gave a code: %s' % (name, line))
        recs.append((exp, line))
    SHAPES.append((name, desc, recs))


# ===========================================================================
# Shapes
# ===========================================================================

def shape_aspnet():
    def sp():
        return R.choice([' ', ' ', '      '])

    def host():
        return R.choice(['payments-api', 'localhost:5080', 'pay-api.internal'])

    def p_bizexc():
        c = CM()
        path = R.choice(PATHS)
        return [c], ('fail: Payments.Api.Middleware.ExceptionHandlingMiddleware[0]%sBusiness rule violation on POST %s '
                     'Payments.Domain.BizException: %s %s    at Payments.Domain.Transfers.TransferService.SubmitAsync'
                     '(TransferRequest request) in /src/Payments.Domain/Transfers/TransferService.cs:line %d'
                     % (sp(), path, c, msgcut(c), R.randint(40, 400)))

    def p_returned():
        c = C()
        return [c], ('warn: Payments.Api.Clients.ReapClient[2001]%sPartner call POST /cards/%s/limits returned code %s (%s)'
                     % (sp(), uuid(), c, msg(c)))

    def p_body():
        c = C()
        k = R.choice(['errCode', 'err_code', 'resultCode', 'retCode', 'bizCode', 'code', 'errorCode'])
        v = val(c)
        vv = v if (v != c and R.random() < 0.5) else '"%s"' % v
        return [c], ('warn: Payments.Api.Clients.PartnerClient[2002]%sUpstream responded 400 Bad Request body={"%s":%s,"errMsg":"%s"}'
                     % (sp(), k, vv, msg(c)))

    def p_resultcode():
        c = CS()
        verb = 'completed' if c == '000000' else 'rejected'
        return [c], ('info: Payments.Api.Controllers.TransferController[0]%sTransfer %s %s with ResultCode=%s in %d ms'
                     % (sp(), uuid(), verb, short(c), ms()))

    def p_noncat():
        nc = NC()
        return [nc], ('fail: Payments.Api.Clients.IssuerClient[3001]%sCard issuer responded with ErrorCode=%s for card ****%s'
                      % (sp(), nc, last4()))

    def p_errcodeis():
        c = C()
        return [c], ('fail: Payments.Api.Services.KycService[0]%sKYC submission %s failed, provider error code is %s'
                     % (sp(), hexs(12), c))

    def p_two():
        c1, c2 = C(), CS()
        return [c1, c2], ('warn: Payments.Api.Resilience.RetryPolicy[0]%sAttempt 2 of 3 for payout po_%s failed with status %s; '
                          'previous attempt errorCode=%s' % (sp(), b62(10), c1, val(c2)))

    def p_jsonconsole():
        c = CS()
        v = val(c)
        m1 = 'Partner rejected transfer with ErrorCode=%s' % v
        obj = {'EventId': 0, 'LogLevel': 'Error', 'Category': 'Payments.Api.Clients.PartnerClient', 'Message': m1,
               'State': {'Message': m1, 'ErrorCode': int(v) if v != c else v,
                         '{OriginalFormat}': 'Partner rejected transfer with ErrorCode={ErrorCode}'}}
        return [c, c, c], J(obj)

    def p_msgfirst():
        c = R.choice(['500000', '503000', '404000', '403000', '401000']) if R.random() < 0.5 else CM()
        return [c], ('fail: Payments.Api.Middleware.ProblemDetailsMiddleware[0]%sReturning problem details: %s (%s) traceId=00-%s-%s-01'
                     % (sp(), msg(c), c, hexs(32), hexs(16)))

    # --- decoys
    def n_finished():
        size = R.choice([str(R.randint(80, 4000)), D6N()])
        return [], ('info: Microsoft.AspNetCore.Hosting.Diagnostics[2]%sRequest finished HTTP/1.1 POST http://%s%s - %d %s application/json;+charset=utf-8 %d.%04dms'
                    % (sp(), host(), R.choice(PATHS), R.choice([200, 201, 400, 422, 500]), size, ms(), R.randint(0, 9999)))

    def n_starting():
        return [], ('info: Microsoft.AspNetCore.Hosting.Diagnostics[1]%sRequest starting HTTP/1.1 POST http://%s%s - application/json %d'
                    % (sp(), host(), R.choice(PATHS), R.randint(60, 900)))

    def n_efcore():
        return [], ('info: Microsoft.EntityFrameworkCore.Database.Command[20101]%sExecuted DbCommand (%dms) [Parameters=[@__id_0=\'%s\'], '
                    'CommandType=\'Text\', CommandTimeout=\'30\']      SELECT p."Id", p."Status", p."Amount" FROM "Payouts" AS p WHERE p."Id" = @__id_0 LIMIT 1'
                    % (sp(), R.randint(1, 90), D6()))

    def n_efcore_fail():
        return [], ('fail: Microsoft.EntityFrameworkCore.Database.Command[20102]%sFailed executing DbCommand (%dms) [Parameters=[@p0=\'?\' (DbType = Int64), @p1=\'?\' (DbType = Decimal)], '
                    'CommandType=\'Text\', CommandTimeout=\'30\']' % (sp(), R.randint(1, 30000)))

    def n_payout():
        return [], ('info: Payments.Api.Services.PayoutService[0]%sPayout %s queued amount=%s.00 currency=%s merchantId=%s'
                    % (sp(), D6(), D6N(), R.choice(CCY), D6()))

    def n_callback():
        return [], ('info: Microsoft.AspNetCore.Hosting.Diagnostics[1]%sRequest starting HTTP/1.1 GET http://%s/v1/oauth/callback?code=%s&state=%s - - -'
                    % (sp(), host(), D6(), hexs(10)))

    def n_otp():
        return [], ('dbug: Payments.Api.Services.OtpService[0]%sGenerated verification code %06d for session %s (expires in 300 s)'
                    % (sp(), R.randint(100000, 999999), hexs(16)))

    def n_eventid6():
        return [], ('warn: Payments.Api.Clients.PartnerClient[%s]%sPartner latency %d ms above threshold for %s'
                    % (D6N(), sp(), R.randint(2000, 9000), R.choice(PATHS)))

    def n_rows():
        return [], ('info: Payments.Workers.ReconcileWorker[0]%sReconciliation run %s finished - status: %s rows affected'
                    % (sp(), hexs(8), D6N()))

    def n_kestrel():
        return [], ('warn: Microsoft.AspNetCore.Server.Kestrel[22]%sAs of "05/01/2024 10:%02d:%02d +00:00", the heartbeat has been running for '
                    '"00:00:01.%s0" which is longer than "00:00:01". This could be caused by thread pool starvation.'
                    % (sp(), R.randint(0, 59), R.randint(0, 59), D6()))

    def n_httpclient():
        return [], ('info: System.Net.Http.HttpClient.ReapClient.LogicalHandler[101]%sEnd processing HTTP request after %s.%04dms - %d'
                    % (sp(), D6N(), R.randint(0, 9999), R.choice([200, 400, 502, 503])))

    def n_shortnoncat():
        return [], ('warn: Payments.Api.Clients.FxClient[0]%sFX provider rejected quote Q%s errorCode=%s, falling back to secondary'
                    % (sp(), D6(), R.choice(SHORT_NONCAT)))

    def n_merchantcode():
        return [], ('info: Payments.Api.Services.PayeeService[0]%sPayee %s validated merchantCode=%s swift=HSBCHKHHHKH'
                    % (sp(), uuid(), D6()))

    def n_listening():
        return [], 'info: Microsoft.Hosting.Lifetime[14]%sNow listening on: http://[::]:%s' % (sp(), D5())

    build('aspnet_console', 'ASP.NET Core default console logger (two-line entries flattened to one line) and its JSON console formatter',
          58, 0.41,
          [p_bizexc, p_returned, p_body, p_resultcode, p_noncat, p_errcodeis, p_two, p_jsonconsole, p_msgfirst],
          [n_finished, n_starting, n_efcore, n_efcore_fail, n_payout, n_callback, n_otp, n_eventid6, n_rows, n_kestrel,
           n_httpclient, n_shortnoncat, n_merchantcode, n_listening])


def shape_nlog():
    clk = Clock(datetime.datetime(2024, 5, 2, 8, 0, 0))

    def ts():
        t = clk.tick()
        return t.strftime('%Y-%m-%d %H:%M:%S.') + '%04d' % (t.microsecond // 100)

    LOGGERS = ['Payments.Gateway.ReapClient', 'Payments.Cards.CardService', 'Payments.Fx.QuoteService',
               'Payments.Payouts.PayoutWorker', 'Payments.Kyc.KycClient']

    def pipe(level, logger, message):
        return '%s|%s|%s|%s' % (ts(), level, logger, message)

    def p_errphrase():
        c = CM()
        return [c], pipe('ERROR', LOGGERS[0], 'Reap API error %s: %s' % (c, msgcut(c)))

    def p_retcode():
        c = CS()
        k = R.choice(['retCode', 'ret_code', 'RetCode', 'returnCode'])
        return [c], pipe('WARN', LOGGERS[3], 'Upstream rejected payout %s %s=%s retMsg="%s"'
                         % (b62(12), k, val(c), msg(c)))

    def p_json():
        c = C()
        k = R.choice(['errorCode', 'ErrorCode', 'error_code', 'resultCode'])
        obj = {'time': ts(), 'level': 'ERROR', 'logger': LOGGERS[1], 'message': 'Card operation failed', k: c,
               'cardId': 'crd_' + b62(10)}
        return [c], J(obj)

    def p_json_nested():
        c = CS()
        inner = J({'code': int(short(c)) if R.random() < 0.6 else c, 'message': msg(c), 'data': None})
        obj = {'time': ts(), 'level': 'WARN', 'logger': LOGGERS[2], 'message': 'Partner response: ' + inner}
        return [c], J(obj)

    def p_exception():
        c = CM()
        return [c], pipe('ERROR', LOGGERS[4], 'KYC call failed Payments.Kyc.KycException: [%s] %s ---> System.Net.Http.HttpRequestException: '
                         'Response status code does not indicate success: 422 (Unprocessable Entity).' % (c, msgcut(c)))

    def p_noncat():
        nc = NC()
        return [nc], pipe('WARN', LOGGERS[0], 'Reap returned biz_code=%s for request %s' % (nc, uuid()))

    def p_status_start():
        c = C()
        return [c], pipe('ERROR', LOGGERS[3], 'status %s - payout batch %s aborted' % (c, hexs(8)))

    def p_xml():
        c = C()
        return [c], pipe('ERROR', 'Payments.Legacy.SwiftGateway',
                         'SOAP fault received: <soap:Fault><faultcode>soap:Server</faultcode><detail><ResultCode>%s</ResultCode>'
                         '<ResultDesc>rejected</ResultDesc></detail></soap:Fault>' % c)

    def n_settled():
        return [], pipe('INFO', 'Payments.Batch.SettlementJob', 'Settled %d transfers total=%s.00 HKD batchId=%s'
                        % (R.randint(10, 3000), D6N(), D6()))

    def n_listening():
        return [], pipe('INFO', 'Microsoft.Hosting.Lifetime', 'Now listening on: http://0.0.0.0:%s' % D5())

    def n_sql():
        return [], pipe('ERROR', 'Payments.Data.PayoutRepository',
                        'Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired. Error Number:-2,State:0,Class:11')

    def n_socket():
        return [], pipe('ERROR', LOGGERS[0], 'Connection refused (reap-gw.internal:%s) ---> System.Net.Sockets.SocketException (111): Connection refused'
                        % D5())

    def n_otp():
        return [], pipe('DEBUG', 'Payments.Auth.OtpSender', 'SMS sent to +852****%s sms_code=%06d template=login' % (last4(), R.randint(100000, 999999)))

    def n_glued():
        return [], pipe('INFO', LOGGERS[2], 'Quote Q%s locked rate=7.%s spread=0.%s seq=%s%d ttl=30s' % (D6(), D6(), D6(), D6(), R.randint(0, 9)))

    def n_json_amount():
        obj = {'time': ts(), 'level': 'INFO', 'logger': LOGGERS[3], 'message': 'Payout submitted', 'payoutId': int(D6N()),
               'amount': int(D6N()), 'statusText': 'SUBMITTED', 'elapsedMs': R.randint(10, 900)}
        return [], J(obj)

    def n_reason():
        return [], pipe('WARN', LOGGERS[1], 'Card authorization declined decline_code=%s reason_code=%s' % (D6(), D5()))

    def n_status_count():
        return [], pipe('INFO', 'Payments.Batch.ExportJob', 'Export finished, status %s items written to s3://pay-exports/%s.csv' % (D6N(), hexs(8)))

    build('nlog_layouts', 'NLog default pipe layout ${longdate}|${level}|${logger}|${message} and NLog JsonLayout',
          52, 0.42,
          [p_errphrase, p_retcode, p_json, p_json_nested, p_exception, p_noncat, p_status_start, p_xml],
          [n_settled, n_listening, n_sql, n_socket, n_otp, n_glued, n_json_amount, n_reason, n_status_count])


def shape_tracing_text():
    clk = Clock(datetime.datetime(2024, 5, 3, 1, 0, 0))

    def ts():
        t = clk.tick()
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%06dZ' % t.microsecond

    def span():
        return 'request{method=%s uri=%s version=HTTP/1.1}' % (R.choice(['POST', 'PUT']), R.choice(PATHS))

    def lvl(l):
        return '%5s' % l

    def p_fields():
        c = CM()
        k = R.choice(['err_code', 'error_code', 'biz_code', 'upstream_code', 'code'])
        return [c], ('%s %s %s: payments_api::handlers::transfer: upstream rejected transfer %s="%s" err_msg="%s"'
                     % (ts(), lvl('ERROR'), span(), k, c, msg(c)))

    def p_short_display():
        c = CS()
        return [c], ('%s %s payments_api::clients::reap: partner returned an error code=%s retry=false'
                     % (ts(), lvl('WARN'), short(c)))

    def p_debug_struct():
        c = CS()
        v = val(c)
        return [c], ('%s %s %s: payments_api::handlers::payee: request failed error=BizError { code: %s, message: "%s" }'
                     % (ts(), lvl('ERROR'), span(), v, msg(c)))

    def p_phrase():
        c = C()
        return [c], ('%s %s payments_worker::settle: settlement leg %s failed with error %s, will retry in 30s'
                     % (ts(), lvl('WARN'), b62(8), c))

    def p_resp_body():
        c = C()
        k = R.choice(['errCode', 'retCode', 'resultCode', 'code'])
        body = J({k: c, 'msg': msg(c)})
        return [c], ('%s %s %s: payments_api::clients::fx: non-success response status=400 body=%s'
                     % (ts(), lvl('WARN'), span(), json.dumps(body, ensure_ascii=False)))

    def p_noncat():
        nc = NC()
        return [nc], ('%s %s payments_api::clients::issuer: issuer replied resp_code=%s card=****%s'
                      % (ts(), lvl('ERROR'), nc, last4()))

    def p_list():
        a, b = C(), C()
        return [a, b], ('%s %s payments_api::validate: payee validation failed error_codes=["%s", "%s"] payee_id=%s'
                        % (ts(), lvl('WARN'), a, b, uuid()))

    def n_tower():
        return [], ('%s %s %s: tower_http::trace::on_response: finished processing request latency=%s \u03bcs status=%d'
                    % (ts(), lvl('INFO'), span(), D6N(), R.choice([200, 201, 400, 422, 502])))

    def n_sqlx():
        return [], ('%s %s sqlx::query: summary="SELECT id, status, amount FROM …" db.statement="" rows_affected=0 rows_returned=%s elapsed=1.%ss'
                    % (ts(), lvl('INFO'), D6N(), D6()))

    def n_hyper():
        return [], '%s %s hyper::proto::h1::io: flushed %s bytes' % (ts(), lvl('DEBUG'), D6N())

    def n_sweep():
        return [], ('%s %s payments_worker::sweep: sweep finished status="done" swept=%s skipped=%d'
                    % (ts(), lvl('INFO'), D6N(), R.randint(0, 40)))

    def n_glued():
        return [], ('%s %s payments_api::ledger: posted entry id=E%s amount=%s.50 ccy=%s idempotency_key=%s_retry%d'
                    % (ts(), lvl('INFO'), D6(), D6N(), R.choice(CCY), D6(), R.randint(1, 3)))

    def n_retry():
        return [], ('%s %s reqwest_retry::middleware: Retry attempt #2. Sleeping %sus before the next attempt'
                    % (ts(), lvl('WARN'), D6N()))

    def n_exit():
        return [], ('%s %s payments_worker::supervisor: child process pid=%s exited with exit code %s'
                    % (ts(), lvl('ERROR'), D5(), D6N()))

    def n_provider_status():
        return [], ('%s %s payments_api::clients::fx: quote refreshed provider_status=%s quote_id=%s'
                    % (ts(), lvl('INFO'), D6(), uuid()))

    build('rust_tracing_text', 'Rust tracing-subscriber fmt layer, default text format with spans and fields',
          46, 0.41,
          [p_fields, p_short_display, p_debug_struct, p_phrase, p_resp_body, p_noncat, p_list],
          [n_tower, n_sqlx, n_hyper, n_sweep, n_glued, n_retry, n_exit, n_provider_status])


def shape_tracing_json():
    clk = Clock(datetime.datetime(2024, 5, 3, 4, 0, 0))

    def ts():
        t = clk.tick()
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%06dZ' % t.microsecond

    def spanobj():
        return {'method': R.choice(['POST', 'GET']), 'uri': R.choice(PATHS), 'name': 'request'}

    def rec(level, fields, target, with_span=True):
        o = {'timestamp': ts(), 'level': level, 'fields': fields, 'target': target}
        if with_span:
            s = spanobj()
            o['span'] = s
            o['spans'] = [s]
        return J(o)

    def p_status():
        c = C()
        k = R.choice(['status', 'biz_status', 'upstream_status', 'code', 'err_code'])
        return [c], rec('ERROR', {'message': 'upstream call failed', k: c, 'upstream': 'reap'}, 'payments_api::clients::reap')

    def p_short_int():
        c = CS()
        k = R.choice(['code', 'error_code', 'ret_code', 'result_code'])
        return [c], rec('WARN', {'message': 'partner rejected request', k: int(short(c)), 'attempt': R.randint(1, 3)},
                        'payments_api::clients::partner')

    def p_msg_inline():
        c = CM()
        return [c], rec('ERROR', {'message': '[%s] %s' % (c, msgcut(c))}, 'payments_api::handlers::fx')

    def p_body_string():
        c = CS()
        body = J({'errCode': val(c), 'errMsg': msg(c)})
        return [c], rec('WARN', {'message': 'non-success response', 'http.status': 400, 'body': body}, 'payments_api::clients::fx')

    def p_debug_in_json():
        c = CS()
        return [c], rec('ERROR', {'message': 'handler error', 'error': 'Biz(ApiError { code: %s, msg: "%s" })' % (short(c), msg(c))},
                        'payments_api::errors')

    def p_two():
        c1, c2 = C(), C()
        return [c1, c2], rec('ERROR', {'message': 'both legs failed', 'error_code': c1, 'last_code': c2}, 'payments_api::routing')

    def p_noncat():
        nc = NC()
        return [nc], rec('ERROR', {'message': 'issuer declined', 'result_code': nc}, 'payments_api::clients::issuer')

    def n_latency():
        return [], rec('INFO', {'message': 'finished processing request', 'latency': '%s \u03bcs' % D6N(), 'status': R.choice([200, 400, 502])},
                       'tower_http::trace::on_response')

    def n_ids():
        return [], rec('INFO', {'message': 'payout created', 'payout_id': int(D6N()), 'amount_minor': int(D6N()), 'merchant_code': D6()},
                       'payments_api::handlers::payout')

    def n_pool():
        return [], rec('DEBUG', {'message': 'pool stats', 'idle': R.randint(0, 20), 'size': 32, 'waited_us': int(D6N())},
                       'sqlx::pool', with_span=False)

    def n_http_status():
        return [], rec('WARN', {'message': 'retrying', 'http_status': 503, 'order_status': D6(), 'retry_in_ms': int(D6N())},
                       'payments_worker::retry', with_span=False)

    def n_statuscodes():
        return [], rec('INFO', {'message': 'health probe', 'status_code': 200, 'checks': [D6(), D6()], 'uptime_s': int(D6N())},
                       'payments_api::health', with_span=False)

    def n_url():
        return [], rec('INFO', {'message': 'redirecting', 'location': 'https://pay.example.com/return?resultCode=%s&orderNo=%s' % (D6(), hexs(12))},
                       'payments_api::handlers::redirect')

    def n_shortnoncat():
        return [], rec('WARN', {'message': 'provider soft decline', 'code': int(R.choice(SHORT_NONCAT)), 'provider': 'fxhub'},
                       'payments_api::clients::fx')

    build('rust_tracing_json', 'Rust tracing-subscriber fmt layer, JSON format (fields/target/span/spans)',
          44, 0.43,
          [p_status, p_short_int, p_msg_inline, p_body_string, p_debug_in_json, p_two, p_noncat],
          [n_latency, n_ids, n_pool, n_http_status, n_statuscodes, n_url, n_shortnoncat])


def shape_env_logger():
    clk = Clock(datetime.datetime(2024, 5, 3, 9, 0, 0))

    def ts():
        return clk.tick().strftime('%Y-%m-%dT%H:%M:%SZ')

    def line(level, target, m):
        return '[%s %-5s %s] %s' % (ts(), level, target, m)

    def p_upstream_error():
        c = CM()
        return [c], line('ERROR', 'payments_worker::settle', 'settlement batch %s failed: upstream error %s: %s' % (hexs(6), c, msgcut(c)))

    def p_resp():
        c = CS()
        v = val(c)
        return [c], line('WARN', 'payments_worker::client', 'partner resp={"code":%s,"msg":"%s"}' % (v if v != c else '"%s"' % c, msg(c)))

    def p_errcolon():
        c = C()
        return [c], line('ERROR', 'payments_cli', 'Error: %s' % c)

    def p_kv():
        c = CS()
        k = R.choice(['errcode', 'retcode', 'resultcode', 'ERRORCODE'])
        return [c], line('WARN', 'payments_worker::reap', 'reap call finished %s=%s trace=%s' % (k, val(c), hexs(16)))

    def p_received():
        c = C()
        return [c], line('WARN', 'payments_worker::webhook', 'webhook %s received status %s from partner' % (b62(10), c))

    def p_noncat():
        nc = NC()
        return [nc], line('ERROR', 'payments_worker::issuer', 'issuer call failed, error code: %s' % nc)

    def n_started():
        return [], line('INFO', 'payments_worker', 'worker started pid=%s listening on 0.0.0.0:%s' % (D6N(), D5()))

    def n_processed():
        return [], line('INFO', 'payments_worker::settle', 'processed %s rows in %d.%03ds' % (D6N(), R.randint(1, 90), R.randint(0, 999)))

    def n_glued():
        return [], line('DEBUG', 'payments_worker::ledger', 'balance=%s.00 hold=%s.75 acct=AC%s' % (D6N(), D6N(), D6()))

    def n_exit():
        return [], line('ERROR', 'payments_worker::supervisor', 'exit status %s from child %s' % (D6N(), hexs(6)))

    def n_bracketed():
        return [], line('WARN', 'payments_worker::queue', 'queue depth [%s] exceeds soft limit' % D6N())

    def n_http():
        return [], line('DEBUG', 'reqwest::connect', 'starting new connection: https://reap-gw.internal:%s/' % D5())

    def n_login_code():
        return [], line('INFO', 'payments_worker::auth', 'Your login code: %06d' % R.randint(100000, 999999))

    build('rust_env_logger', 'Rust env_logger default format [TIMESTAMP LEVEL target] message',
          40, 0.40,
          [p_upstream_error, p_resp, p_errcolon, p_kv, p_received, p_noncat],
          [n_started, n_processed, n_glued, n_exit, n_bracketed, n_http, n_login_code])


def shape_ktor():
    clk = Clock(datetime.datetime(2024, 5, 4, 7, 30, 0))

    def ts():
        t = clk.tick()
        return t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)

    def th():
        return R.choice(['eventLoopGroupProxy-4-%d' % R.randint(1, 8), 'DefaultDispatcher-worker-%d' % R.randint(1, 12),
                         'ktor-client-cio-%d' % R.randint(1, 4)])

    def line(level, logger, m):
        return '%s [%s] %-5s %s - %s' % (ts(), th(), level, logger, m)

    def p_dataclass():
        c = C()
        return [c], line('ERROR', 'c.e.p.routes.PayeeRoutes', 'Payee creation rejected: ApiError(code=%s, message=%s)' % (c, msg(c)))

    def p_dataclass_int():
        c = CS()
        return [c], line('WARN', 'c.e.p.service.CardService', 'Card update failed: BizException(errorCode=%s, detail=%s)' % (short(c), msg(c)))

    def p_body():
        c = CS()
        v = val(c)
        return [c], line('WARN', 'c.e.p.client.ReapClient', 'HTTP 400 from partner, body: {"errCode":%s,"errMsg":"%s"}'
                         % (v if v != c else '"%s"' % c, msg(c)))

    def p_sealed():
        c = CS()
        return [c], line('ERROR', 'c.e.p.fx.QuoteService', 'Result.Failure(error=PartnerError(subCode=%s, reason=%s))' % (c, R.choice(['REJECTED', 'INVALID'])))

    def p_withcode():
        c = C()
        return [c], line('ERROR', 'c.e.p.payout.PayoutWorker', 'Payout %s failed with code %s after %d attempts' % (uuid(), c, R.randint(1, 5)))

    def p_noncat():
        nc = NC()
        return [nc], line('WARN', 'c.e.p.client.IssuerClient', 'issuer answered {"result_code":"%s","result_msg":"DECLINED"}' % nc)

    def p_respmsg():
        c = CM()
        return [c], line('ERROR', 'Application', 'Unhandled: com.example.pay.BizException: %s - %s' % (c, msgcut(c)))

    def n_calllog():
        st = R.choice(['200 OK', '201 Created', '400 Bad Request', '404 Not Found', '422 Unprocessable Entity'])
        return [], line('INFO', 'Application', '%s: %s - %s in %dms' % (st, R.choice(['POST', 'GET']), R.choice(PATHS), ms()))

    def n_responding():
        return [], line('INFO', 'Application', 'Responding at http://0.0.0.0:%s' % D5())

    def n_exposed():
        return [], line('DEBUG', 'Exposed', 'SELECT payees.id, payees.bank_code, payees.name FROM payees WHERE payees.id = %s' % D6N())

    def n_metrics():
        return [], line('INFO', 'c.e.p.metrics.Reporter', 'requests.total=%s errors.total=%d p99=%s.4ms' % (D6N(), R.randint(0, 900), D6N()))

    def n_otp():
        return [], line('INFO', 'c.e.p.auth.OtpService', 'otpCode=%06d issued for user %s, ttl=300' % (R.randint(100000, 999999), uuid()))

    def n_voucher():
        return [], line('INFO', 'c.e.p.promo.VoucherService', 'voucher code: %s redeemed by merchant %s' % (D6(), b62(8)))

    def n_shortnoncat():
        return [], line('WARN', 'c.e.p.client.ReapClient', 'partner soft error {"code":%s,"msg":"retry later"}' % R.choice(SHORT_NONCAT))

    def n_query():
        return [], line('INFO', 'Application', '302 Found: GET - /v1/oauth/callback?code=%s&state=%s in %dms' % (D6(), hexs(12), ms()))

    build('ktor_kotlin', 'Kotlin/Ktor logback pattern "%d [%thread] %-5level %logger - %msg", data-class toString and JSON bodies',
          46, 0.41,
          [p_dataclass, p_dataclass_int, p_body, p_sealed, p_withcode, p_noncat, p_respmsg],
          [n_calllog, n_responding, n_exposed, n_metrics, n_otp, n_voucher, n_shortnoncat, n_query])


def shape_akka():
    clk = Clock(datetime.datetime(2024, 5, 4, 13, 0, 0))

    def ts_akka():
        t = clk.tick()
        return t.strftime('%m/%d/%Y %H:%M:%S.') + '%03d' % (t.microsecond // 1000)

    def ts_slf4j():
        t = clk.tick()
        return t.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (t.microsecond // 1000)

    def disp():
        return 'PaySystem-akka.actor.default-dispatcher-%d' % R.randint(2, 30)

    def classic(level, path, m):
        return '[%s] [%s] [%s] [akka://PaySystem/user/%s] %s' % (level, ts_akka(), disp(), path, m)

    def slf(level, cls, path, m):
        return '[%s] [%s] [%s] [%s] [akka://PaySystem/user/%s] - %s' % (ts_slf4j(), level, cls, disp(), path, m)

    def p_caseclass():
        c = CM()
        return [c], classic('WARNING', 'payout-router/$a', 'Payout %s rejected: Left(BizError(%s,%s))' % (b62(10), c, msg(c)))

    def p_withcode():
        c = C()
        return [c], slf('ERROR', 'c.e.pay.PayoutActor', 'payout', 'Payout %s failed with code %s' % (hexs(12), c))

    def p_entity():
        c = C()
        k = R.choice(['code', 'errorCode', 'resultCode'])
        return [c], slf('WARN', 'c.e.pay.http.PartnerClient', 'partner-client',
                        'Unmarshalled error entity: {"%s":"%s","message":"%s"}' % (k, c, msg(c)))

    def p_xml():
        c = C()
        return [c], slf('ERROR', 'c.e.pay.legacy.SoapBridge', 'soap-bridge',
                        'Fault body <Response><RetCode>%s</RetCode><RetMsg>FAILED</RetMsg></Response>' % c)

    def p_short():
        c = CS()
        return [c], classic('ERROR', 'fx-quoter', 'Quote refresh failed: QuoteError(reason=provider, errorCode=%s)' % short(c))

    def p_noncat():
        nc = NC()
        return [nc], slf('WARN', 'c.e.pay.IssuerActor', 'issuer', 'issuer returned status code %s for card ****%s' % (nc, last4()))

    def p_msgfirst():
        c = CM()
        return [c], classic('ERROR', 'kyc-gateway', 'Ask failed with %s: %s' % (c, msgcut(c)))

    def n_shard():
        return [], classic('INFO', 'sharding/PayoutEntity/%s' % D5(), 'Passivating entity %s after idle timeout' % D6N())

    def n_cluster():
        return [], slf('INFO', 'a.c.Cluster', 'cluster', 'Cluster Node [akka://PaySystem@10.0.1.5:25520] - Welcome from [akka://PaySystem@10.0.1.7:25520]')

    def n_dead():
        return [], classic('INFO', 'deadLetterListener', 'Message [com.example.pay.PayoutActor$Tick$] to Actor[akka://PaySystem/user/payout#%d] was not delivered. [%s] dead letters encountered.'
                           % (R.randint(10000000, 2000000000), D6N()))

    def n_dropped():
        return [], slf('WARN', 'a.s.Materializer', 'stream-supervisor', 'Dropped %s elements due to buffer overflow (bufferSize=%d)' % (D6N(), R.choice([256, 1024])))

    def n_amount():
        return [], classic('INFO', 'ledger', 'Posted Entry(id=%s, amount=%s.00, currency=%s)' % (D6N(), D6N(), R.choice(CCY)))

    def n_http():
        return [], slf('INFO', 'a.h.s.HttpServer', 'http', 'Server online at http://0.0.0.0:%s/ (bound in %d ms)' % (D5(), ms()))

    def n_pinned():
        return [], classic('WARNING', 'payout-router', 'Circuit breaker opened after %d failures, reset timeout %sus' % (R.randint(3, 9), D6N()))

    def n_gateway_code():
        return [], slf('WARN', 'c.e.pay.GatewayActor', 'gateway', 'gateway_code=%s reason_code=%s for payout %s' % (D6(), D5(), hexs(10)))

    build('akka_scala', 'Akka/Scala logs: classic [LEVEL] [date] [dispatcher] [akka path] and slf4j/logback variants, case-class toString',
          48, 0.42,
          [p_caseclass, p_withcode, p_entity, p_xml, p_short, p_noncat, p_msgfirst],
          [n_shard, n_cluster, n_dead, n_dropped, n_amount, n_http, n_pinned, n_gateway_code])


def shape_lambda():
    clk = Clock(datetime.datetime(2024, 5, 5, 2, 0, 0))

    def ts():
        t = clk.tick(0.01, 5)
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

    def rid():
        return uuid()

    def p_node_invoke_error():
        c = CM()
        m = msg(c)
        obj = {'errorType': 'BizError', 'errorMessage': '%s %s' % (c, m), 'code': c,
               'stack': ['BizError: %s %s' % (c, m), '    at submitPayout (/var/task/index.js:%d:11)' % R.randint(10, 300)]}
        return [c, c, c], '%s %s ERROR Invoke Error  %s' % (ts(), rid(), J(obj))

    def p_python_nested():
        c = CS()
        inner = json.dumps({'errCode': val(c), 'errMsg': msg(c)}, ensure_ascii=False)
        return [c], '[ERROR] %s %s Partner call failed %s' % (ts(), rid(), json.dumps({'statusCode': 400, 'body': inner}, ensure_ascii=False))

    def p_json_format():
        c = CS()
        k = R.choice(['result_code', 'resultCode', 'error_code', 'code'])
        obj = {'timestamp': ts(), 'level': 'ERROR', 'message': {'msg': 'payout failed', k: int(short(c)) if R.random() < 0.5 else c,
                                                                'payout_id': 'po_' + b62(10)}, 'logger': 'root', 'requestId': rid()}
        return [c], J(obj)

    def p_python_exc():
        c = CM()
        return [c], '[ERROR] PaymentError: %s %s Traceback (most recent call last): File "/var/task/app.py", line %d, in handler' % (
            c, msgcut(c), R.randint(20, 200))

    def p_phrase():
        c = C()
        return [c], '[WARNING] %s %s upstream returned code %s, retrying (attempt %d)' % (ts(), rid(), c, R.randint(1, 3))

    def p_noncat():
        nc = NC()
        return [nc], '%s %s WARN partner declined {"bizCode":"%s","bizMsg":"DECLINED"}' % (ts(), rid(), nc)

    def p_powertools():
        c = C()
        obj = {'level': 'ERROR', 'location': 'handler:%d' % R.randint(20, 200), 'message': 'Transfer rejected', 'timestamp': ts().replace('T', ' '),
               'service': 'payouts', 'cold_start': False, 'function_name': 'payouts-prod-submit', 'function_memory_size': '512',
               'function_request_id': rid(), 'errorCode': c, 'xray_trace_id': '1-%s-%s' % (hexs(8), hexs(24))}
        return [c], J(obj)

    def n_start():
        return [], 'START RequestId: %s Version: $LATEST' % rid()

    def n_end():
        return [], 'END RequestId: %s' % rid()

    def n_report():
        if R.random() < 0.5:
            d = int(D6N())
        else:
            d = R.randint(20, 9000)
        return [], ('REPORT RequestId: %s Duration: %d.%02d ms Billed Duration: %d ms Memory Size: 512 MB Max Memory Used: %d MB Init Duration: %d.%02d ms'
                    % (rid(), d - 1, R.randint(1, 99), d, R.randint(90, 500), R.randint(150, 900), R.randint(0, 99)))

    def n_processed():
        return [], '[INFO] %s %s Processed %s records from stream arn:aws:kinesis:ap-east-1:%012d:stream/payouts' % (
            ts(), rid(), D6N(), R.randint(10**11, 10**12 - 1))

    def n_init():
        return [], 'INIT_START Runtime Version: python:3.12.v%d Runtime Version ARN: arn:aws:lambda:ap-east-1::runtime:%s' % (R.randint(10, 30), hexs(64))

    def n_timeout():
        return [], '%s %s Task timed out after %d.%02d seconds' % (ts(), rid(), R.choice([30, 60, 900]), R.randint(0, 99))

    def n_amount():
        return [], '[INFO] %s %s settlement summary {"count": %s, "total_minor": %s, "currency": "HKD", "batch": "%s"}' % (
            ts(), rid(), D6N(), D6N(), hexs(8))

    def n_http():
        return [], '%s %s INFO GET https://api.partner.example/v1/callback?code=%s&state=%s -> 200 (%d ms)' % (ts(), rid(), D6(), hexs(8), ms())

    def n_statuscode():
        return [], '%s %s INFO response {"statusCode": %d, "headers": {"x-request-id": "%s"}, "isBase64Encoded": false}' % (
            ts(), rid(), R.choice([200, 202, 400, 404]), rid())

    build('aws_lambda_cloudwatch', 'AWS Lambda lines in CloudWatch: START/END/REPORT, Node and Python runtime lines (tabs shown as spaces), JSON log format, Powertools',
          52, 0.42,
          [p_node_invoke_error, p_python_nested, p_json_format, p_python_exc, p_phrase, p_noncat, p_powertools],
          [n_start, n_end, n_report, n_processed, n_init, n_timeout, n_amount, n_http, n_statuscode])


def shape_gcp():
    clk = Clock(datetime.datetime(2024, 5, 5, 10, 0, 0))

    def ts():
        t = clk.tick()
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%06dZ' % t.microsecond

    def res():
        return {'type': 'cloud_run_revision', 'labels': {'service_name': 'payouts', 'revision_name': 'payouts-%05d-%s' % (R.randint(1, 400), b62(3).lower()),
                                                         'location': 'asia-east2', 'project_id': 'pay-prod-1', 'configuration_name': 'payouts'}}

    def entry(payload_key, payload, severity, http=None):
        t = ts()
        o = {'insertId': hexs(24)}
        if http:
            o['httpRequest'] = http
        o[payload_key] = payload
        o['resource'] = res()
        o['timestamp'] = t
        o['severity'] = severity
        o['logName'] = 'projects/pay-prod-1/logs/run.googleapis.com%2F' + ('requests' if http else 'stdout')
        o['trace'] = 'projects/pay-prod-1/traces/' + hexs(32)
        o['receiveTimestamp'] = t
        return J(o)

    def p_json():
        c = C()
        k = R.choice(['biz_code', 'errorCode', 'error_code', 'code', 'upstreamCode'])
        return [c], entry('jsonPayload', {'message': 'partner rejected payout', k: c, 'payout_id': 'po_' + b62(10)}, 'ERROR')

    def p_json_short():
        c = CS()
        return [c], entry('jsonPayload', {'message': 'partner rejected payout', 'error': {'code': int(short(c)), 'message': msg(c)}}, 'ERROR')

    def p_text_phrase():
        c = CM()
        return [c], entry('textPayload', '%s ERROR [payouts.client] upstream error %s: %s' % (
            clk.t.strftime('%Y-%m-%d %H:%M:%S,%f')[:-3], c, msgcut(c)), 'ERROR')

    def p_text_nested():
        c = CS()
        body = J({'errCode': val(c), 'errMsg': msg(c)})
        return [c], entry('textPayload', 'upstream responded 400 body=%s' % body, 'WARNING')

    def p_json_list():
        a, b = C(), C()
        return [a, b], entry('jsonPayload', {'message': 'validation failed', 'error_codes': [a, b], 'request_id': uuid()}, 'WARNING')

    def p_json_msg():
        c = CM()
        return [c], entry('jsonPayload', {'message': '(%s) %s' % (c, msgcut(c)), 'logger': 'payouts.handlers'}, 'ERROR')

    def p_noncat():
        nc = NC()
        return [nc], entry('jsonPayload', {'message': 'issuer response', 'response': {'body': {'code': nc}}}, 'ERROR')

    def p_stackdriver_err():
        c = C()
        return [c], entry('jsonPayload', {'@type': 'type.googleapis.com/google.devtools.clouderrorreporting.v1beta1.ReportedErrorEvent',
                                          'message': 'BizError: error code %s\n    at submit (/app/dist/payout.js:%d:15)' % (c, R.randint(10, 400)),
                                          'serviceContext': {'service': 'payouts', 'version': '1.%d.%d' % (R.randint(0, 40), R.randint(0, 20))}}, 'ERROR')

    def n_request():
        http = {'requestMethod': R.choice(['POST', 'GET']), 'requestUrl': 'https://payouts-%s-df.a.run.app%s' % (hexs(10), R.choice(PATHS)),
                'requestSize': str(R.randint(200, 2000)), 'status': R.choice([200, 400, 500, 503]), 'responseSize': D6N(),
                'userAgent': R.choice(UAS), 'remoteIp': ip(), 'serverIp': ip(), 'latency': '0.%ss' % D6(), 'protocol': 'HTTP/1.1'}
        return [], _req(http)

    def _req(http):
        t = ts()
        o = {'insertId': hexs(24), 'httpRequest': http, 'resource': res(), 'timestamp': t, 'severity': 'INFO',
             'logName': 'projects/pay-prod-1/logs/run.googleapis.com%2Frequests', 'trace': 'projects/pay-prod-1/traces/' + hexs(32),
             'receiveTimestamp': t, 'spanId': hexs(16)}
        return J(o)

    def n_callback():
        http = {'requestMethod': 'GET', 'requestUrl': 'https://pay.example.com/v1/oauth/callback?code=%s&state=%s' % (D6(), hexs(10)),
                'status': 302, 'responseSize': str(R.randint(100, 900)), 'latency': '0.0%ds' % R.randint(10000, 99999)}
        return [], _req(http)

    def n_text():
        return [], entry('textPayload', 'Processed %s rows in %d.%03ds (batch %s)' % (D6N(), R.randint(1, 90), R.randint(0, 999), hexs(6)), 'INFO')

    def n_json_ids():
        return [], entry('jsonPayload', {'message': 'payout created', 'payout_id': D6(), 'amount': int(D6N()), 'currency': R.choice(CCY),
                                         'bank_code': R.choice(['004', '024', '012'])}, 'INFO')

    def n_source():
        return [], entry('jsonPayload', {'message': 'slow query', 'duration_ms': int(D6N()),
                                         'logging.googleapis.com/sourceLocation': {'file': 'repo.py', 'line': str(R.randint(10, 900)), 'function': 'fetch'}}, 'WARNING')

    def n_container_exit():
        return [], entry('textPayload', 'Container terminated on signal 9; exit status %s' % D6N(), 'ERROR')

    def n_shortnoncat():
        return [], entry('jsonPayload', {'message': 'partner soft decline', 'code': int(R.choice(SHORT_NONCAT))}, 'WARNING')

    build('gcp_cloud_logging', 'GCP Cloud Logging LogEntry JSON (Cloud Run): jsonPayload, textPayload, httpRequest entries',
          50, 0.42,
          [p_json, p_json_short, p_text_phrase, p_text_nested, p_json_list, p_json_msg, p_noncat, p_stackdriver_err],
          [n_request, n_callback, n_text, n_json_ids, n_source, n_container_exit, n_shortnoncat])


def shape_azure():
    clk = Clock(datetime.datetime(2024, 5, 6, 3, 0, 0))

    def ts_file():
        t = clk.tick()
        return t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d +00:00' % (t.microsecond // 1000)

    def ts_iso():
        t = clk.tick()
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%07dZ' % (t.microsecond * 10)

    def appsvc(level, cat, m):
        return '%s [%s] %s: %s' % (ts_file(), level, cat, m)

    def trace(message, sev, dims):
        o = {'time': ts_iso(), 'name': 'AppTraces', 'message': message, 'severityLevel': sev, 'itemCount': 1,
             'customDimensions': dims, 'operation_Id': hexs(32), 'operation_ParentId': hexs(16),
             'cloud_RoleName': 'pay-api', 'cloud_RoleInstance': 'pay-api-%s' % hexs(6), 'appName': 'pay-api-prod'}
        return J(o)

    def p_file_msg():
        c = CM()
        return [c], appsvc('Error', 'Payments.Api.Controllers.CardController', 'Card limit update failed: %s - %s' % (c, msgcut(c)))

    def p_file_kv():
        c = CS()
        k = R.choice(['ResultCode', 'ErrorCode', 'BizCode', 'RetCode'])
        return [c], appsvc('Warning', 'Payments.Api.Clients.ReapClient', 'Reap responded HTTP 400, %s=%s, RequestId=%s' % (k, val(c), uuid()))

    def p_trace_dims():
        c = C()
        k = R.choice(['ResultCode', 'ErrorCode', 'BizCode', 'UpstreamStatus'])
        return [c], trace('Partner rejected request', 2, {'CategoryName': 'Payments.Api.Clients.PartnerClient', k: c, 'EventId': str(R.randint(1, 3000))})

    def p_trace_msg():
        c = CS()
        v = val(c)
        return [c], trace('Partner rejected transfer with ErrorCode=%s' % v, 3,
                          {'CategoryName': 'Payments.Api.Clients.PartnerClient', 'OriginalFormat': 'Partner rejected transfer with ErrorCode={ErrorCode}'})

    def p_exception():
        c = CM()
        o = {'time': ts_iso(), 'name': 'AppExceptions', 'problemId': 'Payments.Domain.BizException at Payments.Domain.Cards.CardService+<FreezeAsync>d__7.MoveNext',
             'type': 'Payments.Domain.BizException', 'outerMessage': '%s %s' % (c, msg(c)), 'severityLevel': 3,
             'customDimensions': {'CategoryName': 'Payments.Domain.Cards.CardService'}}
        return [c], J(o)

    def p_noncat():
        nc = NC()
        return [nc], appsvc('Error', 'Payments.Api.Clients.IssuerClient', 'Issuer failure: {"resultCode":"%s","resultMessage":"DO_NOT_HONOUR"}' % nc)

    def p_phrase():
        c = C()
        return [c], appsvc('Error', 'Payments.Workers.KycSync', 'KYC sync aborted: remote error %s' % c)

    def n_w3c():
        return [], '%s PAY-API POST %s X-ARR-LOG-ID=%s 443 - %s %s - - pay-api.azurewebsites.net %d 0 0 %s %d %d' % (
            clk.tick().strftime('%Y-%m-%d %H:%M:%S'), R.choice(PATHS), uuid(), ip(), R.choice(UAS).replace(' ', '+'),
            R.choice([200, 400, 500]), D6N(), R.randint(200, 3000), ms())

    def n_requests():
        o = {'time': ts_iso(), 'name': 'AppRequests', 'Name': 'POST %s' % R.choice(PATHS), 'Success': False, 'ResultCode': str(R.choice([400, 422, 500])),
             'DurationMs': float('%s.%d' % (D6N(), R.randint(1, 9))), 'itemCount': 1, 'operation_Id': hexs(32)}
        return [], J(o)

    def n_dims():
        return [], trace('Payout queued', 1, {'CategoryName': 'Payments.Api.Services.PayoutService', 'PayoutId': D6(), 'Amount': '%s.00' % D6N(),
                                              'EventId': D6N()})

    def n_startup():
        return [], appsvc('Information', 'Microsoft.Hosting.Lifetime', 'Application started. Hosting environment: Production; Content root path: /home/site/wwwroot')

    def n_kudu():
        return [], '%s  INFO  - Container pay-api_%s for site pay-api initialized successfully and is ready to serve requests.' % (
            clk.tick().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z', hexs(8))

    def n_docker():
        return [], '%s INFO  - docker run -d --expose=8080 --name pay-api_%d_%s -e WEBSITES_PORT=8080 -e WEBSITE_SITE_NAME=pay-api appsvc/dotnetcore:8.0_202404%02d.1.tuxprod' % (
            clk.tick().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z', R.randint(0, 9), hexs(8), R.randint(1, 28))

    def n_severity():
        return [], trace('Heartbeat', 1, {'CategoryName': 'Payments.Workers.Heartbeat', 'ProcessedTotal': D6N(), 'QueueLength': str(R.randint(0, 90))})

    def n_country():
        return [], appsvc('Information', 'Payments.Api.Services.AddressService', 'Address normalised country_code=HK area_code=%s postal_code=%s' % (D5(), D6()))

    build('azure_appservice_appinsights', 'Azure App Service log stream (file logger, W3C HTTP log, container log) and Application Insights exported traces/requests/exceptions',
          48, 0.42,
          [p_file_msg, p_file_kv, p_trace_dims, p_trace_msg, p_exception, p_noncat, p_phrase],
          [n_w3c, n_requests, n_dims, n_startup, n_kudu, n_docker, n_severity, n_country])


def shape_fluent():
    clk = Clock(datetime.datetime(2024, 5, 6, 16, 0, 0))

    def epoch():
        t = clk.tick()
        return '%d.%09d' % (int(t.replace(tzinfo=datetime.timezone.utc).timestamp()), t.microsecond * 1000 + R.randint(0, 999))

    def fd_ts():
        t = clk.tick()
        return t.strftime('%Y-%m-%d %H:%M:%S.') + '%06d%03d +0000' % (t.microsecond, R.randint(0, 999))

    def ktag():
        return 'kube.var.log.containers.payouts-%s-%s_prod_payouts-%s.log' % (hexs(9), b62(5).lower(), hexs(64))

    def msgpack_str(s):
        return '"%s"' % s  # Fluent Bit prints msgpack strings raw

    def fb(idx, record_items):
        body = ', '.join('"%s"=>%s' % (k, v) for k, v in record_items)
        return '[%d] %s: [%s, {%s}]' % (idx, ktag(), epoch(), body)

    def p_fb_raw():
        c = C()
        k = R.choice(['code', 'err_code', 'biz_code'])
        inner = '{"level":"error","msg":"payout rejected","%s":"%s"}' % (k, c)
        return [c], fb(R.randint(0, 4), [('log', msgpack_str(inner)), ('stream', '"stderr"'), ('time', '"%sZ"' % clk.t.isoformat())])

    def p_fd_docker():
        c = CS()
        inner = J({'level': 'error', 'msg': 'partner rejected', 'errCode': val(c), 'errMsg': msg(c)}) + '\n'
        rec = {'log': inner, 'stream': 'stderr', 'container_id': hexs(64), 'container_name': '/payouts-worker'}
        return [c], '%s docker.payouts: %s' % (fd_ts(), J(rec))

    def p_fd_double():
        c = C()
        innermost = J({'code': c, 'msg': 'rejected'})
        mid = J({'level': 'warn', 'msg': 'upstream said resp=' + innermost}) + '\n'
        rec = {'log': mid, 'stream': 'stdout'}
        return [c], '%s kubernetes.var.log.containers.fx-quoter: %s' % (fd_ts(), J(rec))

    def p_fb_jsonlines():
        c = CM()
        o = {'date': float(epoch()[:17]), 'log': '%s ERROR [%s] %s\n' % (clk.t.isoformat(), c, msgcut(c)),
             'stream': 'stderr', 'kubernetes': {'pod_name': 'kyc-gw-%s' % hexs(5), 'namespace_name': 'prod', 'container_name': 'kyc-gw',
                                               'container_image': 'registry.example.com/kyc-gw:2.%d.%d' % (R.randint(0, 30), R.randint(0, 9))}}
        return [c], J(o)

    def p_fd_error_event():
        return _fd_err(CS())

    def _fd_err(c):
        v = val(c)
        return [c, c], ('%s [warn]: #0 dump an error event: error_class=Fluent::Plugin::Parser::ParserError error="pattern not matched with data '
                        '\'payout rejected ret_code=%s\'" location=nil tag="app.payouts" time=%s record={"log"=>"payout rejected ret_code=%s", "stream"=>"stdout"}'
                        % (fd_ts(), v, clk.t.strftime('%Y-%m-%d %H:%M:%S.%f000 +0000'), v))

    def p_noncat():
        nc = NC()
        rec = {'log': 'level=error msg="issuer declined" result_code=%s\n' % nc, 'stream': 'stderr'}
        return [nc], '%s docker.issuer-gw: %s' % (fd_ts(), J(rec))

    def p_fb_ruby_inner():
        c = C()
        return [c], fb(R.randint(0, 4), [('log', '"{\\"errorCode\\":\\"%s\\",\\"traceId\\":\\"%s\\"}"' % (c, hexs(16))), ('stream', '"stdout"')])

    def n_fb_cpu():
        return [], '[%d] cpu.local: [%s, {"cpu_p"=>%d.%06d, "user_p"=>0.%s, "system_p"=>0.250000}]' % (
            R.randint(0, 3), epoch(), R.randint(0, 9), R.randint(0, 999999), D6())

    def n_fb_log():
        inner = '{"level":"info","msg":"payout settled","payout_id":%s,"amount":%s}' % (D6N(), D6N())
        return [], fb(R.randint(0, 4), [('log', msgpack_str(inner)), ('stream', '"stdout"')])

    def n_fd_flush():
        now = fd_ts()
        nxt = clk.t + datetime.timedelta(seconds=R.randint(2, 120))
        return [], ('%s [warn]: #0 failed to flush the buffer. retry_times=%d next_retry_time=%s chunk="%s" '
                    'error_class=Net::ReadTimeout error="Net::ReadTimeout with #<TCPSocket:(closed)>"'
                    % (now, R.randint(1, 9), nxt.strftime('%Y-%m-%d %H:%M:%S +0000'), hexs(32)))

    def n_fd_access():
        now = fd_ts()
        rec = {'log': '%s - - %s "GET /v1/oauth/callback?code=%s&state=%s HTTP/1.1" 302 0 "-" "%s"\n' % (
            ip(), en(clk.t, '[%d/%b/%Y:%H:%M:%S +0000]'), D6(), hexs(8), R.choice(UAS)), 'stream': 'stdout'}
        return [], '%s docker.ingress: %s' % (now, J(rec))

    def n_fb_internal():
        t = clk.tick()
        return [], '[%s] [ warn] [engine] failed to flush chunk \'%d-%d.%d.flb\', retry in %d seconds: task_id=%d, input=tail.0 > output=es.0 (out_id=0)' % (
            t.strftime('%Y/%m/%d %H:%M:%S'), R.randint(1, 9), int(D6N()), R.randint(100000000, 999999999), R.randint(5, 60), R.randint(0, 40))

    def n_fd_ids():
        rec = {'log': 'level=info msg="refund processed" refund_id=%s order_status=%s elapsed=1.%ss\n' % (D6(), D6(), D6()), 'stream': 'stdout'}
        return [], '%s docker.refunds: %s' % (fd_ts(), J(rec))

    def n_fb_pid():
        return [], fb(R.randint(0, 4), [('pid', D6N()), ('host', '"pay-node-03"'), ('exit_code', D6N()), ('msg', '"worker restarted"')])

    build('fluent_forwarded', 'Fluent Bit stdout (msgpack "[n] tag: [ts, {k=>v}]" and json_lines) and Fluentd stdout "time tag: {record}", incl. Docker json-file records',
          50, 0.42,
          [p_fb_raw, p_fd_docker, p_fd_double, p_fb_jsonlines, p_fd_error_event, p_noncat, p_fb_ruby_inner],
          [n_fb_cpu, n_fb_log, n_fd_flush, n_fd_access, n_fb_internal, n_fd_ids, n_fb_pid])


def shape_journald_short():
    clk = Clock(datetime.datetime(2024, 5, 7, 0, 0, 0))
    HOST = 'pay-node-03'

    def ts():
        return clk.tick().strftime('%Y-%m-%dT%H:%M:%S+0000')

    def j(ident, pid, m):
        return '%s %s %s[%s]: %s' % (ts(), HOST, ident, pid, m)

    def pid():
        return str(R.randint(300, 99999))

    def p_logfmt():
        c = CS()
        k = R.choice(['upstream_code', 'err_code', 'biz_code', 'resp_code'])
        return [c], j('payoutd', pid(), 'level=error msg="partner call failed" %s=%s payout=%s' % (k, val(c), b62(10)))

    def p_logfmt_quoted_body():
        c = C()
        return [c], j('payoutd', pid(), 'level=warn msg="non-2xx from partner" status=400 resp_body="{\\"code\\":\\"%s\\",\\"msg\\":\\"%s\\"}"'
                      % (c, msg(c).replace('"', '')))

    def p_msg():
        c = CM()
        return [c], j('kyc-sync', pid(), 'sync failed for customer %s: %s (%s)' % (uuid(), msg(c), c))

    def p_python():
        c = C()
        return [c], j('settle.py', pid(), 'ERROR:settle:batch %s failed: failed with error %s' % (hexs(6), c))

    def p_noncat():
        nc = NC()
        return [nc], j('issuer-gw', pid(), 'W0507 %02d:%02d:%02d.%06d %s client.go:%d] issuer replied code=%s' % (
            clk.t.hour, clk.t.minute, clk.t.second, clk.t.microsecond, pid(), R.randint(40, 400), nc))

    def p_go_struct():
        c = CS()
        return [c], j('fx-quoter', pid(), '%s quote refresh failed: &{Code:%s Msg:%s}' % (clk.t.strftime('%Y/%m/%d %H:%M:%S'), short(c), msg(c)))

    def p_status_colon():
        c = C()
        return [c], j('walletd', pid(), 'withdraw %s -> status: %s' % (hexs(10), c))

    def n_systemd_exit():
        return [], j('systemd', '1', 'payoutd.service: Main process exited, code=exited, status=%s' % R.choice(['1/FAILURE', '2/INVALIDARGUMENT', '203/EXEC', '217/USER']))

    def n_systemd_failed():
        return [], j('systemd', '1', "payoutd.service: Failed with result 'exit-code'.")

    def n_sshd():
        return [], j('sshd', pid(), 'Accepted publickey for deploy from %s port %s ssh2: ED25519 SHA256:%s' % (ip(), D5(), b62(43)))

    def n_kernel():
        return [], '%s %s kernel: [%s.%s] payoutd[%s]: segfault at 0 ip %s sp %s error 4 in libc.so.6[%s+%s]' % (
            ts(), HOST, D6N(), D6(), pid(), hexs(12), hexs(12), hexs(12), hexs(5))

    def n_bracket_pid():
        return [], j('payoutd', D6N(), 'level=info msg="batch settled" count=%s amount=%s.00' % (D5(), D6N()))

    def n_cron():
        return [], j('CRON', pid(), '(root) CMD (/usr/local/bin/reconcile --since 24h --limit %s)' % D6N())

    def n_oom():
        return [], '%s %s kernel: Out of memory: Killed process %s (payoutd) total-vm:%skB, anon-rss:%skB, file-rss:0kB' % (
            ts(), HOST, D6N(), D6N(), D6N())

    def n_status_count():
        return [], j('reconcile', pid(), 'status: %s records matched, %d unmatched' % (D6N(), R.randint(0, 90)))

    def n_exitcode():
        return [], j('payoutd', pid(), 'helper exited: exit code=%s' % D6N())

    build('journald_short_iso', 'journalctl -o short-iso lines (systemd, kernel, sshd, services logging logfmt/glog/Go/Python)',
          50, 0.40,
          [p_logfmt, p_logfmt_quoted_body, p_msg, p_python, p_noncat, p_go_struct, p_status_colon],
          [n_systemd_exit, n_systemd_failed, n_sshd, n_kernel, n_bracket_pid, n_cron, n_oom, n_status_count, n_exitcode])


def shape_journald_json():
    clk = Clock(datetime.datetime(2024, 5, 7, 6, 0, 0))
    BOOT = hexs(32)
    MID = hexs(32)

    def entry(fields, message, prio='6'):
        t = clk.tick()
        rt = int(t.replace(tzinfo=datetime.timezone.utc).timestamp() * 1e6)
        o = {'__CURSOR': 's=%s;i=%x;b=%s;m=%x;t=%x;x=%s' % (hexs(32), R.randint(1, 10**6), BOOT, R.randint(1, 10**10), rt, hexs(16)),
             '__REALTIME_TIMESTAMP': str(rt), '__MONOTONIC_TIMESTAMP': str(R.randint(10**9, 10**11)), '_BOOT_ID': BOOT,
             'PRIORITY': prio, '_MACHINE_ID': MID, '_HOSTNAME': 'pay-node-03'}
        o.update(fields)
        o['MESSAGE'] = message
        return J(o)

    def svc(comm, pid=None):
        p = pid or str(R.randint(300, 99999))
        return {'SYSLOG_FACILITY': '3', 'SYSLOG_IDENTIFIER': comm, '_PID': p, '_UID': '998', '_GID': '998', '_COMM': comm,
                '_EXE': '/usr/local/bin/' + comm, '_SYSTEMD_UNIT': comm + '.service', '_TRANSPORT': 'stdout'}

    def p_msg_json():
        c = CM()
        inner = J({'code': c, 'msg': msg(c)})
        return [c], entry(svc('payoutd'), 'payout %s rejected: %s' % (b62(10), inner), '3')

    def p_msg_logfmt():
        c = CS()
        k = R.choice(['errCode', 'error_code', 'retcode', 'bizCode'])
        return [c], entry(svc('walletd'), 'level=error component=withdraw %s=%s txid=0x%s' % (k, val(c), hexs(40)), '3')

    def p_structured_field():
        c = C()
        f = svc('payoutd')
        f['CODE_FILE'] = 'src/partner.rs'
        f['CODE_LINE'] = str(R.randint(20, 900))
        f['CODE_FUNC'] = 'submit'
        f['ERROR_CODE'] = c
        f['_TRANSPORT'] = 'journal'
        return [c], entry(f, 'partner call failed', '3')

    def p_msg_phrase():
        c = C()
        return [c], entry(svc('kyc-sync'), 'kyc fetch failed: upstream error %s' % c, '3')

    def p_noncat():
        nc = NC()
        return [nc], entry(svc('issuer-gw'), 'issuer replied with status %s' % nc, '4')

    def p_two_same():
        c = C()
        return [c, c], entry(svc('fx-quoter'), 'quote failed code=%s; retry failed code=%s' % (c, c), '3')

    def n_exit():
        f = {'SYSLOG_FACILITY': '3', 'SYSLOG_IDENTIFIER': 'systemd', '_PID': '1', '_COMM': 'systemd', 'UNIT': 'payoutd.service',
             'EXIT_CODE': 'exited', 'EXIT_STATUS': R.choice(['1', '2', '203']), 'CODE_FILE': 'src/core/service.c', 'CODE_LINE': str(R.randint(3000, 4000)),
             'CODE_FUNC': 'service_sigchld_event', 'MESSAGE_ID': '98e322203f7a4ed290d09fe03c09fe15', 'INVOCATION_ID': hexs(32), '_TRANSPORT': 'journal'}
        return [], entry(f, 'payoutd.service: Main process exited, code=exited, status=%s/FAILURE' % f['EXIT_STATUS'], '5')

    def n_info():
        return [], entry(svc('payoutd', D6N()), 'settled batch %s: %s payouts, total %s.00 HKD' % (hexs(8), D5(), D6N()))

    def n_errno():
        f = svc('payoutd')
        f['ERRNO'] = '111'
        f['_TRANSPORT'] = 'journal'
        return [], entry(f, 'connect to reap-gw.internal:%s failed: Connection refused' % D5(), '3')

    def n_audit():
        return [], entry({'_TRANSPORT': 'audit', '_AUDIT_TYPE': '1105', '_AUDIT_ID': D6N(), '_AUDIT_SESSION': str(R.randint(1, 900)),
                          'SYSLOG_FACILITY': '4'}, 'USER_END pid=%s uid=0 auid=1000 ses=%d msg=\'op=PAM:session_close acct="deploy" exe="/usr/sbin/sshd" res=success\'' % (
            D6N(), R.randint(1, 900)))

    def n_coredump():
        f = {'SYSLOG_IDENTIFIER': 'systemd-coredump', 'COREDUMP_PID': D6N(), 'COREDUMP_SIGNAL': '11', 'COREDUMP_EXE': '/usr/local/bin/payoutd',
             'MESSAGE_ID': 'fc2e22bc6ee647b6b90729ab34a250b1'}
        return [], entry(f, 'Process %s (payoutd) of user 998 dumped core.' % f['COREDUMP_PID'], '2')

    def n_monotonic():
        return [], entry(svc('walletd'), 'gas estimate %s gwei for withdraw %s' % (D6N(), hexs(10)))

    build('journald_json', 'journalctl -o json entries (trusted fields, CODE_FILE/CODE_LINE, EXIT_STATUS, MESSAGE)',
          42, 0.43,
          [p_msg_json, p_msg_logfmt, p_structured_field, p_msg_phrase, p_noncat, p_two_same],
          [n_exit, n_info, n_errno, n_audit, n_coredump, n_monotonic])


def shape_haproxy():
    clk = Clock(datetime.datetime(2024, 5, 8, 9, 0, 0))

    def sys_ts():
        t = clk.tick(0.01, 3)
        return en(t, '%b %e %H:%M:%S')

    def acc_ts():
        t = clk.t
        return en(t, '%d/%b/%Y:%H:%M:%S.') + '%03d' % (t.microsecond // 1000)

    def head():
        return '%s lb-01 haproxy[%d]:' % (sys_ts(), R.randint(1000, 40000))

    def timers(big=False):
        tr = R.randint(0, 5)
        tc = R.randint(0, 3)
        tr2 = int(D6N()) if big else R.randint(5, 900)
        return '%d/0/%d/%d/%d' % (tr, tc, tr2, tr + tc + tr2 + R.randint(0, 3))

    def req():
        return '"%s %s HTTP/1.1"' % (R.choice(['POST', 'GET', 'PUT']), R.choice(PATHS))

    def base(status, hdrs=True, big=False, reqhdr=None, reshdr=None):
        s = '%s %s:%s [%s] fe_https~ be_payments/pay-0%d %s %d %d - - ---- %d/%d/%d/%d/0 0/0' % (
            head(), ip(), eport(), acc_ts(), R.randint(1, 4), timers(big), status, R.randint(120, 4000),
            R.randint(1, 900), R.randint(1, 900), R.randint(0, 90), R.randint(0, 20))
        if hdrs:
            s += ' {%s} {%s}' % (reqhdr or 'api.example.com|%s' % R.choice(UAS), reshdr or 'application/json')
        return s

    def p_custom_fmt():
        c = C()
        k = R.choice(['biz_code', 'res_code', 'x_result_code', 'upstream_code'])
        return [c], '%s %s %s=%s req_id=%s' % (base(R.choice([200, 400, 422])), req(), k, c, uuid())

    def p_custom_fmt_short():
        c = CS()
        return [c], '%s %s resp_code=%s' % (base(R.choice([400, 409])), req(), short(c))

    def p_custom_quoted():
        c = C()
        return [c], '%s %s x-biz-code="%s" x-request-id="%s"' % (base(R.choice([400, 500]), hdrs=False), req(), c, uuid())

    def p_noncat():
        nc = NC()
        return [nc], '%s %s biz_code=%s' % (base(402), req(), nc)

    def p_two():
        a, b = C(), C()
        return [a, b], '%s %s err_code=%s upstream_code=%s' % (base(R.choice([502, 400])), req(), a, b)

    def p_http_error_body():
        c = CM()
        # "option httplog" plus a lua-captured body excerpt
        return [c], '%s %s body="%s - %s"' % (base(400), req(), c, msgcut(c))

    def n_plain():
        return [], '%s %s' % (base(R.choice([200, 201, 204, 400, 404, 502]), big=R.random() < 0.4), req())

    def n_captured_resp():
        return [], '%s %s' % (base(400, reshdr='application/json|%s' % D6()), req())

    def n_captured_req():
        return [], '%s %s' % (base(200, reqhdr='api.example.com|%s|%s' % (R.choice(UAS), D6N())), req())

    def n_server_down():
        return [], '%s Server be_payments/pay-0%d is DOWN, reason: Layer7 wrong status, code: %d, info: "Service Unavailable", check duration: %dms. %d active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.' % (
            head(), R.randint(1, 4), R.choice([500, 502, 503]), R.randint(1, 90), R.randint(0, 3))

    def n_query():
        return [], '%s "GET /v1/oauth/callback?code=%s&state=%s HTTP/1.1"' % (base(302), D6(), hexs(10))

    def n_xerror():
        return [], '%s %s x-error: %s' % (base(500, hdrs=False), req(), D6())

    def n_conn():
        return [], '%s Connect from %s:%s to %s:443 (fe_https/HTTP)' % (head(), ip(), D5(), ip())

    def n_proxy_stopped():
        return [], '%s Proxy fe_https stopped (cumulated conns: FE: %s, BE: 0).' % (head(), D6N())

    build('haproxy_http', 'HAProxy "option httplog" lines via syslog with captured request/response headers {..|..}, plus custom log-format fields',
          50, 0.40,
          [p_custom_fmt, p_custom_fmt_short, p_custom_quoted, p_noncat, p_two, p_http_error_body],
          [n_plain, n_captured_resp, n_captured_req, n_server_down, n_query, n_xerror, n_conn, n_proxy_stopped])


def shape_apache_error():
    clk = Clock(datetime.datetime(2024, 5, 8, 14, 0, 0))

    def ts():
        t = clk.tick()
        return en(t, '%a %b %d %H:%M:%S.') + '%06d %d' % (t.microsecond, t.year)

    def pidtid():
        return 'pid %d:tid %d' % (R.randint(1000, 99999), R.randint(139000000000000, 140999999999999))

    def cl():
        return 'client %s:%s' % (ip(), eport())

    def p_php_uncaught():
        c = CM()
        return [c], ("[%s] [proxy_fcgi:error] [%s] [%s] AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught PaymentException: %s %s "
                     "in /var/www/pay/src/Gateway/Client.php:%d'" % (ts(), pidtid(), cl(), c, msgcut(c), R.randint(40, 500)))

    def p_php_kv():
        c = CS()
        return [c], ("[%s] [php:warn] [%s] [%s] PHP Warning:  partner rejected payout, code=%s in /var/www/pay/src/Payout.php on line %d"
                     % (ts(), pidtid(), cl(), val(c), R.randint(20, 400)))

    def p_php_json():
        c = C()
        k = R.choice(['errCode', 'retCode', 'code', 'resultCode'])
        return [c], ("[%s] [proxy_fcgi:error] [%s] [%s] AH01071: Got error 'PHP message: upstream response {\"%s\":\"%s\",\"msg\":\"failed\"}'"
                     % (ts(), pidtid(), cl(), k, c))

    def p_modsec():
        c = C()
        return [c], ("[%s] [lua:error] [%s] [%s] pay_filter.lua: backend replied error code %s for %s"
                     % (ts(), pidtid(), cl(), c, R.choice(PATHS)))

    def p_noncat():
        nc = NC()
        return [nc], ("[%s] [php:error] [%s] [%s] PHP Notice:  issuer replied status=%s in /var/www/pay/src/Issuer.php on line %d"
                      % (ts(), pidtid(), cl(), nc, R.randint(20, 400)))

    def p_msg_before():
        c = R.choice(['500000', '503000', '401000', '403000', '404000']) if R.random() < 0.4 else CM()
        return [c], ("[%s] [proxy_fcgi:error] [%s] [%s] AH01071: Got error 'PHP message: API call failed: %s (%s)'"
                     % (ts(), pidtid(), cl(), msg(c), c))

    def n_apr():
        code, text = R.choice([('70007', 'The timeout specified has expired'), ('104', 'Connection reset by peer'), ('111', 'Connection refused'),
                               ('70008', 'Partial results are valid but processing is incomplete'), ('32', 'Broken pipe')])
        return [], '[%s] [proxy:error] [%s] (%s)%s: [%s] AH00957: http: attempt to connect to %s:8080 (pay-backend) failed' % (
            ts(), pidtid(), code, text, cl(), ip())

    def n_ssl():
        return [], '[%s] [ssl:info] [%s] [%s] AH01964: Connection to child %d established (server pay.example.com:443)' % (ts(), pidtid(), cl(), R.randint(1, 300))

    def n_mpm():
        return [], '[%s] [mpm_event:notice] [pid %d:tid %d] AH00489: Apache/2.4.59 (Debian) OpenSSL/3.0.11 configured -- resuming normal operations' % (
            ts(), R.randint(1000, 99999), R.randint(139000000000000, 140999999999999))

    def n_timeout():
        return [], '[%s] [proxy_http:error] [%s] (70007)The timeout specified has expired: [%s] AH01102: error reading status line from remote server pay-backend:8080' % (
            ts(), pidtid(), cl())

    def n_php_amount():
        return [], '[%s] [php:notice] [%s] [%s] PHP Notice:  payout %s settled amount=%s.00 in /var/www/pay/src/Payout.php on line %d' % (
            ts(), pidtid(), cl(), D6(), D6N(), R.randint(20, 400))

    def n_limit():
        return [], '[%s] [core:error] [%s] [%s] AH00126: Invalid URI in request GET /v1/pay/return?resultCode=%s&orderNo=%s HTTP/1.1' % (
            ts(), pidtid(), cl(), D6(), hexs(10))

    def n_reqtimeout():
        return [], '[%s] [reqtimeout:info] [%s] [%s] AH01382: Request header read timeout' % (ts(), pidtid(), cl())

    def n_mem():
        return [], '[%s] [php:error] [%s] [%s] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate %s bytes) in /var/www/pay/vendor/guzzle/src/Stream.php on line %d' % (
            ts(), pidtid(), cl(), D6N(), R.randint(20, 400))

    build('apache_error', 'Apache httpd 2.4 error_log lines ([time] [module:level] [pid:tid] [client] AHnnnnn: ...), PHP-FPM messages',
          46, 0.40,
          [p_php_uncaught, p_php_kv, p_php_json, p_modsec, p_noncat, p_msg_before],
          [n_apr, n_ssl, n_mpm, n_timeout, n_php_amount, n_limit, n_reqtimeout, n_mem])


def shape_apache_access():
    clk = Clock(datetime.datetime(2024, 5, 8, 18, 0, 0))

    def ts():
        return en(clk.tick(0.01, 4), '[%d/%b/%Y:%H:%M:%S +0000]')

    def common(method, path, status, size):
        return '%s - - %s "%s %s HTTP/1.1" %s %s "-" "%s"' % (ip(), ts(), method, path, status, size, R.choice(UAS))

    def p_bizcode():
        c = C()
        k = R.choice(['biz_code', 'result_code', 'x_biz_code', 'resCode'])
        return [c], '%s %d rid=%s %s=%s' % (common('POST', R.choice(PATHS), R.choice([200, 400, 422]), R.randint(80, 900)), R.randint(900, 900000), hexs(16), k, c)

    def p_short():
        c = CS()
        return [c], '%s %d rid=%s app_code=%s' % (common('POST', R.choice(PATHS), 400, R.randint(80, 900)), R.randint(900, 900000), hexs(16), short(c))

    def p_quoted_hdr():
        c = C()
        return [c], '%s "x-result-code: %s" %dus' % (common('PUT', R.choice(PATHS), 409, R.randint(80, 900)), c, R.randint(900, 900000))

    def p_noncat():
        nc = NC()
        return [nc], '%s %d rid=%s biz_code=%s' % (common('POST', '/v1/cards/issue', 402, R.randint(80, 900)), R.randint(900, 900000), hexs(16), nc)

    def p_ltsv():
        c = CS()
        return [c], 'time:%s\thost:%s\tmethod:POST\turi:%s\tstatus:400\tsize:%d\treqtime_microsec:%s\tapi_code:%s'.replace('\t', ' ') % (
            ts(), ip(), R.choice(PATHS), R.randint(80, 900), D6N(), val(c))

    def p_json_custom():
        c = C()
        o = {'time': ts()[1:-1], 'remote': ip(), 'request': 'POST %s HTTP/1.1' % R.choice(PATHS), 'status': 400, 'bytes': R.randint(80, 900),
             'duration_us': int(D6N()), 'resp_code': c}
        return [c], J(o)

    def n_plain():
        return [], '%s %s' % (common(R.choice(['GET', 'POST']), R.choice(PATHS), R.choice([200, 201, 304, 400, 404]), R.choice([str(R.randint(80, 9000)), D6N(), '-'])), D6N())

    def n_callback():
        return [], '%s %d' % (common('GET', '/v1/oauth/callback?code=%s&state=%s' % (D6(), hexs(8)), 302, '-'), R.randint(900, 900000))

    def n_status_query():
        return [], '%s %d' % (common('GET', '/v1/pay/return?status=%s&errCode=%s&orderNo=%s' % (D6(), D6(), hexs(10)), 302, '-'), R.randint(900, 900000))

    def n_vhost():
        return [], 'pay.example.com:443 %s %d' % (common('GET', '/healthz', 200, 2), R.randint(100, 9000))

    def n_ids():
        return [], '%s %d rid=%s payout_id=%s amount=%s.00' % (common('POST', '/v1/payouts', 201, R.randint(80, 900)), R.randint(900, 900000), hexs(16), D6(), D6N())

    def n_biz_none():
        return [], '%s %d rid=%s biz_code=-' % (common('GET', R.choice(PATHS), 200, R.randint(80, 900)), int(D6N()), hexs(16))

    def n_ltsv():
        return [], 'time:%s host:%s method:GET uri:%s status:200 size:%d reqtime_microsec:%s' % (ts(), ip(), R.choice(PATHS), R.randint(80, 900), D6N())

    build('apache_access', 'Apache httpd access_log: combined format with %D and custom trailing fields (LogFormat ... biz_code=%{X-Biz-Code}o), LTSV and JSON LogFormats',
          46, 0.41,
          [p_bizcode, p_short, p_quoted_hdr, p_noncat, p_ltsv, p_json_custom],
          [n_plain, n_callback, n_status_query, n_vhost, n_ids, n_biz_none, n_ltsv])


def shape_traefik():
    clk = Clock(datetime.datetime(2024, 5, 9, 2, 0, 0))

    def ts():
        t = clk.tick(0.01, 3)
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%06d%03dZ' % (t.microsecond, R.randint(0, 999))

    def base(status, method=None, path=None):
        cip = ip()
        cport = eport()
        dur = R.randint(800000, 900000000)
        od = dur - R.randint(10000, 700000)
        if od < 0:
            od = dur // 2
        o = {'ClientAddr': '%s:%s' % (cip, cport), 'ClientHost': cip, 'ClientPort': cport, 'ClientUsername': '-',
             'DownstreamContentSize': R.randint(60, 3000), 'DownstreamStatus': status, 'Duration': dur, 'OriginContentSize': R.randint(60, 3000),
             'OriginDuration': od, 'OriginStatus': status, 'Overhead': dur - od, 'RequestAddr': 'api.example.com', 'RequestContentSize': R.randint(0, 900),
             'RequestCount': R.randint(1, 900000), 'RequestHost': 'api.example.com', 'RequestMethod': method or R.choice(['POST', 'GET']),
             'RequestPath': path or R.choice(PATHS), 'RequestPort': '-', 'RequestProtocol': 'HTTP/1.1', 'RequestScheme': 'https', 'RetryAttempts': 0,
             'RouterName': 'payments@docker', 'ServiceAddr': '%s:8080' % ip(), 'ServiceName': 'payments@docker',
             'ServiceURL': 'http://%s:8080' % ip(), 'StartLocal': ts(), 'StartUTC': clk.t.strftime('%Y-%m-%dT%H:%M:%S.%fZ'),
             'entryPointName': 'websecure', 'level': 'info', 'msg': '', 'time': clk.t.strftime('%Y-%m-%dT%H:%M:%SZ')}
        return o

    def with_headers(o, hdrs):
        out = {}
        for k, v in o.items():
            out[k] = v
            if k == 'ServiceURL':
                out.update(hdrs)
        return J(out)

    def p_downstream():
        c = C()
        h = R.choice(['X-Biz-Code', 'X-Result-Code', 'X-Error-Code', 'X-Api-Code'])
        return [c], with_headers(base(R.choice([200, 400, 422])), {'downstream_Content-Type': 'application/json', 'downstream_%s' % h: c,
                                                                   'request_User-Agent': R.choice(UAS)})

    def p_downstream_short():
        c = CS()
        return [c], with_headers(base(400), {'downstream_Content-Type': 'application/json', 'downstream_X-Ret-Code': short(c)})

    def p_both():
        c = C()
        h = R.choice(['X-Biz-Code', 'X-Result-Code'])
        # origin_ is not a status qualifier: only the downstream_ copy is a status key
        return [c], with_headers(base(400), {'origin_%s' % h: c, 'downstream_%s' % h: c})

    def p_noncat():
        nc = NC()
        return [nc], with_headers(base(402), {'downstream_X-Upstream-Status': nc})

    def p_app_log():
        c = C()
        return [c], J({'level': 'error', 'error': 'plugin payauth: backend replied {"code":"%s"}' % c, 'entryPointName': 'websecure',
                       'routerName': 'payments@docker', 'time': clk.tick().strftime('%Y-%m-%dT%H:%M:%SZ'), 'message': 'Error while authenticating'})

    def p_two():
        a, b = C(), C()
        return [a, b], with_headers(base(502), {'downstream_X-Error-Code': a, 'downstream_X-Upstream-Code': b})

    def n_plain():
        return [], J(base(R.choice([200, 201, 204, 400, 404, 502])))

    def n_reqcount():
        o = base(200)
        o['RequestCount'] = int(D6N())
        o['Duration'] = int(D6N())
        return [], J(o)

    def n_origin_only():
        return [], with_headers(base(400), {'origin_X-Biz-Code': D6(), 'downstream_Content-Type': 'application/json'})

    def n_req_header():
        return [], with_headers(base(200), {'request_X-Client-Code': D6(), 'request_X-Merchant-Id': D6N()})

    def n_callback():
        return [], J(base(302, 'GET', '/v1/oauth/callback?code=%s&state=%s' % (D6(), hexs(10))))

    def n_status_zero_retry():
        o = base(503)
        o['RetryAttempts'] = R.randint(1, 3)
        o['OriginContentSize'] = int(D6N())
        return [], J(o)

    def n_traefik_log():
        return [], J({'level': 'warn', 'msg': 'Health check failed.', 'providerName': 'docker', 'serviceName': 'payments@docker',
                      'targetURL': 'http://%s:%s/healthz' % (ip(), D5()), 'time': clk.tick().strftime('%Y-%m-%dT%H:%M:%SZ'), 'error': 'HTTP status code 503'})

    build('traefik_json', 'Traefik JSON access log (Downstream/Origin fields, request_/origin_/downstream_ header fields) and Traefik JSON app log',
          46, 0.41,
          [p_downstream, p_downstream_short, p_both, p_noncat, p_app_log, p_two],
          [n_plain, n_reqcount, n_origin_only, n_req_header, n_callback, n_status_zero_retry, n_traefik_log])


def shape_kong():
    clk = Clock(datetime.datetime(2024, 5, 9, 8, 0, 0))

    def started():
        t = clk.tick(0.01, 3)
        return int(t.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)

    def log(status, resp_headers, req_uri=None, upstream_status=None):
        up = R.randint(5, 900)
        o = {'request': {'method': R.choice(['POST', 'GET']), 'uri': req_uri or R.choice(PATHS), 'url': 'https://api.example.com:8443' + (req_uri or R.choice(PATHS)),
                         'size': R.randint(200, 2000), 'querystring': {}, 'headers': {'host': 'api.example.com', 'user-agent': R.choice(UAS),
                                                                                      'x-request-id': uuid()}},
             'upstream_uri': '/internal' + R.choice(PATHS), 'upstream_status': str(upstream_status or status),
             'response': {'status': status, 'size': R.randint(200, 3000), 'headers': resp_headers},
             'tries': [{'balancer_latency': 0, 'port': 8080, 'balancer_start': started(), 'ip': ip()}],
             'latencies': {'kong': R.randint(0, 9), 'proxy': up, 'request': up + R.randint(1, 20)},
             'client_ip': ip(), 'started_at': started(), 'service': {'name': 'payments', 'host': 'payments.prod.svc', 'port': 8080, 'protocol': 'http'},
             'route': {'name': 'payments-v1', 'paths': ['/v1']}, 'workspace': uuid()}
        return J(o)

    def ch(extra):
        h = {'content-type': 'application/json', 'x-kong-upstream-latency': str(R.randint(5, 900)), 'x-kong-proxy-latency': str(R.randint(0, 9))}
        h.update(extra)
        return h

    def p_header():
        c = C()
        h = R.choice(['x-biz-code', 'x-result-code', 'x-ret-code', 'x-error-code', 'x-api-code'])
        return [c], log(R.choice([200, 400, 422]), ch({h: c}))

    def p_header_short():
        c = CS()
        return [c], log(400, ch({'x-biz-code': short(c)}))

    def p_header_list():
        a, b = C(), C()
        return [a, b], log(400, ch({'x-error-codes': [a, b]}))

    def p_error_log():
        c = CM()
        return [c], ('%s [error] %d#0: *%s [kong] handler.lua:%d [pay-auth] upstream replied %s - %s, client: %s, server: kong, request: "POST %s HTTP/1.1", host: "api.example.com"'
                     % (clk.tick().strftime('%Y/%m/%d %H:%M:%S'), R.randint(1000, 9999), R.randint(1000, 9000000), R.randint(20, 300), c, msgcut(c), ip(), R.choice(PATHS)))

    def p_noncat():
        nc = NC()
        return [nc], log(402, ch({'x-upstream-status': nc}))

    def p_plugin_log():
        c = C()
        return [c], ('%s [warn] %d#0: *%d [kong] handler.lua:%d [http-log] body_filter: response body {"code":"%s","msg":"rejected"}, client: %s'
                     % (clk.tick().strftime('%Y/%m/%d %H:%M:%S'), R.randint(1000, 9999), R.randint(1000, 9000000), R.randint(20, 300), c, ip()))

    def n_plain():
        return [], log(R.choice([200, 201, 204, 404]), ch({}))

    def n_ratelimit():
        return [], log(429, ch({'x-ratelimit-limit-minute': '600', 'x-ratelimit-remaining-minute': '0', 'retry-after': str(R.randint(1, 59))}))

    def n_timeout():
        return [], ('%s [error] %d#0: *%s upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: kong, request: "POST %s HTTP/1.1", upstream: "http://%s:8080%s", host: "api.example.com"'
                    % (clk.tick().strftime('%Y/%m/%d %H:%M:%S'), R.randint(1000, 9999), D6N(), ip(), R.choice(PATHS), ip(), R.choice(PATHS)))

    def n_query():
        return [], log(302, ch({'location': 'https://merchant.example.com/return?code=%s&state=%s' % (D6(), hexs(8))}), req_uri='/v1/oauth/authorize?client_id=%s' % hexs(12))

    def n_xerror():
        return [], log(500, ch({'x-error': D6(), 'x-error-id': D6N()}))

    def n_ids():
        return [], log(201, ch({'x-payout-id': D6(), 'content-length': D6N()}))

    def n_upstream_status_http():
        return [], log(502, ch({}), upstream_status=R.choice([502, 503, 504]))

    build('kong_gateway', 'Kong Gateway file-log/http-log JSON records (request/response/latencies/upstream_status) and Kong nginx error.log lines',
          46, 0.41,
          [p_header, p_header_short, p_header_list, p_error_log, p_noncat, p_plugin_log],
          [n_plain, n_ratelimit, n_timeout, n_query, n_xerror, n_ids, n_upstream_status_http])


def shape_istio():
    clk = Clock(datetime.datetime(2024, 5, 9, 15, 0, 0))

    def ts():
        t = clk.tick(0.01, 3)
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

    def text(code, flags, details, brx, btx, dur, extra=''):
        up = ip()
        s = ('[%s] "%s %s HTTP/1.1" %d %s %s - "-" %s %s %s %s "%s" "%s" "%s" "api.example.com" "%s:8080" outbound|8080||payouts.prod.svc.cluster.local %s:%s %s:8080 %s:%s - default'
             % (ts(), R.choice(['POST', 'GET']), R.choice(PATHS), code, flags, details, brx, btx, dur, R.randint(1, 900) if code else '-',
                ip(), R.choice(UAS), uuid(), up, ip(), eport(), up, ip(), eport()))
        return s + extra

    def js(code, extra):
        o = {'authority': 'api.example.com', 'bytes_received': R.randint(0, 3000), 'bytes_sent': R.randint(0, 3000),
             'downstream_local_address': '%s:8080' % ip(), 'downstream_remote_address': '%s:%s' % (ip(), eport()), 'duration': R.randint(1, 3000),
             'method': R.choice(['POST', 'GET']), 'path': R.choice(PATHS), 'protocol': 'HTTP/1.1', 'request_id': uuid(),
             'requested_server_name': 'outbound_.8080_._.payouts.prod.svc.cluster.local', 'response_code': code,
             'response_flags': '-', 'route_name': 'default', 'start_time': ts(), 'upstream_cluster': 'outbound|8080||payouts.prod.svc.cluster.local',
             'upstream_host': '%s:8080' % ip(), 'upstream_local_address': '%s:%s' % (ip(), eport()), 'upstream_service_time': str(R.randint(1, 900)),
             'upstream_transport_failure_reason': None, 'user_agent': R.choice(UAS), 'x_forwarded_for': ip()}
        o.update(extra)
        return J(o)

    def p_text_custom():
        c = C()
        return [c], text(R.choice([200, 400]), '-', 'via_upstream', R.randint(100, 2000), R.randint(100, 2000), R.randint(3, 900), ' biz_code=%s' % c)

    def p_json_header():
        c = C()
        k = R.choice(['x_biz_code', 'upstream_biz_code', 'x_result_code', 'resp_biz_code'])
        return [c], js(R.choice([200, 400, 422]), {k: c})

    def p_json_short():
        c = CS()
        return [c], js(400, {'x_ret_code': short(c)})

    def p_noncat():
        nc = NC()
        return [nc], js(402, {'x_biz_code': nc})

    def p_json_body():
        c = CS()
        return [c], js(400, {'resp_body': J({'errCode': val(c), 'errMsg': msg(c)})})

    def p_envoy_app():
        c = CM()
        return [c], ('%s\twarn\tenvoy wasm\twasm log payments-filter: upstream rejected: [%s] %s' % (ts(), c, msgcut(c))).replace('\t', ' ')

    def n_text_default():
        return [], text(R.choice([200, 201, 400, 404, 503]), R.choice(['-', 'UF', 'URX', 'UC']), R.choice(['via_upstream', 'upstream_reset_before_response_started{connection_failure}']),
                        R.choice([R.randint(0, 3000), D6N()]), R.choice([R.randint(0, 3000), D6N()]), R.randint(1, 3000))

    def n_text_custom_dash():
        return [], text(200, '-', 'via_upstream', R.randint(100, 2000), D6N(), R.randint(3, 900), ' biz_code=-')

    def n_json_plain():
        return [], js(R.choice([200, 201, 503]), {'bytes_sent': int(D6N())})

    def n_json_query():
        o = {'path': '/v1/oauth/callback?code=%s&state=%s' % (D6(), hexs(10))}
        return [], js(302, o)

    def n_json_grpc():
        return [], js(200, {'grpc_status': R.choice(['-', 'OK']), 'x_client_code': D6(), 'x_request_count': D6N()})

    def n_pilot():
        return [], '%s info ads XDS: Pushing Services:%d ConnectedEndpoints:%d Version:%s-%s' % (ts(), R.randint(10, 400), R.randint(1, 90), clk.t.strftime('%Y-%m-%dT%H:%M:%SZ'), D6N())

    build('istio_envoy', 'Istio/Envoy sidecar access logs: default TEXT format (with an appended custom biz_code field) and JSON encoding with custom header fields',
          44, 0.41,
          [p_text_custom, p_json_header, p_json_short, p_noncat, p_json_body, p_envoy_app],
          [n_text_default, n_text_custom_dash, n_json_plain, n_json_query, n_json_grpc, n_pilot])


def shape_caddy():
    clk = Clock(datetime.datetime(2024, 5, 10, 1, 0, 0))

    def ts():
        t = clk.tick(0.01, 3)
        return round(t.replace(tzinfo=datetime.timezone.utc).timestamp() + R.randint(0, 999) / 1e7, 7)

    def reqobj(uri=None):
        return {'remote_ip': ip(), 'remote_port': eport(), 'client_ip': ip(), 'proto': 'HTTP/2.0', 'method': R.choice(['POST', 'GET']),
                'host': 'api.example.com', 'uri': uri or R.choice(PATHS),
                'headers': {'User-Agent': [R.choice(UAS)], 'Accept': ['application/json'], 'Content-Type': ['application/json']},
                'tls': {'resumed': False, 'version': 772, 'cipher_suite': 4865, 'proto': 'h2', 'server_name': 'api.example.com'}}

    def access(status, resp_headers, uri=None, size=None, level='info'):
        o = {'level': level, 'ts': ts(), 'logger': 'http.log.access.log0', 'msg': 'handled request', 'request': reqobj(uri),
             'bytes_read': R.randint(0, 2000), 'user_id': '', 'duration': round(R.uniform(0.0005, 2.5), 9), 'size': size if size is not None else R.randint(60, 3000),
             'status': status, 'resp_headers': resp_headers}
        return J(o)

    def rh(extra):
        h = {'Server': ['Caddy'], 'Alt-Svc': ['h3=":443"; ma=2592000'], 'Content-Type': ['application/json'], 'Date': [en(clk.t, '%a, %d %b %Y %H:%M:%S GMT')]}
        h.update(extra)
        return h

    def p_hdr():
        c = C()
        h = R.choice(['X-Biz-Code', 'X-Result-Code', 'X-Error-Code', 'X-Resp-Code'])
        return [c], access(R.choice([200, 400, 422]), rh({h: [c]}), level=R.choice(['info', 'error']))

    def p_hdr_short():
        c = CS()
        return [c], access(400, rh({'X-Ret-Code': [short(c)]}), level='error')

    def p_hdr_two():
        a, b = C(), C()
        return [a, b], access(400, rh({'X-Error-Codes': [a, b]}), level='error')

    def p_err_log():
        c = CM()
        o = {'level': 'error', 'ts': ts(), 'logger': 'http.handlers.reverse_proxy', 'msg': 'aborting with incomplete response',
             'upstream': '%s:8080' % ip(), 'duration': round(R.uniform(0.001, 2), 9), 'request': reqobj(),
             'error': 'upstream body: %s - %s' % (c, msgcut(c))}
        return [c], J(o)

    def p_noncat():
        nc = NC()
        return [nc], access(402, rh({'X-Biz-Code': [nc]}))

    def p_app_json():
        c = CS()
        o = {'level': 'warn', 'ts': ts(), 'logger': 'http.handlers.payauth', 'msg': 'auth backend rejected', 'response': J({'retCode': val(c)})}
        return [c], J(o)

    def n_plain():
        return [], access(R.choice([200, 204, 304, 404]), rh({}), size=R.choice([R.randint(0, 3000), int(D6N())]))

    def n_query():
        return [], access(302, rh({'Location': ['https://merchant.example.com/return?code=%s&state=%s' % (D6(), hexs(8))]}),
                          uri='/v1/oauth/callback?code=%s&state=%s' % (D6(), hexs(10)))

    def n_startup():
        return [], J({'level': 'info', 'ts': ts(), 'msg': 'serving initial configuration'})

    def n_tls():
        return [], J({'level': 'info', 'ts': ts(), 'logger': 'tls.renew', 'msg': 'certificate renewed successfully', 'identifier': 'api.example.com',
                      'remaining': round(R.uniform(1000, 3000000), 6)})

    def n_dial():
        o = {'level': 'error', 'ts': ts(), 'logger': 'http.log.error', 'msg': 'dial tcp %s:8080: connect: connection refused' % ip(), 'request': reqobj(),
             'duration': round(R.uniform(0.0001, 0.01), 9), 'status': 502, 'err_id': b62(9).lower(), 'err_trace': 'reverseproxy.statusError (reverseproxy.go:1269)'}
        return [], J(o)

    def n_ids():
        return [], access(201, rh({'X-Payout-Id': [D6()], 'X-Request-Count': [D6N()], 'Content-Length': [D6N()]}))

    def n_client_code():
        return [], access(200, rh({'X-Promo-Code': [D6()], 'X-Bank-Code': [D5()]}))

    build('caddy_json', 'Caddy v2 JSON logs: http.log.access entries with resp_headers arrays, reverse_proxy/http.log.error entries',
          44, 0.41,
          [p_hdr, p_hdr_short, p_hdr_two, p_err_log, p_noncat, p_app_json],
          [n_plain, n_query, n_startup, n_tls, n_dial, n_ids, n_client_code])


def shape_sidekiq():
    clk = Clock(datetime.datetime(2024, 5, 10, 6, 0, 0))
    PIDS = [str(R.randint(7, 90000)) for _ in range(3)]

    def ts():
        t = clk.tick(0.01, 9)
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

    def tid():
        return ''.join(R.choice('0123456789abcdefghijklmnopqrstuvwxyz') for _ in range(4))

    def jctx(cls):
        return 'pid=%s tid=%s class=%s jid=%s' % (R.choice(PIDS), tid(), cls, hexs(24))

    JOBS = ['PayoutSyncJob', 'CardIssueJob', 'FxQuoteRefreshJob', 'KycPollJob', 'RefundJob', 'WebhookDeliveryJob']

    def p_ruby_hash():
        c = CM()
        h = rb({'code': c, 'msg': msgcut(c), 'data': None})
        return [c], '%s %s WARN: Reap responded %s' % (ts(), jctx(R.choice(JOBS)), h)

    def p_ruby_sym():
        c = CS()
        v = val(c)
        return [c], '%s %s WARN: partner error {:ret_code=>%s, :ret_msg=>"%s"}' % (ts(), jctx('PayoutSyncJob'), v if v != c else '"%s"' % c, msg(c))

    def p_exception():
        c = CM()
        return [c], '%s %s ERROR: PaymentGateway::BizError: %s %s' % (ts(), jctx(R.choice(JOBS)), c, msgcut(c))

    def p_retry_json():
        c = C()
        job = {'class': 'CardIssueJob', 'args': [int(D6N()), 'HKD'], 'retry': 5, 'queue': 'cards', 'jid': hexs(24),
               'created_at': float('%d.%d' % (1714000000 + R.randint(0, 999999), R.randint(100, 999))), 'retry_count': R.randint(0, 4),
               'error_message': 'issuer rejected: error_code=%s' % c, 'error_class': 'Issuer::Rejected'}
        return [c], '%s pid=%s tid=%s WARN: %s' % (ts(), R.choice(PIDS), tid(), J({'context': 'Job raised exception', 'job': job}))

    def p_phrase():
        c = C()
        return [c], '%s %s INFO: webhook delivery got status %s, giving up' % (ts(), jctx('WebhookDeliveryJob'), c)

    def p_noncat():
        nc = NC()
        return [nc], '%s %s ERROR: Issuer::Rejected: result_code=%s' % (ts(), jctx('CardIssueJob'), nc)

    def p_json_fmt():
        c = CS()
        o = {'ts': ts(), 'pid': int(R.choice(PIDS)), 'tid': tid(), 'lvl': 'WARN', 'msg': 'partner response {"bizCode":%s}' % short(c),
             'ctx': {'class': 'FxQuoteRefreshJob', 'jid': hexs(24)}}
        return [c], J(o)

    def n_start():
        return [], '%s %s INFO: start' % (ts(), jctx(R.choice(JOBS)))

    def n_done():
        return [], '%s %s elapsed=%d.%03d INFO: done' % (ts(), jctx(R.choice(JOBS)), R.randint(0, 90), R.randint(0, 999))

    def n_args():
        return [], '%s %s args=[%s, "%s"] INFO: start' % (ts(), jctx('RefundJob'), D6N(), R.choice(CCY))

    def n_fail():
        return [], '%s %s elapsed=%d.%03d INFO: fail' % (ts(), jctx(R.choice(JOBS)), R.randint(0, 90), R.randint(0, 999))

    def n_boot():
        return [], '%s pid=%s tid=%s INFO: Booted Rails 7.1.3 application in production environment' % (ts(), R.choice(PIDS), tid())

    def n_stats():
        return [], '%s pid=%s tid=%s INFO: Stats: processed=%s failed=%d enqueued=%d retries=%d dead=%d' % (
            ts(), R.choice(PIDS), tid(), D6N(), R.randint(0, 9000), R.randint(0, 900), R.randint(0, 90), R.randint(0, 20))

    def n_redis():
        return [], '%s pid=%s tid=%s INFO: Sidekiq 7.2.4 connecting to Redis with options {:size=>10, :pool_name=>"internal", :url=>"redis://redis:%s/0"}' % (
            ts(), R.choice(PIDS), tid(), D5())

    def n_order_status():
        return [], '%s %s INFO: refund %s order_status=%s amount=%s.00' % (ts(), jctx('RefundJob'), hexs(8), D6(), D6N())

    def n_gift():
        return [], '%s %s INFO: gift code %s applied, discount 10%%' % (ts(), jctx('RefundJob'), D6())

    build('sidekiq_jobs', 'Sidekiq 7 job logs (pid= tid= class= jid= LEVEL: msg), Ruby Hash#inspect payloads, retry JSON, JSON formatter',
          48, 0.42,
          [p_ruby_hash, p_ruby_sym, p_exception, p_retry_json, p_phrase, p_noncat, p_json_fmt],
          [n_start, n_done, n_args, n_fail, n_boot, n_stats, n_redis, n_order_status, n_gift])


def shape_android():
    clk = Clock(datetime.datetime(2024, 5, 11, 9, 0, 0))
    PID = str(R.randint(4000, 32000))

    def ts():
        t = clk.tick(0.001, 4)
        return t.strftime('%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)

    def lc(level, tag, m, pid=None, tid=None):
        return '%s %5s %5s %s %-8s: %s' % (ts(), pid or PID, tid or str(R.randint(4000, 32000)), level, tag, m)

    def p_apiexc():
        c = CS()
        v = val(c)
        return [c], lc('E', 'PaySDK', 'Transfer failed: com.example.paysdk.ApiException: code=%s, msg=%s' % (v, msg(c)))

    def p_okhttp_body():
        c = C()
        k = R.choice(['code', 'errCode', 'resultCode', 'retCode'])
        return [c], lc('I', 'okhttp.OkHttpClient', '{"%s":"%s","msg":"%s","data":null}' % (k, c, msg(c)))

    def p_okhttp_int():
        c = CS()
        return [c], lc('I', 'okhttp.OkHttpClient', '{"code":%s,"message":"%s","success":%s}' % (short(c), msg(c), 'true' if c == '000000' else 'false'))

    def p_sealed():
        c = CS()
        return [c], lc('W', 'PaySDK', 'Result.Failure(error=BizError(code=%s, message=%s))' % (val(c), msg(c)))

    def p_msg_bracket():
        c = CM()
        return [c], lc('E', 'PaySDK', '[%s] %s' % (c, msgcut(c)))

    def p_noncat():
        nc = NC()
        return [nc], lc('E', 'PaySDK', 'card tokenization failed, errorCode=%s' % nc)

    def p_phrase():
        c = C()
        return [c], lc('W', 'PaySDK', 'server responded with status code %s' % c)

    def n_okhttp_resp():
        return [], lc('I', 'okhttp.OkHttpClient', '<-- %s https://api.example.com%s (%dms)' % (
            R.choice(['200 OK', '200', '400 Bad Request', '401 Unauthorized', '500 Internal Server Error']), R.choice(PATHS), ms()))

    def n_okhttp_url():
        return [], lc('I', 'okhttp.OkHttpClient', '--> GET https://api.example.com/v1/fx/quotes?amount=%s&ccy=%s&code=%s' % (D6N(), R.choice(CCY), D6()))

    def n_sms():
        return [], lc('D', 'PaySDK', 'OTP autofill: sms code %06d received from +85290001234' % R.randint(100000, 999999))

    def n_am():
        return [], lc('I', 'ActivityManager', 'Start proc %s:com.example.pay/u0a%d for activity {com.example.pay/com.example.pay.MainActivity}' % (D5(), R.randint(100, 400)),
                      pid=str(R.randint(500, 3000)))

    def n_fatal():
        return [], lc('E', 'AndroidRuntime', 'FATAL EXCEPTION: main Process: com.example.pay, PID: %s java.lang.IllegalStateException: amount %s.00 exceeds limit' % (D5(), D6N()))

    def n_gc():
        return [], lc('I', 'com.example.pay', 'Background concurrent mark compact GC freed %s(%dMB) AllocSpace objects, %d(%dKB) LOS objects, 49%% free, %dMB/%dMB, paused %dus,%dus total %d.%03dms' % (
            D6N(), R.randint(1, 40), R.randint(0, 90), R.randint(0, 900), R.randint(5, 40), R.randint(40, 90), R.randint(10, 900), R.randint(10, 900), R.randint(10, 900), R.randint(0, 999)))

    def n_choreo():
        return [], lc('I', 'Choreographer', 'Skipped %d frames!  The application may be doing too much work on its main thread.' % R.randint(30, 400))

    def n_ids():
        return [], lc('D', 'PaySDK', 'payment sheet shown orderId=%s%s amount=%s currency=%s' % (R.choice(['', 'ORD']), D6(), D6N(), R.choice(CCY)))

    def n_pin():
        return [], lc('D', 'PaySDK', 'pin code=%06d accepted for card ****%s' % (R.randint(100000, 999999), last4()))

    build('android_logcat', 'Android logcat -v threadtime lines from a mobile payments SDK (OkHttp logging, exceptions, Kotlin sealed results)',
          46, 0.41,
          [p_apiexc, p_okhttp_body, p_okhttp_int, p_sealed, p_msg_bracket, p_noncat, p_phrase],
          [n_okhttp_resp, n_okhttp_url, n_sms, n_am, n_fatal, n_gc, n_choreo, n_ids, n_pin])


def shape_ios():
    clk = Clock(datetime.datetime(2024, 5, 11, 14, 0, 0))
    PID = str(R.randint(300, 9999))

    def ts():
        t = clk.tick(0.001, 4)
        return t.strftime('%Y-%m-%d %H:%M:%S.') + '%06d+0800' % t.microsecond

    def logshow(kind, m, sub='com.example.paysdk', cat='network', pid=None):
        return '%s 0x%x   %-11s 0x0                  %-6s 0    PayDemo: (PaySDK) [%s:%s] %s' % (
            ts(), R.randint(0x10000, 0x2fffff), kind, pid or PID, sub, cat, m)

    def nslog(m):
        t = clk.tick(0.001, 4)
        return '%s PayDemo[%s:%d] %s' % (t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000), PID, R.randint(1000000, 9999999), m)

    def p_nserror():
        c = CS()
        return [c], logshow('Error', 'request failed: Error Domain=com.example.paysdk.api Code=%s "%s" UserInfo={requestId=%s}' % (short(c), msg(c), uuid()))

    def p_swift_enum():
        c = CS()
        return [c], logshow('Error', 'PaySDKError.server(code: %s, message: "%s")' % (short(c), msg(c)))

    def p_nslog_returned():
        c = C()
        return [c], nslog('[PaySDK] server returned code %s' % c)

    def p_json_body():
        c = C()
        k = R.choice(['code', 'bizCode', 'resultCode', 'errorCode'])
        return [c], logshow('Default', 'response body: {"%s":"%s","message":"%s"}' % (k, c, msg(c)))

    def p_msg():
        c = CM()
        return [c], logshow('Error', 'payment failed (%s) %s' % (c, msgcut(c)), cat='payment')

    def p_noncat():
        nc = NC()
        return [nc], nslog('[PaySDK] 3DS challenge failed, error %s' % nc)

    def p_swift_dump():
        c = CS()
        return [c], logshow('Debug', 'APIResponse<Empty>(code: "%s", message: Optional("%s"), data: nil)' % (c, msg(c)), cat='decode')

    def n_urlerror():
        code, text = R.choice([('-1001', 'The request timed out.'), ('-1009', 'The Internet connection appears to be offline.'), ('-1200', 'An SSL error has occurred and a secure connection to the server cannot be made.')])
        return [], logshow('Error', 'Task <%s>.<%d> finished with error [%s] Error Domain=NSURLErrorDomain Code=%s "%s"' % (
            uuid().upper(), R.randint(1, 40), code, code, text), sub='com.apple.CFNetwork', cat='Default')

    def n_cocoa():
        return [], logshow('Error', 'decode failed: Error Domain=NSCocoaErrorDomain Code=3840 "Unexpected character at line 1, column %d." UserInfo={NSJSONSerializationErrorIndex=%d}' % (
            R.randint(1, 40), R.randint(1, 40)), cat='decode')

    def n_default():
        return [], logshow('Default', 'sheet presented amount=%s.00 currency=%s orderNo=%s' % (D6N(), R.choice(CCY), D6()), cat='ui')

    def n_nslog_pid():
        return [], nslog('[PaySDK] SDK initialised in %sus, build %s' % (D6N(), D6N()))

    def n_activity():
        return [], logshow('Activity', 'activity 0x%x created: "payment.submit"' % R.randint(0x10000, 0xfffff), cat='activity', pid=D6N())

    def n_verify():
        return [], nslog('[PaySDK] verification code: %06d (debug build only)' % R.randint(100000, 999999))

    def n_url():
        return [], logshow('Default', 'open url payapp://return?status=%s&code=%s' % (D6(), D6()), cat='deeplink')

    build('ios_oslog', 'iOS unified logging from a payments SDK: `log show` rows (timestamp thread type activity pid ttl process: (lib) [subsystem:category]) and NSLog lines',
          44, 0.41,
          [p_nserror, p_swift_enum, p_nslog_returned, p_json_body, p_msg, p_noncat, p_swift_dump],
          [n_urlerror, n_cocoa, n_default, n_nslog_pid, n_activity, n_verify, n_url])


def shape_windows():
    clk = Clock(datetime.datetime(2024, 5, 12, 8, 0, 0))

    def us_ts():
        t = clk.tick(1, 120)
        h = t.hour % 12 or 12
        return '%d/%d/%d %d:%02d:%02d %s' % (t.month, t.day, t.year, h, t.minute, t.second, 'AM' if t.hour < 12 else 'PM')

    def iso():
        t = clk.tick(1, 120)
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d' % (t.microsecond // 1000)

    def ps_err(body, script='payout-sync.ps1'):
        return ('Invoke-RestMethod : %s At C:\\ops\\%s:%d char:%d + $resp = Invoke-RestMethod -Uri $uri -Method Post -Body $body ... '
                '+ CategoryInfo : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException '
                '+ FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand'
                % (body, script, R.randint(10, 200), R.randint(1, 40)))

    def evt_text(source, eid, level, desc):
        return ('Log Name: Application Source: %s Date: %s Event ID: %d Task Category: None Level: %s Keywords: Classic User: N/A Computer: PAY-WIN-0%d.corp.example.com Description: %s'
                % (source, iso(), eid, level, R.randint(1, 4), desc))

    def fl(index, etype, iid, msgtext, source='PayoutWorker'):
        return 'Index : %s EntryType : %s InstanceId : %d Message : %s Category : (0) CategoryNumber : 0 Source : %s TimeGenerated : %s' % (
            index, etype, iid, msgtext, source, us_ts())

    def p_ps_json():
        c = C()
        return [c], ps_err('{"code":"%s","message":"%s"}' % (c, msg(c)))

    def p_ps_json_short():
        c = CS()
        return [c], ps_err('{"errCode":%s,"errMsg":"%s"}' % (short(c), msg(c)), 'card-limits.ps1')

    def p_evt_phrase():
        c = CM()
        return [c], evt_text('PayoutWorker', 1000, 'Error', 'Payout worker stopped: partner error %s: %s' % (c, msgcut(c)))

    def p_dotnet_1026():
        c = CM()
        return [c], evt_text('.NET Runtime', 1026, 'Error',
                             'Application: Payments.Worker.exe CoreCLR Version: 8.0.424.16909 .NET Version: 8.0.4 Description: The process was terminated due to an unhandled exception. '
                             'Exception Info: Payments.Domain.BizException: %s %s at Payments.Worker.Program.Main(System.String[])' % (c, msgcut(c)))

    def p_fl_kv():
        c = CS()
        return [c], fl(D6N(), 'Warning', 2002, 'Partner call rejected. ResultCode=%s RequestId=%s' % (val(c), uuid()))

    def p_write_error():
        c = C()
        return [c], ('Write-Error: C:\\ops\\kyc-sync.ps1:%d Line | %d | Write-Error "KYC sync failed with code $code" | ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ | KYC sync failed with code %s'
                     % (R.randint(10, 90), R.randint(10, 90), c))

    def p_noncat():
        nc = NC()
        return [nc], fl(D6N(), 'Error', 2003, 'Issuer declined the request, error code: %s' % nc)

    def p_xml_event():
        return _xml_ok(C())

    def _xml_ok(c):
        return [c], ('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="PayoutWorker" /><EventID Qualifiers="0">1001</EventID>'
                     '<Level>2</Level><Task>0</Task><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime="%sZ" /><EventRecordID>%s</EventRecordID>'
                     '<Channel>Application</Channel><Computer>PAY-WIN-01</Computer></System><EventData><Data>payout rejected</Data><ResultCode>%s</ResultCode></EventData></Event>'
                     % (iso(), D6N(), c))

    def n_4625():
        return [], evt_text('Microsoft-Windows-Security-Auditing', 4625, 'Information',
                            'An account failed to log on. Subject: Security ID: S-1-5-18 Account Name: PAY-WIN-01$ Logon ID: 0x3E7 Logon Type: 3 '
                            'Failure Information: Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: 0xC0000064 '
                            'Process Information: Caller Process ID: 0x%x Caller Process Name: C:\\Windows\\System32\\svchost.exe Network Information: Source Network Address: %s Source Port: %s'
                            % (R.randint(0x200, 0xffff), ip(), D5()))

    def n_7031():
        return [], evt_text('Service Control Manager', 7031, 'Error',
                            'The Payout Worker service terminated unexpectedly. It has done this %d time(s). The following corrective action will be taken in %s milliseconds: Restart the service.'
                            % (R.randint(1, 9), D6N()))

    def n_fl_info():
        return [], fl(D6N(), 'Information', 1000, 'Settlement batch %s completed: %s transfers, total %s.00 HKD' % (hexs(8), D5(), D6N()))

    def n_exitcode():
        return [], 'Start-Process : Process "reconcile.exe" exited with exit code %s. At C:\\ops\\nightly.ps1:%d char:1' % (D6N(), R.randint(5, 90))

    def n_lastexit():
        return [], 'VERBOSE: reconcile.exe finished. $LASTEXITCODE = %d, elapsed %s ms, rows=%s' % (R.randint(1, 2), D6N(), D6N())

    def n_ps_http():
        return [], ps_err('The remote server returned an error: (503) Server Unavailable.')

    def n_1000_crash():
        return [], evt_text('Application Error', 1000, 'Error',
                            'Faulting application name: Payments.Worker.exe, version: 1.4.%d.0, time stamp: 0x%s Faulting module name: KERNELBASE.dll, version: 10.0.20348.2340, '
                            'Exception code: 0xe0434352 Fault offset: 0x%s Faulting process id: 0x%x' % (R.randint(0, 90), hexs(8), hexs(16), int(D6N())))

    def n_order():
        return [], fl(D6N(), 'Information', 1000, 'Order code %s exported to ERP, order status: %s' % (D6(), R.choice(['EXPORTED', 'PENDING'])))

    build('windows_powershell_eventlog', 'Windows: PowerShell error records (flattened), Event Viewer text/XML exports and Get-EventLog | Format-List output',
          46, 0.41,
          [p_ps_json, p_ps_json_short, p_evt_phrase, p_dotnet_1026, p_fl_kv, p_write_error, p_noncat, p_xml_event],
          [n_4625, n_7031, n_fl_info, n_exitcode, n_lastexit, n_ps_http, n_1000_crash, n_order])


def shape_postgres():
    clk = Clock(datetime.datetime(2024, 5, 12, 20, 0, 0))

    def ts():
        t = clk.tick(0.01, 20)
        return t.strftime('%Y-%m-%d %H:%M:%S.') + '%03d UTC' % (t.microsecond // 1000)

    def pfx(pid=None, user=True, sqlstate=None):
        s = '%s [%s]' % (ts(), pid or R.choice([D5(), str(R.randint(100, 99999))]))
        if sqlstate:
            s += ' %s' % sqlstate
        if user:
            s += ' payout@paydb'
        return s

    SQLSTATES = ['23505', '57014', '40P01', '22P02', '42P01', '53300', '08006', '23503']
    for _s in SQLSTATES:
        assert not (_s.isdigit() and _s.zfill(6) in CAT)

    def dup():
        return '%s ERROR:  duplicate key value violates unique constraint "payees_account_no_key"' % pfx(sqlstate=R.choice(['23505', None]))

    def dup_detail():
        return '%s DETAIL:  Key (account_no)=(%s) already exists.' % (pfx(), D6())

    def dup_detail2():
        return '%s DETAIL:  Key (merchant_id, txn_ref)=(%s, %s) already exists.' % (pfx(), D6N(), D6())

    def duration():
        return '%s LOG:  duration: %s.%03d ms  execute <unnamed>: SELECT id, amount FROM transfers WHERE merchant_id = $1' % (pfx(), D6N(), R.randint(0, 999))

    def checkpoint():
        return ('%s LOG:  checkpoint complete: wrote %s buffers (%d.%d%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%d.%03d s, sync=0.%03d s, total=%d.%03d s; '
                'sync files=%d, longest=0.%03d s, average=0.%03d s; distance=%s kB, estimate=%s kB'
                % (pfx(user=False), D5(), R.randint(0, 90), R.randint(0, 9), R.randint(0, 9), R.randint(1, 300), R.randint(0, 999), R.randint(0, 999),
                   R.randint(1, 300), R.randint(0, 999), R.randint(1, 300), R.randint(0, 999), R.randint(0, 999), D6N(), D6N()))

    def conn():
        return '%s LOG:  connection received: host=%s port=%s' % (pfx(user=False), ip(), D5())

    def timeout():
        return '%s ERROR:  canceling statement due to statement timeout' % pfx(sqlstate=R.choice(['57014', None]))

    def lockwait():
        return '%s LOG:  process %s still waiting for ShareLock on transaction %s after 1000.%03d ms' % (pfx(), D5(), D6N(), R.randint(0, 999))

    def deadlock():
        return '%s DETAIL:  Process %s waits for ShareLock on transaction %s; blocked by process %s.' % (pfx(), D5(), D6N(), D5())

    def autovac():
        return ('%s LOG:  automatic vacuum of table "paydb.public.transfers": index scans: 1 pages: 0 removed, %s remain, 0 skipped due to pins, 0 skipped frozen '
                'tuples: %s removed, %s remain, 0 are dead but not yet removable' % (pfx(user=False), D6N(), D6N(), D6N()))

    def tempfile():
        return '%s LOG:  temporary file: path "base/pgsql_tmp/pgsql_tmp%s.%d", size %s' % (pfx(), D5(), R.randint(0, 9), D6N())

    def raise_msg():
        return '%s ERROR:  payout %s rejected by trigger check_payout_limits' % (pfx(sqlstate='P0001'), D6())

    def context():
        return '%s CONTEXT:  PL/pgSQL function settle_batch(bigint) line %d at RAISE' % (pfx(), R.randint(10, 200))

    def statement():
        return "%s STATEMENT:  UPDATE payouts SET state = 'FAILED', updated_at = now() WHERE id = %s" % (pfx(), D6N())

    def ready():
        return '%s LOG:  database system is ready to accept connections' % pfx(pid=str(R.randint(1, 99)), user=False)

    def listening():
        return '%s LOG:  listening on IPv4 address "0.0.0.0", port 5432' % pfx(pid=str(R.randint(1, 99)), user=False)

    def toomany():
        return '%s FATAL:  sorry, too many clients already' % pfx(sqlstate=R.choice(['53300', None]))

    def serial():
        return '%s ERROR:  deadlock detected' % pfx(sqlstate=R.choice(['40P01', None]))

    def invalid_input():
        return '%s ERROR:  invalid input syntax for type integer: "%s.5"' % (pfx(sqlstate='22P02'), D6N())

    def relation():
        return '%s ERROR:  relation "payout_batches" does not exist at character %d' % (pfx(sqlstate='42P01'), R.randint(10, 90))

    def fk():
        return ('%s DETAIL:  Key (payee_id)=(%s) is not present in table "payees".' % (pfx(sqlstate='23503'), D6N()))

    def walsender():
        return '%s LOG:  received replication command: START_REPLICATION SLOT "standby_1" %d/%s TIMELINE 1' % (pfx(user=False), R.randint(1, 9), hexs(8).upper())

    fns = [dup, dup_detail, dup_detail2, duration, checkpoint, conn, timeout, lockwait, deadlock, autovac, tempfile, raise_msg, context,
           statement, ready, listening, toomany, serial, invalid_input, relation, fk, walsender]
    neg = [(lambda f=f: ([], f())) for f in fns]
    build('postgresql_server', 'PostgreSQL server log (log_line_prefix "%m [%p] %e %u@%d"): SQLSTATEs, pids, durations, DETAIL keys - decoys only',
          40, 0.0, [], neg)


# ===========================================================================
# Checks
# ===========================================================================
NUM_RE = re.compile(r'\d+')


def words_numbers(line):
    """Numbers standing as a word: (start, end, text)."""
    out = []
    for m in NUM_RE.finditer(line):
        s, e = m.start(), m.end()
        before = line[s - 1] if s > 0 else ''
        after = line[e] if e < len(line) else ''
        if before and (before.isalnum() or before == '_'):
            continue
        if after and (after.isalnum() or after == '_'):
            continue
        if before == '.' and s >= 2 and line[s - 2].isdigit():
            continue
        if after == '.' and e + 1 < len(line) and line[e + 1].isdigit():
            continue
        out.append((s, e, m.group()))
    return out


def check_record(shape, exp, line):
    where = '%s: %r' % (shape, line[:160])
    for ch in '\t\r\n':
        if ch in line:
            raise SystemExit('FAIL: TAB/CR/LF in record (%s)' % where)
    if not line.strip():
        raise SystemExit('FAIL: empty line (%s)' % where)
    nums = words_numbers(line)
    i = 0
    for code in exp:
        if not re.fullmatch(r'\d{6}', code):
            raise SystemExit('FAIL: expected value %r is not six digits (%s)' % (code, where))
        forms = {code, short(code)}
        while i < len(nums) and nums[i][2] not in forms:
            i += 1
        if i >= len(nums):
            raise SystemExit('FAIL: expected %s not found (in order, standing as a word) in %s' % (code, where))
        if nums[i][2] != code and not code.startswith('0'):
            raise SystemExit('FAIL: short form used for %s (%s)' % (code, where))
        i += 1


# ---------------------------------------------------------------------------
# Advisory lint (--lint): a rough, independent reading of rules 1-3, used only
# to point the author at records worth a second look.  It never changes labels
# and never fails the run; it is deliberately simpler than the rules.
# ---------------------------------------------------------------------------
QUAL = set(('error errors err result res ret return resp response biz business app application api sub upstream downstream status '
            'fail failure reply rpc grpc service svc server remote backend body data payload x internal inner last final root').split())
LEAD = set('with returned returns got received gave replied responded reported raised threw'.split())
OTHERWORDS = set(('sms otp verify verification zip postal bank branch captcha voucher invite promo gift tracking activation login reset mfa '
                  'exit country area mcc pin security access auth confirmation coupon discount referral swift currency order product item qr bar secret').split())
COUNTNOUNS = set('rows row items item records record bytes ms us times orders jobs messages entries buffers'.split())


def _split_key(key):
    parts = re.split(r'[_\-.]+', key)
    words = []
    for p in parts:
        words += re.findall(r'[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+', p)
    return [w.lower() for w in words if w]


def _seg(word):
    if word == '':
        return True
    for q in QUAL:
        if word.startswith(q) and _seg(word[len(q):]):
            return True
    return False


def is_status_key(key):
    w = _split_key(key)
    if not w:
        return False
    if len(w) == 1:
        x = w[0]
        for last in ('codes', 'code', 'status'):
            if x.endswith(last) and _seg(x[:-len(last)]):
                return True
        return False
    if w[-1] not in ('code', 'codes', 'status'):
        return False
    return all(x in QUAL for x in w[:-1])


def _msg_regex(code, first_words=None):
    m = CAT[code]
    words = m.split()
    if first_words:
        words = words[:first_words]
    parts = []
    for wd in words:
        pieces = re.split(r'(\{\d\})', wd)
        parts.append(''.join('.{1,64}?' if re.fullmatch(r'\{\d\}', x) else re.escape(x) for x in pieces))
    return r'\s+'.join(parts)


SEPS = ' -:|()[],=>"\'\\'


def lint_record(exp, line):
    flagged = []
    for s, e, t in words_numbers(line):
        pre = line[max(0, s - 60):s]
        post = line[e:e + 260]
        why = None
        # rule 1: key syntax
        m = re.search(r'(?:^|[^A-Za-z0-9_.\-$@])[:]?([A-Za-z_][A-Za-z0-9_.\-]*)(?:\\?["\'])?\s*(?:=>|=|:)\s*(?:\\?["\'])?(?:\[(?:\\?["\']?\d+\\?["\']?,\s*)*\\?["\']?)?$', pre)
        if m and not re.search(r'[?&]' + re.escape(m.group(1)) + r'\W*$', pre):
            key = m.group(1)
            prev = re.search(r'(?:^|\s)([A-Za-z]+)\s+' + re.escape(key) + r'\W*$', pre)
            ok = is_status_key(key)
            if ok and prev and key.lower() in ('code', 'status'):
                pw = prev.group(1).lower()
                sep = pre[pre.rfind(key) + len(key):]
                if pw in OTHERWORDS:
                    ok = False
                elif pw not in QUAL and pw not in LEAD and ':' in sep and '=' not in sep:
                    ok = False
            if ok:
                quoted = bool(re.search(r'["\']$', pre))
                nxt = re.match(r' ([a-z]+)', post)
                if not quoted and nxt and nxt.group(1) in COUNTNOUNS:
                    ok = False
            if ok and (len(t) == 6 or (len(t) <= 5 and t.zfill(6) in CAT)):
                why = 'key'
        m = re.search(r'<([A-Za-z][\w.\-]*)>$', pre)
        if m and is_status_key(m.group(1)) and (len(t) == 6 or t.zfill(6) in CAT):
            why = 'xml'
        # rule 2: phrases (six digits)
        if not why and len(t) == 6:
            if re.search(r'(?:^|[^A-Za-z0-9_.\-])(?:error|err)(?:\s+code)?(?:\s+is|\s*:)?\s+$|(?:^|[^A-Za-z0-9_.\-])error:$', pre, re.I):
                why = 'phrase-error'
            else:
                m = re.search(r'(?:(?:^|[^A-Za-z0-9_])([A-Za-z]+)\s+|(?:^|[^A-Za-z0-9_\s])\s*)(code|status)(?:\s+code)?(?:\s+is|\s*:)?\s+$', pre, re.I)
                if m and not re.search(r'[A-Za-z_.\-]$', pre[:m.start(2)].rstrip(' ')[-1:] if False else ''):
                    pw = (m.group(1) or '').lower()
                    if pw == '' or pw in QUAL or pw in LEAD:
                        nxt = re.match(r' ([a-z]+)', post)
                        if not (nxt and (nxt.group(1) in COUNTNOUNS or nxt.group(1) == 'of')):
                            why = 'phrase-' + m.group(2).lower()
        # rule 3: own message
        if not why and t in CAT:
            rest = post.lstrip(SEPS)
            if re.match(_msg_regex(t, 3), rest, re.I):
                why = 'msg-after'
            else:
                before = pre.rstrip(SEPS)
                if re.search('(?:' + _msg_regex(t) + r')\.?$', before, re.I):
                    why = 'msg-before'
        if why:
            flagged.append((t.zfill(6), why))
    got = [c for c, _ in flagged]
    return got, flagged


def lint(records):
    n = 0
    for shape, exp, line in records:
        got, fl = lint_record(exp, line)
        if sorted(got) != sorted(exp):
            n += 1
            print('LINT %-28s exp=%s lint=%s\n     %s' % (shape, ','.join(exp) or '-', ','.join('%s(%s)' % f for f in fl) or '-', line[:400]))
    print('lint: %d records differ' % n, file=sys.stderr)


# ===========================================================================
# Main
# ===========================================================================
def main():
    shape_aspnet()
    shape_nlog()
    shape_tracing_text()
    shape_tracing_json()
    shape_env_logger()
    shape_ktor()
    shape_akka()
    shape_lambda()
    shape_gcp()
    shape_azure()
    shape_fluent()
    shape_journald_short()
    shape_journald_json()
    shape_haproxy()
    shape_apache_error()
    shape_apache_access()
    shape_traefik()
    shape_kong()
    shape_istio()
    shape_caddy()
    shape_sidekiq()
    shape_android()
    shape_ios()
    shape_windows()
    shape_postgres()

    out = []
    allrecs = []
    seen = set()
    tot = withc = ncodes = 0
    for name, desc, recs in SHAPES:
        if not 30 <= len(recs) <= 70:
            raise SystemExit('FAIL: shape %s has %d records' % (name, len(recs)))
        out.append('# shape: %s - %s' % (name, desc))
        for exp, line in recs:
            check_record(name, exp, line)
            out.append('%s\t%s' % (','.join(exp) if exp else '-', line))
            allrecs.append((name, exp, line))
            tot += 1
            if exp:
                withc += 1
                ncodes += len(exp)
                seen.update(exp)
    missing = sorted(set(CAT) - seen)
    if missing:
        raise SystemExit('FAIL: catalogue codes never used: %s' % ' '.join(missing))
    header = ['# codefilter held-out labelled set 2 (heldout2): written blind and independently; see README.md.',
              '# Generated by gen.py (seed %#x). Format: EXPECTED<TAB>LOGLINE; EXPECTED is - or comma-separated six-digit codes.' % SEED,
              '# records=%d with_codes=%d codes=%d decoy_records=%d shapes=%d' % (tot, withc, ncodes, tot - withc, len(SHAPES))]
    text = '\n'.join(header + out) + '\n'
    if '--lint' in sys.argv:
        lint(allrecs)
    if '--stdout' in sys.argv:
        sys.stdout.write(text)
    else:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lines.tsv')
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
    print('records=%d with_codes=%d (%.1f%%) codes=%d decoys=%d shapes=%d distinct_catalogue_codes=%d'
          % (tot, withc, 100.0 * withc / tot, ncodes, tot - withc, len(SHAPES), len(seen & set(CAT))), file=sys.stderr)
    for name, desc, recs in SHAPES:
        print('  %-30s %3d records, %3d with codes' % (name, len(recs), sum(1 for e, _ in recs if e)), file=sys.stderr)


if __name__ == '__main__':
    main()
