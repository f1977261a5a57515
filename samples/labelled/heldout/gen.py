#!/usr/bin/env python3
"""Held-out labelled set for codefilter's status-code recognizer.

Writes lines.tsv next to this file.  Python 3 standard library only, fixed
seed: the output is byte-identical on every run.

Every record is checked before anything is written (see check_record):
  * the log line holds no TAB, CR or LF;
  * every expected code occurs in the line, in the stated order, as a number
    standing as a word (six digits, or for zero-padded short values their
    short form, e.g. 40011 for 040011 and 0 for 000000);
  * consistency lints: a catalogue code standing next to its own catalogue
    message, an obvious status-key value (key=value, "key":value, XML element,
    HTTP header) and an obvious status phrase ("error code 040011",
    "failed with status 500000") must be among the expected codes.
Any failure aborts with a message and exit status 1; nothing is written.

Labelling follows the codefilter labelling rules (labelspec.md); lines whose
label would be a judgement call under those rules are not written at all.
"""

import json
import os
import random
import re
import sys
from datetime import datetime, timedelta

SEED = 0x5EED0902
R = random.Random(SEED)

# --------------------------------------------------------------------------
# Catalogue (copied from the status-code reference, 96 codes)
# --------------------------------------------------------------------------
CATALOGUE_TEXT = """\
000000|Transaction succeeded
010001|You are currently unable to activate the Particle Finance feature. Please enable at least one of the following services first: Business Account, InstaPay Wallet, or CryptoConnect.
010002|{0} is null
010003|Unknown exception
010004|{0} not found
010005|{0} is required
010006|{0} is invalid
010007|Not supported: {0}
010008|{0} does not match
010009|Unsupported currency
010010|{0} failed
010011|Insufficient balance
010012|Cost or fee is incorrect
010013|Unknown transaction status: {0}
010014|Submitted too quickly
010015|Delete failed. Please contact your account manager.
010016|File too large
010017|File cannot be empty
010018|File name cannot be empty
010605|The file extension does not match the actual file format.
020001|Permission denied
020002|Your account is not active. Please contact customer service or your account manager if you have any questions.
030001|Insufficient wallet balance, requires funds team action.
030002|Order is pending review in the wallet system, requires funds team action.
030003|Insufficient gas fee for wallet withdrawal, requires funds team support.
030004|Failed to parse ReapPrivateInfo JSON response
030005|Infinity account has not been opened for this account yet.
030006|KYT system is down. Please contact Compliance and Risk Control to review the order.
030007|Failed to retrieve KYC individual details
030008|Failed to parse SubmitRPCustomerInput JSON object
030009|Failed to parse Reap card expiry date
040001|Your Infinity Card has reached the upper limit. Please contact customer service.
040002|{0} payment not supported
040003|The exchange rate is currently in use
040004|The exchange rate has expired. Please refresh and try again.
040005|The exchange rate has already been used
040006|Please modify the payee information first
040007|Payment initiation failed. Please try changing the payment account or modifying the recipient's information and re-initiate.
040008|JPY amounts cannot contain decimals
040009|Infinity account is empty
040010|The pre-check record has been used
040011|The information contains unsupported characters. Please check and modify before retrying.
040012|Infinity Card Pro group is empty. Please create a group first.
040013|Please enter the correct BIC/SWIFT
040014|Insufficient balance in the Infinity account. Deduction failed. Please recharge and try again.
040015|Crypto assets only support payment on behalf
040016|Failed to create payee: {0}
040017|Your account information is incomplete. Please complete the required fields before proceeding with payment.
040018|Failed to obtain a valid business English name
040019|Invalid business_model: Client is in 'MOR' mode but called 'Gateway' API.
040020|Invalid business_model: Client is in 'Gateway' mode but called 'MOR' API.
040021|{0} bank code must be a {1}-digit number
040022|{0} branch code must be a {1}-digit number
040024|Unsupported characters: {0}. Only allowed: {1}
040025|RD channel only supports HK destinations
040026|The current exchange rate is highly volatile. Please refresh and try again.
040027|Payment amount must be at least 120 USD. Please adjust and try again.
040028|Receiving amount must be at least 120 USD. Please adjust and try again.
040029|Payee name format invalid: surname and given name cannot be identical.
040030|Payee name is too long. Maximum 30 characters per field.
040031|Company name format invalid: must include spaces.
040032|Payment address format invalid. Please check completeness.
040033|Postal code format invalid: must be a 4-digit number.
070001|Alphabets and special characters are not allowed in mobile number.
070002|Phone number format is incorrect
070003|Mobile area code not supported: {0}
070004|First name and last name must not exceed 26 characters each
070005|Email address is invalid
070006|Value not allowed to be null
070007|Limit can only be set when card status is active or frozen
070008|Card credit must be greater than or equal to 1
070009|Card credit modification failed. Please try again later.
070010|A card issuance process is already in progress. Please retry later.
070011|Limit cannot be less than 0
070021|Invalid fingerprint
070022|Illegal host domain
070023|Card not found
070024|Failed to retrieve card private information
080001|Address line 1 must be at least 2 characters long
080002|City must be at least 2 characters long
080003|State/Province must be at least 2 characters long
080004|Please use a country code from ISO 3166-1 Alpha-2
090001|This address is flagged as high-risk. Refunds are not allowed. Please use a different address.
100002|{0} file is too large. Maximum size: {1}
100028|User already exists. Please go to the user list page and use [Add].
110009|Invalid {0}: {1}
110011|Card provider service is currently unavailable
110017|First name and last name are invalid
120001|CDD error: {0}
130001|Account error: {0}
150001|Invalid parameters in acquiring request
401000|Unauthorized: invalid or missing access token
403000|The requested resource is forbidden
404000|The requested resource is not found
500000|Internal server error
503000|The service is unavailable
"""

CAT = []
for _ln in CATALOGUE_TEXT.splitlines():
    _c, _m = _ln.split('|', 1)
    CAT.append((_c, _m))
CATD = dict(CAT)
CODES = [c for c, _ in CAT]
assert len(CODES) == 96 and len(set(CODES)) == 96
SHORTABLE = [c for c in CODES if c.startswith('0')]   # have a short form
SHORT_NZ = [c for c in SHORTABLE if c != '000000']

# six-digit codes that are NOT in the catalogue (used only in clear status
# positions: status-key values and status phrases)
NONCAT = ['040099', '200001', '999999', '600012', '510001', '300100',
          '020099', '888888', '400001', '501002', '010099', '070099']
for _n in NONCAT:
    assert _n not in CATD

# template fillers
FILL = {
    '010002': [('payeeId',), ('merchantNo',), ('requestBody',), ('cardToken',)],
    '010004': [('Payee',), ('Merchant config',), ('Quote',), ('Wallet',), ('Card program',)],
    '010005': [('amount',), ('currency',), ('beneficiaryName',), ('idempotencyKey',)],
    '010006': [('currency',), ('callbackUrl',), ('expiryDate',), ('accountNumber',)],
    '010007': [('SEPA_INSTANT',), ('ACH_SAME_DAY',), ('BRL',), ('card type AMEX',)],
    '010008': [('signature',), ('Account holder name',), ('checksum',)],
    '010010': [('Refund',), ('Card activation',), ('Payout',), ('Quote lock',)],
    '010013': [('PENDING_3DS',), ('REVERSED_X',), ('null',)],
    '040002': [('SEPA',), ('FPS',), ('PIX',), ('Wire',)],
    '040016': [('duplicate account number',), ('invalid IBAN',), ('name screening hit',)],
    '040021': [('HK', '3'), ('JP', '4'), ('AU', '6')],
    '040022': [('HK', '3'), ('JP', '3'), ('SG', '3')],
    '040024': [('\u00e9', 'A-Z a-z 0-9 space . -'), ('#', 'letters, digits and spaces'),
               ('\u4e2d\u6587', 'ASCII letters and digits')],
    '070003': [('+999',), ('+882',), ('+970',)],
    '100002': [('Passport', '5MB'), ('Invoice', '10MB'), ('Statement', '2MB')],
    '110009': [('currency', 'XYZ'), ('countryCode', 'UK'), ('expiry', '13/27')],
    '120001': [('screening timeout',), ('missing UBO declaration',)],
    '130001': [('account frozen',), ('account closed',), ('sub-account missing',)],
}
for _c, _m in CAT:
    if '{0}' in _m:
        assert _c in FILL, _c


def fill(code):
    t = CATD[code]
    if '{0}' not in t:
        return t
    vals = R.choice(FILL[code])
    for i, v in enumerate(vals):
        t = t.replace('{%d}' % i, v)
    return t


def msg(code, trunc=0.25):
    """The code's own message, placeholders filled, sometimes cut short
    after at least three words ('...')."""
    t = CATD[code]
    if '{0}' in t:
        return fill(code)
    words = t.split(' ')
    if len(words) >= 6 and R.random() < trunc:
        k = R.randint(3, len(words) - 2)
        return ' '.join(words[:k]) + '...'
    return t


class Deck:
    def __init__(self, items):
        self.items = list(items)
        self.pool = []

    def draw(self):
        if not self.pool:
            self.pool = self.items[:]
            R.shuffle(self.pool)
        return self.pool.pop()


DECK_ALL = Deck(CODES)
DECK_SHORT = Deck(SHORT_NZ)


def cat():
    """A catalogue code for a positive record (deck: every code gets used)."""
    return DECK_ALL.draw()


def cat_short():
    """A catalogue code that has a non-zero short form (040011 -> 40011)."""
    return DECK_SHORT.draw()


def code6(p=0.1):
    """A six-digit code for a key/phrase position: sometimes not catalogued."""
    if R.random() < p:
        return R.choice(NONCAT)
    return cat()


def short(code):
    return str(int(code))


def maybe_short(code, p=0.35):
    """Value as written: six digits, or short form when that exists."""
    if code in CATD and code.startswith('0') and R.random() < p:
        return short(code)
    return code


def catnum(excl=('010004', '010010', '010002', '010005', '010006', '010008')):
    """Catalogue digits for a DECOY position (not a code there).  Codes whose
    message starts with a placeholder are left out, so that decoy text after
    the number can never be read as their message ("010004 ... not found")."""
    while True:
        c = R.choice(CODES)
        if c not in excl:
            return c


def catint():
    """catalogue digits as an integer would print them (no leading zeros)"""
    return str(int(catnum()))


def catshort_num(maxv=None):
    while True:
        s = short(R.choice(SHORT_NZ))
        if maxv is None or int(s) <= maxv:
            return s


def wrong_msg(code):
    """A catalogue message of ANOTHER code, one that cannot be read as a
    (possibly cut-short or templated) form of code's own message."""
    while True:
        o = R.choice(CODES)
        if o == code:
            continue
        t = msg(o, trunc=0)
        if FIRST_RX[code].match(t) or FIRST_RX[o].match(fill(code)):
            continue
        return t


# --------------------------------------------------------------------------
# Small generators of realistic values
# --------------------------------------------------------------------------
def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def uuid():
    return '%s-%s-4%s-%s%s-%s' % (hexs(8), hexs(4), hexs(3), R.choice('89ab'), hexs(3), hexs(12))


def ip():
    return '10.%d.%d.%d' % (R.randint(0, 9), R.randint(0, 255), R.randint(2, 254))


def amount():
    return R.choice(['%.2f' % R.uniform(120, 9800), '%d.00' % R.randint(120, 250000),
                     '%.2f' % R.uniform(1, 119)])


def frac(n):
    if n == 6 and R.random() < 0.15:
        return catnum()          # a fraction with catalogue digits: never a code
    return digits(n)


def pick(*xs):
    return R.choice(xs)


SERVICES = ['payments-api', 'ledger-svc', 'payout-worker', 'card-issuing', 'fx-quote',
            'kyc-gateway', 'wallet-core', 'merchant-portal', 'settlement-batch',
            'notify-svc', 'risk-engine', 'acquiring-api']
PATHS = ['/v1/payouts', '/v1/transfers', '/api/v2/payments', '/v1/quotes/lock',
         '/v1/cards/issue', '/v1/payees', '/api/v1/kyc/cdd', '/v1/wallets/debit',
         '/v1/refunds', '/api/v1/cards/limit', '/v2/acquiring/charges', '/v1/fx/convert']
CURRENCIES = ['USD', 'HKD', 'EUR', 'JPY', 'SGD', 'GBP', 'AUD', 'CNH']
CHANNELS = ['FPS', 'SWIFT', 'RTGS', 'SEPA', 'ACH', 'CHATS', 'RD']


def pod(svc=None):
    svc = svc or R.choice(SERVICES)
    return '%s-%s-%s' % (svc, hexs(9)[:R.choice([9, 10])], ''.join(R.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5)))


def oid(prefix=None):
    prefix = prefix or pick('ORD', 'PO', 'TR', 'TX', 'PAY', 'RF')
    return '%s%s%s' % (prefix, pick('-', '_', ''), digits(R.choice([10, 12, 14])))


def otp():
    return catnum() if R.random() < 0.4 else digits(6)


def indian_pin():
    return pick('110001', '400011', '500001', '560001', '600028', '700019', '130001', '500000', '403000')


class Clock:
    def __init__(self):
        self.t = datetime(2025, 9, 2, 0, 0, 0) + timedelta(seconds=R.randint(0, 3 * 86400))

    def __call__(self):
        self.t += timedelta(seconds=R.uniform(0.05, 120))
        return self.t


CLK = Clock()


def iso(n=3, z='Z'):
    d = CLK()
    f = ('.' + frac(n)) if n else ''
    return d.strftime('%Y-%m-%dT%H:%M:%S') + f + z


# --------------------------------------------------------------------------
# Key rules (used only by the self-check lints)
# --------------------------------------------------------------------------
QUALIFIERS = set('''error errors err result res ret return resp response biz business app
application api sub upstream downstream status fail failure reply rpc grpc service svc
server remote backend body data payload x internal inner last final root'''.split())
LEAD = set('with returned returns got received gave replied responded reported raised threw'.split())
UNITS = set('''rows row items item records record orders order times bytes ms us s
seconds secs minutes entries lines requests users accounts payouts transfers messages'''.split())


def key_words(key):
    key = key.lstrip('@:$')
    if ':' in key:                      # XML namespace prefix ns2:ReturnCode
        key = key.split(':')[-1]
    parts = re.split(r'[_\-.\s]+', key)
    words = []
    for p in parts:
        words += re.findall(r'[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+', p)
    return [w.lower() for w in words if w]


def is_status_key(key):
    w = key_words(key)
    if not w or w[-1] not in ('code', 'codes', 'status'):
        return False
    return all(x in QUALIFIERS for x in w[:-1])


def as_code(num):
    """Digits found as a status value -> padded code, or None."""
    if len(num) == 6:
        return num
    if len(num) < 6:
        p = num.zfill(6)
        if p in CATD:
            return p
    return None


WORD = r'(?<![0-9A-Za-z_])(?<![0-9]\.)'
WEND = r'(?![0-9A-Za-z_])(?!\.[0-9])'

KV_RE = re.compile(r'(?<![?&\w\-.])([A-Za-z@:$][\w.\-]*?)\\*["\']?\s*(?:=>|[:=])\s*\\*["\']?(\d{1,6})' + WEND)
XML_RE = re.compile(r'<([\w:.\-]+)(?:\s[^>]*)?>\s*(\d{1,6})\s*</')
PHRASE_ERR_RE = re.compile(r'(?i)(?<![\w])(?:error|err)\s+(?:code\s+)?(?:is\s+)?:?\s*(\d{6})' + WEND + r'(\s+\w+)?')
PHRASE_CS_RE = re.compile(r'(?i)(?:(?<![\w\-.])(\w+)\s+|(?<![\w\-.]))(?:code|status)(?:\s+code)?\s*(?:is\s+)?:?\s*(\d{6})' + WEND + r'(\s+\w+)?')


def msg_pattern(code):
    t = CATD[code]
    words = t.split(' ')
    first = ' '.join(words[:3])
    last = ' '.join(words[-3:])

    def rx(s):
        s = re.escape(s)
        s = re.sub(r'\\\{[01]\\\}', r'[^"\'\\\\,;:{}\\[\\]=<>|]{1,40}?', s)
        return s.replace(r'\ ', r'\s+')
    return rx(first), rx(last)


SEP = r'[\s\-:|()\[\],=>"\'\\]{0,8}'
MSG_LINT = {}
FIRST_RX = {}
for _c in CODES:
    _f, _l = msg_pattern(_c)
    FIRST_RX[_c] = re.compile('(?i)' + _f)
    _s = _c.lstrip('0')
    _num = ('0*' + _s) if _s else '0+'
    MSG_LINT[_c] = (re.compile('(?i)' + WORD + _num + WEND + SEP + _f),
                    re.compile('(?i)(?:' + _l + '|' + _f + r'[^|]{0,200}?\.\.\.)' + SEP + WORD + _num + WEND))


def word_re(code):
    s = code.lstrip('0')
    body = ('0*' + s) if s else '0+'
    return re.compile(WORD + body + WEND)


class LabelError(Exception):
    pass


def check_record(shape, labels, line, nolint=False):
    where = '[%s] %r' % (shape, line)
    for ch in '\t\r\n':
        if ch in line:
            raise LabelError('forbidden character %r in %s' % (ch, where))
    for c in labels:
        if not re.fullmatch(r'\d{6}', c):
            raise LabelError('bad expected code %r in %s' % (c, where))
    pos = 0
    for c in labels:
        m = word_re(c).search(line, pos)
        if not m:
            raise LabelError('expected code %s not found (in order, as a word) in %s' % (c, where))
        pos = m.end()
    if nolint:
        return
    # Lint 1: a catalogue code next to its own message must be expected.
    for c in CODES:
        a, b = MSG_LINT[c]
        if (a.search(line) or b.search(line)) and c not in labels:
            raise LabelError('code %s stands next to its own message but is not expected in %s' % (c, where))
    # Lint 2: obvious status-key values must be expected.
    for m in KV_RE.finditer(line):
        key, num = m.group(1), m.group(2)
        if not is_status_key(key):
            continue
        prev = re.search(r'(\w+)\s+$', line[:m.start(1)])
        if prev and prev.group(1).lower() not in QUALIFIERS and prev.group(1).lower() not in LEAD:
            continue                    # "verification code: 482913" is a phrase, not a key
        code = as_code(num)
        if code is None:
            continue
        rest = line[m.end():m.end() + 30]
        unit = re.match(r'\s+(\w+)', rest)
        if unit and unit.group(1).lower() in UNITS:
            continue
        if code not in labels:
            raise LabelError('status key %r = %s not expected in %s' % (key, num, where))
    for m in XML_RE.finditer(line):
        key, num = m.group(1), m.group(2)
        code = as_code(num)
        if code and is_status_key(key) and code not in labels:
            raise LabelError('XML status element %r = %s not expected in %s' % (key, num, where))
    # Lint 3: obvious status phrases must be expected.
    for m in PHRASE_ERR_RE.finditer(line):
        unit = (m.group(2) or '').strip().lower()
        if unit in UNITS:
            continue
        if m.group(1) not in labels:
            raise LabelError('error phrase with %s not expected in %s' % (m.group(1), where))
    for m in PHRASE_CS_RE.finditer(line):
        before = (m.group(1) or '').lower()
        unit = (m.group(3) or '').strip().lower()
        if unit in UNITS or before in ('of',):
            continue
        if before and before not in QUALIFIERS and before not in LEAD:
            continue
        if m.group(2) not in labels:
            raise LabelError('status phrase with %s not expected in %s' % (m.group(2), where))


# --------------------------------------------------------------------------
# Rendering helpers for the various syntaxes
# --------------------------------------------------------------------------
def jc(o):
    """compact JSON (most loggers)"""
    return json.dumps(o, separators=(',', ':'), ensure_ascii=False)


def js(o):
    """json.dumps default separators (Python, Serilog :j style)"""
    return json.dumps(o, ensure_ascii=False)


def rb_str(s):
    return json.dumps(s, ensure_ascii=False)


def rb_hash(pairs, new=False):
    """Ruby Hash#inspect. pairs: (key, value); key str -> "k", key ':k' -> symbol."""
    out = []
    for k, v in pairs:
        vs = rb_val(v, new)
        if k.startswith(':'):
            out.append(('%s: %s' % (k[1:], vs)) if new else ('%s=>%s' % (k, vs)))
        else:
            out.append(('%s => %s' if new else '%s=>%s') % (rb_str(k), vs))
    return '{' + ', '.join(out) + '}'


def rb_val(v, new):
    if isinstance(v, list) and v and isinstance(v[0], tuple):
        return rb_hash(v, new)
    if isinstance(v, list):
        return '[' + ', '.join(rb_val(x, new) for x in v) + ']'
    if v is None:
        return 'nil'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (int, float)):
        return repr(v)
    return rb_str(v)


def ex_val(v):
    if isinstance(v, list) and v and isinstance(v[0], tuple):
        return ex_map(v)
    if v is None:
        return 'nil'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str) and v.startswith(':'):
        return v
    return json.dumps(v, ensure_ascii=False)


def ex_map(pairs):
    """Elixir map inspect: atom keys as k: v, string keys as "k" => v."""
    out = []
    atoms = all(k.startswith(':') for k, _ in pairs)
    for k, v in pairs:
        if k.startswith(':'):
            out.append('%s: %s' % (k[1:], ex_val(v)) if atoms else '%s => %s' % (k, ex_val(v)))
        else:
            out.append('%s => %s' % (json.dumps(k), ex_val(v)))
    return '%{' + ', '.join(out) + '}'


def csvq(s):
    if any(ch in s for ch in ',"'):
        return '"' + s.replace('"', '""') + '"'
    return s


def adj(code, m=None):
    """code and its own message side by side, in one of the common layouts"""
    if m is None:
        m = msg(code)
    if R.random() < 0.8:
        return R.choice(['%s - %s', '%s: %s', '[%s] %s', '(%s) %s', '%s %s', '%s | %s']) % (code, m)
    # message first, then the code (full message)
    return R.choice(['%s (%s)', '%s [%s]', '%s - %s']) % (fill(code), code)


# --------------------------------------------------------------------------
# Shapes.  Each template returns (labels, line) or (labels, line, 'nolint').
# --------------------------------------------------------------------------
SHAPES = []


def shape(name, desc, n, pos_share=0.40):
    def deco(fn):
        SHAPES.append((name, desc, n, pos_share, fn))
        return fn
    return deco


# ---- 1. Serilog text --------------------------------------------------------
SERILOG_CTX = ['Acme.Payments.Api.PayoutsController', 'Acme.Ledger.Client.LedgerHttpClient',
               'Acme.Fx.QuoteService', 'Acme.Cards.Issuing.CardService', 'Acme.Kyc.CddWorker',
               'Acme.Wallet.DebitHandler', 'Acme.Settlement.BatchRunner']


def serilog_pfx(lv):
    d = CLK()
    style = R.randrange(4)
    if style == 0:
        return '[%s %s] ' % (d.strftime('%H:%M:%S'), lv)
    if style == 1:
        return '%s.%s +00:00 [%s] ' % (d.strftime('%Y-%m-%d %H:%M:%S'), frac(3), lv)
    if style == 2:
        full = {'ERR': 'Error', 'WRN': 'Warning', 'INF': 'Information', 'DBG': 'Debug', 'FTL': 'Fatal'}[lv]
        return '%s.%s+08:00 [%s] (%s) ' % (d.strftime('%Y-%m-%dT%H:%M:%S'), frac(7), full, R.choice(SERILOG_CTX))
    return '%s [%s] ' % (d.strftime('%Y-%m-%d %H:%M:%S.') + frac(3), lv)


@shape('serilog_text', 'Serilog console/file sinks: output templates, quoted scalars, destructured { Prop: v } objects, {Properties:j}', 66)
def serilog_text():
    P = []
    N = []

    def p1():
        c = code6()
        return [c], '%sLedger rejected transfer "%s" with result code %s' % (serilog_pfx('ERR'), oid('TR'), c)

    def p2():
        c = cat_short()
        return [c], '%sUpstream response LedgerResult { Code: %s, Message: "%s", TraceId: "%s" }' % (
            serilog_pfx('ERR'), short(c), msg(c), hexs(32))

    def p3():
        c = code6()
        return [c], '%sPayout %s declined {"ResultCode": "%s", "Channel": "%s", "Attempt": %d}' % (
            serilog_pfx('WRN'), oid('PO'), c, R.choice(CHANNELS), R.randint(1, 4))

    def p4():
        c = cat()
        return [c], 'Acme.Payments.Domain.BizException: %s' % adj(c)

    def p5():
        c = code6()
        return [c], '%sQuote lock failed for "%s" {"SourceContext": "Acme.Fx.QuoteService", "RequestId": "0HN%s:0000000%d", "ErrorCode": "%s"}' % (
            serilog_pfx('ERR'), uuid(), hexs(9).upper(), R.randint(1, 9), c)

    def p6():
        c = cat()
        return [c], '%sProvider callback rejected: errCode=%s errMsg="%s"' % (serilog_pfx('ERR'), maybe_short(c), msg(c))

    def p7():
        c = code6()
        return [c], '%sCard "%s" limit update failed: status %s' % (serilog_pfx('WRN'), 'crd_' + hexs(12), c)

    def p8():
        c = code6()
        return [c], '%sRetrying wallet debit "%s" (attempt %d/5), last status %s' % (serilog_pfx('WRN'), oid('WD'), R.randint(2, 4), c)

    def p9():
        c = pick('000000', '120001', cat())
        return [c], '%sCompliance screening for "%s" returned code %s' % (serilog_pfx('INF'), 'cus_' + hexs(10), c)

    def p10():
        a, b = cat(), cat()
        return [a, b], '%sBatch %d finished with %d failures {"SourceContext": "Acme.Settlement.BatchRunner", "ErrorCodes": ["%s", "%s"], "MachineName": "%s"}' % (
            serilog_pfx('ERR'), R.randint(1000, 9999), R.randint(2, 40), a, b, pod('settlement-batch'))

    def p11():
        c = cat()
        return [c], '%sWallet service replied %s - %s' % (serilog_pfx('ERR'), c, msg(c))

    def p12():
        return ['000000'], '%sTransfer "%s" settled in %dms; ResultCode=%s' % (serilog_pfx('INF'), oid('TR'), R.randint(40, 900), pick('0', '000000'))

    def p13():
        c = cat_short()
        return [c], '%sFunding check failed PaymentResult { Success: False, Code: %s, Amount: %s, Currency: "%s" }' % (
            serilog_pfx('WRN'), short(c), amount(), R.choice(CURRENCIES))

    def p14():
        c = code6()
        return [c], '%sDownstream call to "card-provider" failed, received status code %s after %d ms' % (serilog_pfx('ERR'), c, R.randint(30, 5000))

    P += [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14]

    def n1():
        return [], '%sHTTP %s %s responded %d in %.4f ms' % (serilog_pfx('INF'), pick('POST', 'GET', 'PUT'), R.choice(PATHS), pick(200, 201, 400, 422, 502, 503), R.uniform(3, 4000))

    def n2():
        return [], '%sSent SMS verification code %s to "+852****%s"' % (serilog_pfx('INF'), otp(), digits(4))

    def n3():
        return [], '%sSettlement batch { BatchId: %s, Count: %d, Total: %s }' % (serilog_pfx('INF'), catint(), R.randint(10, 4000), amount())

    def n4():
        return [], '%sPayee bank details {"BankCode": "%s", "BranchCode": "%s", "AccountNumber": "%s", "SwiftCode": "HSBCHKHHHKH"}' % (
            serilog_pfx('DBG'), pick('004', '024', '012'), pick('130', '747', '011'), catnum() + digits(3))

    def n5():
        return [], '%sRequest finished HTTP/1.1 GET https://api.acme.io/v1/oauth/callback?code=%s&state=%s - 302 0 - %.4fms' % (
            serilog_pfx('INF'), catnum(), hexs(16), R.uniform(1, 90))

    def n6():
        return [], '%sApplied promo { PromoCode: "%s", Discount: 12.5, Currency: "%s" }' % (serilog_pfx('INF'), catnum(), R.choice(CURRENCIES))

    def n7():
        return [], '%sOrder {"OrderCode": "%s", "Status": "Pending", "Amount": %s}' % (serilog_pfx('WRN'), catnum(), amount())

    def n8():
        return [], '%sKYC address captured PostalCode=%s CountryCode=IN City="Hyderabad"' % (serilog_pfx('INF'), indian_pin())

    def n9():
        c = catnum()
        return [], '%sProvider reason %s: %s' % (serilog_pfx('WRN'), c, wrong_msg(c))

    def n10():
        return [], '%sThread pool queue length %s exceeds threshold 100000' % (serilog_pfx('WRN'), catint())

    def n11():
        return [], '%sExported %s rows to s3://acme-reports/settlement/2025-09-02.csv in %d ms' % (serilog_pfx('INF'), catint(), R.randint(100, 9000))

    def n12():
        return [], '%sConnection to ledger-db:5432 lost; retrying in 5000 ms (attempt %d)' % (serilog_pfx('ERR'), R.randint(1, 5))

    def n13():
        return [], '%sAcme.Payments.Worker[%s] Job "%s" failed after %d retries' % (serilog_pfx('ERR'), catshort_num(), 'settle-' + hexs(6), R.randint(1, 5))

    def n14():
        return [], '%sUpstream responded { StatusCode: %d, ReasonPhrase: "%s" }' % (serilog_pfx('WRN'), *pick((503, 'Service Unavailable'), (502, 'Bad Gateway'), (429, 'Too Many Requests')))

    def n15():
        return [], '%sPayout "%s" status changed Pending -> Failed (reason: "R04", amount %s)' % (serilog_pfx('INF'), oid('PO'), catint())

    def n16():
        return [], '%sApplication started. Press Ctrl+C to shut down. Hosting environment: Production; Now listening on: http://[::]:%s' % (serilog_pfx('INF'), catshort_num(65535))

    N += [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16]
    return P, N


# ---- 2. Serilog CLEF ---------------------------------------------------------
def clef_t():
    return iso(7)


@shape('serilog_clef', 'Serilog CompactJsonFormatter / RenderedCompactJsonFormatter (CLEF) events with @t/@mt/@m/@l/@x', 60)
def serilog_clef():
    def base(mt=None, m=None, lvl='Error'):
        e = {'@t': clef_t()}
        if mt:
            e['@mt'] = mt
        if m:
            e['@m'] = m
            e['@i'] = hexs(8)
        if lvl != 'Information':
            e['@l'] = lvl
        return e

    def p1():
        c = code6()
        e = base('Ledger rejected {TransferId} with {ResultCode}')
        e.update({'TransferId': oid('TR'), 'ResultCode': c, 'SourceContext': 'Acme.Ledger.Client.LedgerHttpClient'})
        return [c], jc(e)

    def p2():
        c = cat_short()
        e = base('Payout {PayoutId} rejected by provider', lvl='Warning')
        e.update({'PayoutId': oid('PO'), 'ResultCode': int(c), 'Provider': pick('hsbc', 'dbs', 'citi'), 'RequestId': '0HN' + hexs(9).upper()})
        return [c], jc(e)

    def p3():
        c = cat()
        e = base('Unhandled exception while processing {RequestPath}')
        e['@x'] = 'Acme.Payments.Domain.BizException: %s\r\n   at Acme.Payments.PayoutService.SubmitAsync(PayoutRequest req) in /src/Acme.Payments/PayoutService.cs:line %d\r\n   at Acme.Payments.Api.PayoutsController.Create(PayoutDto dto)' % (adj(c), R.randint(40, 400))
        e.update({'RequestPath': R.choice(PATHS), 'SourceContext': 'Acme.Payments.Api.ExceptionMiddleware'})
        return [c], jc(e)

    def p4():
        a, b = cat(), cat()
        e = base('Validation failed for {PayeeId}', lvl='Warning')
        e.update({'PayeeId': 'pye_' + hexs(12), 'ErrorCodes': [a, b], 'SourceContext': 'Acme.Payments.PayeeValidator'})
        return [a, b], jc(e)

    def p5():
        c = cat()
        e = base('Provider callback {@Payload}')
        e.update({'Payload': {'biz_code': maybe_short(c), 'biz_msg': msg(c), 'nonce': hexs(16)}, 'SourceContext': 'Acme.Kyc.CallbackController'})
        return [c], jc(e)

    def p6():
        c = code6()
        e = base('Upstream {Upstream} failed after {Elapsed} ms')
        e.update({'Upstream': pick('ledger', 'kyt', 'card-provider'), 'Elapsed': round(R.uniform(30, 5000), 4), 'UpstreamStatus': c})
        return [c], jc(e)

    def p7():
        c = code6()
        e = base(m=R.choice(['Card lookup failed: error code %s', 'Payee sync aborted, error code %s', 'Refund rejected by ledger: error code is %s']) % c)
        e.update({'ErrorCode': c, 'CardId': 'crd_' + hexs(12)})
        return [c, c], jc(e)

    def p8():
        c = cat_short()
        e = base('Ledger answered {@Response}')
        e['Response'] = {'$type': 'LedgerResponse', 'Code': int(c), 'Message': msg(c), 'TraceId': hexs(32)}
        return [c], jc(e)

    def p9():
        e = base('Payout {PayoutId} completed', lvl='Information')
        e.update({'PayoutId': oid('PO'), 'RetCode': pick('000000', '0'), 'ElapsedMilliseconds': round(R.uniform(20, 900), 4)})
        return ['000000'], jc(e)

    def p10():
        c = cat()
        e = base(m='Quote %s rejected: %s' % (hexs(8), adj(c)))
        e.update({'QuoteId': hexs(8)})
        return [c], jc(e)

    def p11():
        c = code6()
        e = base('Card issuance {CardRequestId} ended with app status {AppStatus}', lvl='Warning')
        e.update({'CardRequestId': uuid(), 'AppStatus': c})
        return [c], jc(e)

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11]

    def n1():
        e = base('HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms', lvl=pick('Information', 'Warning', 'Error'))
        e.update({'RequestMethod': 'POST', 'RequestPath': R.choice(PATHS), 'StatusCode': pick(200, 400, 422, 500, 502), 'Elapsed': round(R.uniform(1, 3000), 4),
                  'SourceContext': 'Serilog.AspNetCore.RequestLoggingMiddleware'})
        return [], jc(e)

    def n2():
        e = base('Payout submitted', lvl='Information')
        e.update({'EventId': {'Id': int(catshort_num()), 'Name': 'PayoutSubmitted'}, 'SourceContext': 'Acme.Payments.PayoutService'})
        return [], jc(e)

    def n3():
        e = base('OTP issued for {Phone}', lvl='Information')
        e.update({'Phone': '+852****' + digits(4), 'SmsCode': otp(), 'TtlSeconds': 300})
        return [], jc(e)

    def n4():
        e = base('Address normalised', lvl='Debug')
        e.update({'PostalCode': indian_pin(), 'CountryCode': 'IN', 'AreaCode': '040'})
        return [], jc(e)

    def n5():
        e = base('Settlement total {Total} for {Count} payouts', lvl='Information')
        e.update({'Total': float(catnum()) + 0.5, 'Count': R.randint(100, 9000), 'BatchId': int(catnum())})
        return [], jc(e)

    def n6():
        e = base('Gateway declined charge {ChargeId}', lvl='Warning')
        e.update({'ChargeId': 'ch_' + hexs(14), 'GatewayCode': catnum(), 'DeclineCode': pick('05', '51', '54', 'do_not_honor'), 'ReasonCode': 'AC04'})
        return [], jc(e)

    def n7():
        e = base('Call to {Url} failed')
        e['@x'] = 'System.Net.Http.HttpRequestException: Response status code does not indicate success: %d (%s).\r\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()' % pick((503, 'Service Unavailable'), (500, 'Internal Server Error'), (404, 'Not Found'))
        e['Url'] = 'https://ledger.internal%s' % R.choice(PATHS)
        return [], jc(e)

    def n8():
        e = base('Order {OrderCode} moved to {OrderStatus}', lvl='Information')
        e.update({'OrderCode': catnum(), 'OrderStatus': pick('Settled', 'Failed', 'Pending')})
        return [], jc(e)

    def n9():
        c = catnum()
        e = base(m='Unmapped provider message %s - %s' % (c, wrong_msg(c)), lvl='Warning')
        return [], jc(e)

    def n10():
        e = base('Worker heartbeat', lvl='Debug')
        e.update({'ProcessId': int(catnum()), 'ThreadId': R.randint(1, 80), 'MachineName': pod(), 'WorkingSet': R.randint(10 ** 8, 10 ** 9)})
        return [], jc(e)

    def n11():
        e = base('Voucher {VoucherCode} redeemed for {Amount}', lvl='Information')
        e.update({'VoucherCode': catnum(), 'Amount': float(amount())})
        return [], jc(e)

    def n12():
        e = base('Reconciler exited with {ExitCode}', lvl='Warning')
        e.update({'ExitCode': pick(1, 2, 137), 'DurationUs': int(catnum())})
        return [], jc(e)

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12]
    return P, N


# ---- 3. Monolog line -----------------------------------------------------------
def mono_dt():
    d = CLK()
    if R.random() < 0.7:
        return d.strftime('%Y-%m-%dT%H:%M:%S.') + frac(6) + '+00:00'
    return d.strftime('%Y-%m-%d %H:%M:%S')


def mono_extra():
    return pick('[]', '[]', jc({'uid': hexs(7)}), jc({'memory_usage': '%d MB' % R.randint(4, 64)}))


@shape('monolog_line', 'PHP Monolog LineFormatter: [datetime] channel.LEVEL: message {context-json} {extra-json}', 64)
def monolog_line():
    def L(ch, lv, message, ctx):
        return '[%s] %s.%s: %s %s %s' % (mono_dt(), ch, lv, message, ctx, mono_extra())

    def p1():
        c = cat()
        return [c], L('payment', 'ERROR', 'Gateway rejected payout', jc({'payout_id': 'po_' + hexs(10), 'code': c, 'message': msg(c)}))

    def p2():
        c = cat_short()
        return [c], L('ledger', 'WARNING', 'Ledger call unsuccessful', jc({'response': {'errCode': int(c), 'errMsg': msg(c)}, 'duration_ms': R.randint(30, 900)}))

    def p3():
        c = cat_short()
        exc = '[object] (App\\Exception\\BizException(code: %s): %s at /var/www/app/src/Service/PayoutService.php:%d)' % (short(c), msg(c), R.randint(20, 500))
        return [c], L('app', 'CRITICAL', 'Uncaught exception while submitting payout', jc({'exception': exc}))

    def p4():
        c = code6()
        return [c], L('app', 'ERROR', 'Ledger API failed with status %s' % c, '[]')

    def p5():
        c = cat()
        return [c], L('wallet', 'WARNING', 'Wallet debit declined: upstream error %s: %s' % (c, msg(c)), jc({'wallet_id': 'w_' + hexs(8)}))

    def p6():
        return ['000000'], L('payment', 'INFO', 'Transfer settled', jc({'transfer_id': oid('TR'), 'result_code': pick(0, '000000'), 'amount': amount()}))

    def p7():
        c = cat()
        return [c], L('api', 'ERROR', 'Upstream returned', jc({'status': 'error', 'code': c, 'msg': msg(c)}))

    def p8():
        c = code6()
        return [c], L('http', 'WARNING', 'Partner response headers', jc({'headers': {'content-type': ['application/json'], 'x-biz-status': [c], 'x-request-id': [uuid()]}}))

    def p9():
        c = cat()
        return [c], L('kyc', 'ERROR', 'CDD check failed: %s' % adj(c), jc({'customer_id': 'cus_' + hexs(10)}))

    def p10():
        c = code6()
        return [c], L('card', 'ERROR', 'Card provider call failed', jc({'RetCode': c, 'card_ref': 'crd_' + hexs(8), 'attempt': R.randint(1, 3)}))

    def p11():
        a, b = cat(), cat()
        return [a, b], L('import', 'WARNING', 'Bulk payee import finished with rejected rows', jc({'file': 'payees-%s.csv' % digits(8), 'error_codes': [a, b], 'rejected': R.randint(2, 90)}))

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11]

    def n1():
        return [], L('security', 'INFO', 'OTP dispatched', jc({'sms_code': otp(), 'phone': '+8529%s' % digits(7)}))

    def n2():
        return [], L('http', 'WARNING', 'Slow upstream', jc({'http_status': pick(502, 504, 200), 'duration_ms': R.randint(2000, 30000), 'bytes': int(catnum())}))

    def n3():
        exc = '[object] (GuzzleHttp\\Exception\\ConnectException(code: 28): cURL error 28: Operation timed out after %d milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://ledger.internal/v1/transfers at /var/www/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:210)' % R.randint(10000, 30000)
        return [], L('app', 'ERROR', 'Ledger unreachable', jc({'exception': exc}))

    def n4():
        v = int(catnum())
        return [], L('doctrine', 'DEBUG', 'Executing statement: SELECT t0.id AS id_1, t0.status AS status_2 FROM payout t0 WHERE t0.id = ? (parameters: array{"1":%d}, types: array{"1":1})' % v,
                     jc({'sql': 'SELECT t0.id AS id_1 FROM payout t0 WHERE t0.id = ?', 'params': {'1': v}, 'types': {'1': 1}}))

    def n5():
        return [], L('request', 'INFO', 'Matched route "oauth_callback".', jc({'route': 'oauth_callback', 'route_parameters': {'_route': 'oauth_callback'},
                                                                              'request_uri': 'https://pay.acme.io/oauth/callback?code=%s&state=%s' % (catnum(), hexs(12)), 'method': 'GET'}))

    def n6():
        return [], L('app', 'INFO', 'Voucher redeemed', jc({'voucher_code': catnum(), 'amount': amount(), 'currency': R.choice(CURRENCIES)}))

    def n7():
        return [], L('messenger', 'INFO', 'Received message App\\Message\\SettlePayout', jc({'message_id': int(catnum()), 'class': 'App\\Message\\SettlePayout'}))

    def n8():
        c = catnum()
        return [], L('app', 'ERROR', 'Mapping failed for %s %s' % (c, wrong_msg(c)), '[]')

    def n9():
        return [], L('security', 'DEBUG', 'Checking for authenticator support.', jc({'firewall_name': 'api', 'authenticators': 2}))

    def n10():
        return [], L('app', 'INFO', 'Order state changed', jc({'order_status': pick('FAILED', 'SETTLED'), 'order_no': catnum(), 'branch_code': pick('747', '011')}))

    def n11():
        exc = '[object] (PDOException(code: HY000): SQLSTATE[HY000] [2002] Connection refused at /var/www/vendor/doctrine/dbal/src/Driver/PDO/Connection.php:%d)' % R.randint(20, 90)
        return [], L('doctrine', 'CRITICAL', 'Database unreachable', jc({'exception': exc}))

    def n12():
        return [], L('php', 'WARNING', 'Warning: Undefined array key "result_code"', jc({'exception': '[object] (ErrorException(code: 2): Warning: Undefined array key "result_code" at /var/www/app/src/Client/LedgerClient.php:%d)' % R.randint(40, 300)}))

    def n13():
        return [], L('cron', 'INFO', 'Reconciliation complete', jc({'processed': int(catnum()), 'elapsed_us': int(catnum()), 'exit_code': 0}))

    def n14():
        return [], L('app', 'NOTICE', 'Mobile number saved', jc({'country_code': '+852', 'area_code': catshort_num(), 'verify_code': otp()}))

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14]
    return P, N


# ---- 4. Monolog JSON ------------------------------------------------------------
MONO_LEVELS = {'DEBUG': 100, 'INFO': 200, 'NOTICE': 250, 'WARNING': 300, 'ERROR': 400, 'CRITICAL': 500}


@shape('monolog_json', 'PHP Monolog JsonFormatter: {"message","context","level","level_name","channel","datetime","extra"}', 56)
def monolog_json():
    def J(message, ctx, lv='ERROR', ch=None, extra=None):
        o = {'message': message, 'context': ctx, 'level': MONO_LEVELS[lv], 'level_name': lv,
             'channel': ch or pick('app', 'payment', 'ledger', 'card'), 'datetime': CLK().strftime('%Y-%m-%dT%H:%M:%S.') + frac(6) + '+00:00',
             'extra': extra if extra is not None else pick({}, {'uid': hexs(7)}, {'request_id': uuid()})}
        return jc(o)

    def p1():
        c = code6()
        return [c], J('Payout rejected by ledger', {'payout_id': 'po_' + hexs(10), 'error_code': c})

    def p2():
        c = cat_short()
        return [c], J('Partner response', {'response': {'data': {'code': int(c), 'message': msg(c)}, 'status': 422}}, 'WARNING')

    def p3():
        c = cat_short()
        return [c], J('Uncaught exception', {'exception': {'class': 'App\\Exception\\BizException', 'message': msg(c), 'code': int(c),
                                                           'file': '/var/www/app/src/Service/PayoutService.php:%d' % R.randint(20, 500)}}, 'CRITICAL')

    def p4():
        c = code6()
        return [c], J('Payout failed: error %s' % c, {'payout_id': 'po_' + hexs(10)})

    def p5():
        c = code6()
        return [c], J('KYT gateway degraded', {'upstream_status': c, 'retry_in': 30}, 'WARNING')

    def p6():
        c = cat()
        return [c], J('Card provider said %s' % adj(c), {'card_id': 'crd_' + hexs(10)})

    def p7():
        return ['000000'], J('Charge captured', {'charge_id': 'ch_' + hexs(12), 'resultCode': pick('000000', 0, '0')}, 'INFO')

    def p8():
        c = cat()
        body = jc({'retCode': c, 'retMsg': msg(c)})
        return [c], J('Raw partner body', {'body': body, 'http_status': 200}, 'NOTICE')

    def p9():
        a = cat()
        return [a, a], J('Ledger error %s' % a, {'ledger': {'api_code': a}}, 'ERROR')

    def p10():
        c = cat()
        return [c], J('Queue consumer failed', {'exception': {'class': 'App\\Exception\\UpstreamException', 'message': adj(c), 'code': 502,
                                                             'file': '/var/www/app/src/Consumer/PayoutConsumer.php:%d' % R.randint(20, 300)}})

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]

    def n1():
        return [], J('Guzzle request failed', {'exception': {'class': 'GuzzleHttp\\Exception\\ClientException', 'message': 'Client error: `POST https://ledger.internal/v1/transfers` resulted in a `400 Bad Request` response', 'code': 400,
                                                             'file': '/var/www/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113'}})

    def n2():
        return [], J('Database error', {'exception': {'class': 'PDOException', 'message': 'SQLSTATE[HY000]: General error: 2006 MySQL server has gone away', 'code': 'HY000',
                                                      'file': '/var/www/vendor/doctrine/dbal/src/Driver/PDO/Statement.php:121'}}, 'CRITICAL')

    def n3():
        return [], J('OTP sent', {'otp_code': otp(), 'channel': 'sms', 'ttl': 300}, 'INFO')

    def n4():
        return [], J('Request handled', {'method': 'POST', 'uri': R.choice(PATHS), 'status': pick(200, 201, 400, 404, 500), 'duration_ms': R.randint(5, 4000)}, 'INFO', 'http')

    def n5():
        return [], J('Payee saved', {'bank_code': pick('004', '024'), 'branch_code': catshort_num(), 'swift_code': 'DBSSHKHH', 'postal_code': indian_pin()}, 'INFO')

    def n6():
        return [], J('Order lookup failed: order %s not found' % catnum(), {'order_id': catnum()}, 'WARNING')

    def n7():
        return [], J('Batch stats', {'rows': int(catnum()), 'elapsed_us': int(catnum()), 'amount': float(catnum()) + 0.25}, 'INFO')

    def n8():
        return [], J('Callback received', {'url': 'https://pay.acme.io/notify?resultCode=%s&sign=%s' % (catnum(), hexs(32))}, 'INFO')

    def n9():
        c = catnum()
        return [], J('Provider text %s %s' % (c, wrong_msg(c)), {}, 'WARNING')

    def n10():
        return [], J('Worker stopped', {'exit_code': 1, 'pid': int(catnum()), 'signal': 'SIGTERM'}, 'NOTICE')

    def n11():
        return [], J('Gateway decline', {'gateway_code': catnum(), 'decline_code': '51', 'reason_code': 'insufficient_funds'}, 'WARNING')

    def n12():
        return [], J('Rate limited', {'retry_after': 120, 'limit': 100000, 'remaining': 0}, 'WARNING', 'http')

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12]
    return P, N


# ---- 5. Rails logger -----------------------------------------------------------
def rails_pfx(lv='INFO'):
    d = CLK()
    letter = lv[0]
    pid = int(catnum()) if R.random() < 0.15 else R.randint(8, 40000)
    base = '%s, [%s.%s #%d] %5s -- : ' % (letter, d.strftime('%Y-%m-%dT%H:%M:%S'), frac(6), pid, lv)
    if R.random() < 0.7:
        base += '[%s] ' % uuid()
    return base


@shape('rails_logger', 'Ruby on Rails logger (Logger::Formatter, tagged request ids), hash inspect (=> and Ruby 3.4 styles), lograge, ActiveRecord', 66)
def rails_logger():
    def p1():
        c = cat()
        return [c], rails_pfx('ERROR') + 'Ledger response: ' + rb_hash([('code', maybe_short(c, 0.2)), ('msg', msg(c)), ('trace', hexs(16))])

    def p2():
        c = cat_short()
        return [c], rails_pfx('WARN') + 'Provider error ' + rb_hash([(':code', int(c)), (':message', msg(c)), (':retryable', False)])

    def p3():
        c = cat_short()
        return [c], rails_pfx('ERROR') + 'PayoutService failed: ' + rb_hash([(':code', int(c)), (':message', msg(c))], new=True)

    def p4():
        c = cat()
        return [c], rails_pfx('FATAL') + '%s (%s):' % (pick('PaymentGateway::RejectedError', 'Ledger::BizError', 'Cards::ProviderError'), adj(c))

    def p5():
        c = code6()
        return [c], 'method=POST path=%s format=json controller=Api::V1::PayoutsController action=create status=422 duration=%.2f view=%.2f db=%.2f app_code=%s request_id=%s' % (
            R.choice(PATHS), R.uniform(10, 900), R.uniform(0, 5), R.uniform(0, 40), c, uuid())

    def p6():
        return ['000000'], rails_pfx('INFO') + 'Faraday response: status=200 body=' + jc({'result': {'code': '000000', 'message': 'Transaction succeeded'}})

    def p7():
        c = cat()
        return [c], rails_pfx('ERROR') + 'PayoutJob (Job ID: %s) failed: upstream error %s: %s' % (uuid(), c, msg(c))

    def p8():
        c = code6()
        return [c], rails_pfx('ERROR') + '#<Ledger::Response:0x0000%s @status=422, @body=%s>' % (hexs(12), rb_hash([('errCode', c), ('requestId', hexs(12))]))

    def p9():
        c = cat()
        return [c], rails_pfx('ERROR') + '#<Acme::ApiError: @result_code="%s", @message="%s">' % (c, msg(c))

    def p10():
        c = code6()
        return [c], rails_pfx('WARN') + 'Wallet debit %s ' % oid('WD') + rb_hash([('wallet_id', 'w_' + hexs(8)), ('biz_status', c)], new=True)

    def p11():
        a, b = cat(), cat()
        return [a, b], rails_pfx('WARN') + 'Payee import rejected rows: ' + rb_hash([(':row', R.randint(2, 900)), (':error_codes', [a, b])], new=R.random() < 0.5)

    def p12():
        c = code6()
        return [c], rails_pfx('ERROR') + 'Sidekiq retry for CardIssueJob: card provider returned code %s' % c

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12]

    def n1():
        return [], rails_pfx('INFO') + 'Started POST "%s?promo_code=%s" for %s at %s +0000' % (R.choice(PATHS), catnum(), ip(), CLK().strftime('%Y-%m-%d %H:%M:%S'))

    def n2():
        return [], rails_pfx('INFO') + 'Processing by Api::V1::PayoutsController#create as JSON'

    def n3():
        return [], rails_pfx('INFO') + '  Parameters: ' + rb_hash([('payout', [('amount', str(int(catnum()))), ('currency', R.choice(CURRENCIES)), ('bank_code', '004'), ('branch_code', catshort_num())]), ('otp', otp())])

    def n4():
        return [], rails_pfx('INFO') + 'Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, 0 cached) | GC: %.1fms)' % (
            pick('200 OK', '422 Unprocessable Content', '201 Created', '500 Internal Server Error'), R.randint(5, 900), R.uniform(0, 5), R.uniform(0, 40), R.randint(1, 12), R.uniform(0, 3))

    def n5():
        return [], rails_pfx('DEBUG') + '  Payee Load (%.1fms)  SELECT "payees".* FROM "payees" WHERE "payees"."id" = $1 LIMIT $2  [["id", %d], ["LIMIT", 1]]' % (R.uniform(0.1, 3), int(catnum()))

    def n6():
        return [], rails_pfx('INFO') + '[ActiveJob] Enqueued SettlementJob (Job ID: %s) to Sidekiq(default) with arguments: %d, "%s"' % (uuid(), int(catnum()), R.choice(CURRENCIES))

    def n7():
        return [], rails_pfx('DEBUG') + '  Rendered payouts/show.json.jbuilder (Duration: %.1fms | Allocations: %d)' % (R.uniform(0.2, 9), int(catnum()))

    def n8():
        return [], 'method=GET path=/api/v1/cards/%s format=json controller=Api::V1::CardsController action=show status=404 duration=%.2f view=0.00 db=%.2f' % (catnum(), R.uniform(2, 90), R.uniform(0, 9))

    def n9():
        return [], rails_pfx('INFO') + 'SMS queued ' + rb_hash([(':sms_code', otp()), (':phone', '+8529' + digits(7))])

    def n10():
        return [], rails_pfx('ERROR') + 'ActiveRecord::RecordNotFound (Couldn\'t find Payee with \'id\'=%d):' % int(catnum())

    def n11():
        c = catnum()
        return [], rails_pfx('ERROR') + 'Ledger::Error (%s - %s):' % (c, wrong_msg(c))

    def n12():
        return [], rails_pfx('INFO') + 'Faraday::ServerError (the server responded with status %d)' % pick(500, 502, 503)

    def n13():
        return [], rails_pfx('INFO') + 'Address ' + rb_hash([('zip_code', indian_pin()), ('country_code', 'IN'), ('state_code', 'TG')], new=True)

    def n14():
        return [], rails_pfx('DEBUG') + '  TRANSACTION (%.1fms)  COMMIT' % R.uniform(0.1, 2)

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14]
    return P, N


# ---- 6. Envoy access logs ---------------------------------------------------------
def envoy_default(path=None, code=None, extra=''):
    return '[%s] "%s %s %s" %d %s %d %d %d %s "%s" "%s" "%s" "%s" "%s:%d"%s' % (
        iso(3), pick('POST', 'GET', 'PUT'), path or R.choice(PATHS), pick('HTTP/1.1', 'HTTP/2'),
        code if code is not None else pick(200, 200, 201, 400, 422, 503, 504),
        pick('-', '-', 'UF', 'UT', 'URX'), R.randint(0, 4000), R.randint(0, 200000), R.randint(1, 9000),
        str(R.randint(1, 8000)) if R.random() < 0.8 else '-', ip(),
        pick('okhttp/4.12.0', 'Go-http-client/2.0', 'python-requests/2.32.3', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)'),
        uuid(), pick('api.acme.io', 'ledger.internal', 'payments.internal'), ip(), pick(8080, 8443, 9000), extra)


def envoy_json(extra, code=None):
    o = {'start_time': iso(3), 'method': pick('POST', 'GET'), 'path': R.choice(PATHS), 'protocol': pick('HTTP/1.1', 'HTTP/2'),
         'response_code': code if code is not None else pick(200, 400, 422, 502, 503),
         'response_flags': pick('-', 'UF', 'UT'), 'bytes_received': R.randint(0, 4000), 'bytes_sent': R.randint(0, 200000),
         'duration': R.randint(1, 9000), 'upstream_service_time': str(R.randint(1, 8000)),
         'x_forwarded_for': ip(), 'request_id': uuid(), 'authority': pick('api.acme.io', 'ledger.internal'),
         'upstream_host': '%s:8080' % ip()}
    items = list(o.items())
    for k, v in extra:
        items.insert(R.randint(4, len(items)), (k, v))
    return jc(dict(items))


@shape('envoy_access', 'Envoy access logs: default text format, format dictionaries (JSON), custom %RESP()% headers, component logs', 60)
def envoy_access():
    def p1():
        c = code6()
        return [c], envoy_json([('x_app_code', c)], code=pick(400, 422, 200))

    def p2():
        c = code6()
        return [c], envoy_default(code=pick(400, 422, 502), extra=' biz_code=%s' % c)

    def p3():
        c = cat_short()
        return [c], envoy_json([('app_code', short(c)), ('grpc_status', pick('InvalidArgument', 'FailedPrecondition'))], code=200)

    def p4():
        c = code6()
        return [c], '[%s][%d][info][lua] [source/extensions/filters/http/lua/lua_filter.cc:%d] script log: upstream rejected: result_code=%s path=%s' % (
            CLK().strftime('%Y-%m-%d %H:%M:%S.') + frac(3), R.randint(10, 60), R.randint(800, 990), c, R.choice(PATHS))

    def p5():
        c = code6()
        return [c], envoy_json([('x-result-code', c), ('route_name', 'payouts_v1')])

    def p6():
        c = code6()
        return [c], envoy_json([('app_status', c), ('response_code_details', 'via_upstream')], code=pick(500, 503))

    def p7():
        c = cat()
        return [c], '[%s][%d][warning][lua] [source/extensions/filters/http/lua/lua_filter.cc:%d] script log: partner replied %s' % (
            CLK().strftime('%Y-%m-%d %H:%M:%S.') + frac(3), R.randint(10, 60), R.randint(800, 990), adj(c))

    def p8():
        c = code6()
        return [c], envoy_default(code=pick(400, 409), extra=' "x-biz-code=%s"' % c)

    P = [p1, p2, p3, p4, p5, p6, p7, p8]

    def n1():
        return [], envoy_default()

    def n2():
        return [], envoy_default(path='/v1/oauth/token?code=%s&grant_type=authorization_code' % catnum(), code=200)

    def n3():
        return [], envoy_json([('response_code_details', 'upstream_reset_before_response_started{connection_failure}'), ('upstream_transport_failure_reason', 'delayed connect error: 111')], code=503)

    def n4():
        return [], envoy_json([('bytes_sent', int(catnum())), ('downstream_remote_address', '%s:%s' % (ip(), catshort_num(65535)))])

    def n5():
        return [], envoy_json([('grpc_status', str(R.randint(1, 16))), ('upstream_cluster', 'outbound|50051||ledger.svc.cluster.local')], code=200)

    def n6():
        return [], '[%s][1][info][main] [source/server/server.cc:%d] all clusters initialized. initializing init manager' % (CLK().strftime('%Y-%m-%d %H:%M:%S.') + frac(3), R.randint(800, 990))

    def n7():
        return [], '[%s][1][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:%d] StreamAggregatedResources gRPC config stream to xds_cluster closed: 14, upstream connect error or disconnect/reset before headers. reset reason: connection failure' % (
            CLK().strftime('%Y-%m-%d %H:%M:%S.') + frac(3), R.randint(100, 200))

    def n8():
        return [], envoy_default(path='/v1/payees/%s' % catnum(), code=404)

    def n9():
        return [], '[%s][%d][debug][router] [source/common/router/router.cc:%d] [Tags: "ConnectionId":"%d","StreamId":"%s"] upstream headers complete: end_stream=false' % (
            CLK().strftime('%Y-%m-%d %H:%M:%S.') + frac(3), R.randint(10, 60), R.randint(1400, 1500), int(catnum()), digits(19))

    def n10():
        return [], envoy_json([('duration', int(catnum())), ('response_flags', 'UT'), ('x_verify_code', otp())], code=504)

    def n11():
        return [], '[%s] "- - -" 0 - %d %d %d - "-" "-" "-" "-" "%s:5432"' % (iso(3), R.randint(100, 9000), int(catnum()), R.randint(10, 90000), ip())

    def n12():
        return [], envoy_default(code=pick(429, 503), extra=' biz_code=-')

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12]
    return P, N


# ---- 7. SOAP / XML bodies -----------------------------------------------------------
def soap_pfx():
    d = CLK()
    return pick('%s INFO  [cxf] Payload: ' % (d.strftime('%Y-%m-%d %H:%M:%S,') + frac(3)),
                '%s DEBUG o.s.ws.client.MessageTracing.received : Received response [' % (d.strftime('%Y-%m-%d %H:%M:%S.') + frac(3)),
                '%s [soap-client] response body: ' % (d.strftime('%Y-%m-%dT%H:%M:%S.') + frac(3) + 'Z'))


def envelope(body, ns='soap'):
    uri = 'http://schemas.xmlsoap.org/soap/envelope/' if ns != 'env' else 'http://www.w3.org/2003/05/soap-envelope'
    return '<%s:Envelope xmlns:%s="%s"><%s:Body>%s</%s:Body></%s:Envelope>' % (ns, ns, uri, ns, body, ns, ns)


@shape('soap_xml', 'SOAP 1.1/1.2 envelopes and faults, ISO 20022-style XML, XML attributes, logged by CXF / Spring-WS clients', 60)
def soap_xml():
    def W(x):
        p = soap_pfx()
        return p + x + (']' if p.endswith('[') else '')

    def p1():
        c = code6()
        return [c], W(envelope('<ns2:TransferResponse xmlns:ns2="urn:acme:ledger:v2"><ns2:ResultCode>%s</ns2:ResultCode><ns2:ResultMessage>%s</ns2:ResultMessage><ns2:TxnRef>%s</ns2:TxnRef></ns2:TransferResponse>' % (
            c, 'Rejected', oid('TR'))))

    def p2():
        c = cat()
        return [c, c], W(envelope('<soap:Fault><faultcode>soap:Server</faultcode><faultstring>%s - %s</faultstring><detail><ns2:BizFault xmlns:ns2="urn:acme:pay"><errorCode>%s</errorCode></ns2:BizFault></detail></soap:Fault>' % (c, msg(c), c)))

    def p3():
        c = cat()
        return [c], W(envelope('<env:Fault><env:Code><env:Value>env:Receiver</env:Value></env:Code><env:Reason><env:Text xml:lang="en">%s (%s)</env:Text></env:Reason></env:Fault>' % (
            CATD[c] if '{0}' not in CATD[c] else fill(c), c), ns='env'))

    def p4():
        c = cat()
        return [c], W('<?xml version="1.0" encoding="UTF-8"?><PayoutResponse><Result code="%s" message="%s"/><PayoutId>%s</PayoutId></PayoutResponse>' % (maybe_short(c, 0.3), msg(c), oid('PO')))

    def p5():
        return ['000000'], W('<CardIssueResponse><Status code="%s" severity="INFO"/><CardRef>crd_%s</CardRef></CardIssueResponse>' % (pick('0', '000000'), hexs(10)))

    def p6():
        c = cat_short()
        return [c], W(envelope('<ns2:QueryResponse xmlns:ns2="urn:acme:fx"><ns2:ReturnCode>%s</ns2:ReturnCode><ns2:Rate>7.8%s</ns2:Rate></ns2:QueryResponse>' % (short(c), digits(3))))

    def p7():
        a, b = cat(), cat()
        return [a, b], W('<ValidationResult><valid>false</valid><errorCodes><code>%s</code><code>%s</code></errorCodes></ValidationResult>' % (a, b))

    def p8():
        c = code6(0.3)
        return [c], W(envelope('<ns:PayResponse xmlns:ns="urn:acme:acq"><ns:respCode>%s</ns:respCode><ns:authCode>%s</ns:authCode></ns:PayResponse>' % (c, digits(6))))

    def p9():
        c = code6()
        return [c], W('<HealthResponse><Component name="kyt"><ApiStatus>%s</ApiStatus></Component></HealthResponse>' % c)

    def p10():
        c = cat()
        return [c], W(envelope('<soap:Fault><faultcode>soap:Client</faultcode><faultstring>%s</faultstring></soap:Fault>' % adj(c)))

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]

    def n1():
        return [], W('<Payee><Name>Chan Tai Man</Name><BankCode>%s</BankCode><BranchCode>%s</BranchCode><PostalCode>%s</PostalCode></Payee>' % (pick('004', '024'), catshort_num(), indian_pin()))

    def n2():
        return [], W('<CdtTrfTxInf><PmtId><EndToEndId>%s</EndToEndId></PmtId><Amt><InstdAmt Ccy="%s">%s.00</InstdAmt></Amt></CdtTrfTxInf>' % (oid('E2E'), R.choice(CURRENCIES), catint()))

    def n3():
        return [], W('<TxInfAndSts><OrgnlEndToEndId>%s</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>%s</Cd></Rsn></StsRsnInf></TxInfAndSts>' % (oid('E2E'), pick('AC04', 'AM04', 'BE05', 'RR04')))

    def n4():
        return [], W('<GrpHdr><MsgId>%s</MsgId><CreDtTm>2025-09-02T14:05:02</CreDtTm><NbOfTxs>%s</NbOfTxs><CtrlSum>%s.50</CtrlSum></GrpHdr>' % (catnum(), catint(), catint()))

    def n5():
        return [], W(envelope('<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Unmarshalling Error: cvc-pattern-valid: Value \'%s\' is not facet-valid with respect to pattern \'[0-9]{6}\'</faultstring></soap:Fault>' % pick('04O011', '5000OO', '13OOO1')))

    def n6():
        return [], W('<wsse:Security><wsu:Timestamp wsu:Id="TS-%d"><wsu:Created>2025-09-02T14:05:02.%sZ</wsu:Created></wsu:Timestamp></wsse:Security>' % (R.randint(1, 99), catnum()))

    def n7():
        return [], W('<VerifyRequest><VerificationCode>%s</VerificationCode><CountryCode>344</CountryCode></VerifyRequest>' % otp())

    def n8():
        d = CLK()
        return [], '%s INFO  [cxf] Inbound Message: ID: %d, Response-Code: %d, Encoding: UTF-8, Content-Type: text/xml;charset=UTF-8' % (d.strftime('%Y-%m-%d %H:%M:%S,') + frac(3), R.randint(1, 9999), pick(200, 500))

    def n9():
        return [], W('<ns2:ChargeResponse xmlns:ns2="urn:acme:acq"><ns2:SequenceNo>%s</ns2:SequenceNo><ns2:Status>APPROVED</ns2:Status></ns2:ChargeResponse>' % catshort_num())

    def n10():
        return [], W('<TxnResult><TxnStatus>%s</TxnStatus><TxnId>%s</TxnId></TxnResult>' % (catnum(), oid('TX')))

    def n11():
        c = catnum()
        return [], W('<Notice><Ref>%s</Ref><Text>%s</Text></Notice>' % (c, wrong_msg(c)))

    def n12():
        return [], W('<?xml version="1.0" encoding="UTF-8"?><PromoCheck><PromoCode>%s</PromoCode><Valid>true</Valid></PromoCheck>' % catnum())

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12]
    return P, N


# ---- 8. syslog RFC 5424 --------------------------------------------------------------
def r5424(sd, msgtext, app=None, pri=None, procid=None, msgid=None):
    app = app or R.choice(SERVICES)
    return '<%d>1 %s %s %s %s %s %s %s' % (
        pri if pri is not None else pick(11, 12, 14, 131, 134, 139, 163),
        iso(6, pick('Z', '+00:00', '+08:00')), pod(app), app,
        procid if procid is not None else str(R.randint(1, 65000)),
        msgid or pick('-', 'PAYOUT', 'AUDIT', 'ID47', 'LEDGER'), sd or '-',
        (('\ufeff' if R.random() < 0.25 and not msgtext[:1].isdigit() and msgtext[:1] not in '[(' else '') + msgtext) if msgtext else '')


@shape('syslog_rfc5424', 'RFC 5424 syslog: <PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD-ID param="v"...] MSG (optionally BOM)', 60)
def syslog_5424():
    def p1():
        c = code6()
        return [c], r5424('[pay@41058 resultCode="%s" orderId="%s"]' % (c, oid('ORD')), 'transfer rejected')

    def p2():
        c = code6()
        return [c], r5424('-', 'Payout %s rejected: error code %s' % (oid('PO'), c))

    def p3():
        c = cat()
        return [c], r5424('[meta sequenceId="%d"]' % R.randint(1, 99999), adj(c))

    def p4():
        c = cat_short()
        return [c], r5424('[app@41058 errCode="%s" traceId="%s"]' % (short(c), hexs(32)), 'ledger call failed')

    def p5():
        c = cat()
        return [c], r5424('-', jc({'level': 'error', 'biz_code': maybe_short(c), 'msg': msg(c)}))

    def p6():
        c = code6()
        return [c], r5424('[svc@53595 app-status="%s" region="ap-east-1"]' % c, 'health probe degraded')

    def p7():
        a = code6()
        b = code6()
        return [a, b], r5424('[pay@41058 upstreamCode="%s"]' % a, 'retry exhausted - status %s' % b)

    def p8():
        return ['000000'], r5424('[pay@41058 ret_code="%s" amount="%s" ccy="%s"]' % (pick('0', '000000'), amount(), R.choice(CURRENCIES)), 'payout settled', msgid='PAYOUT')

    def p9():
        c = code6()
        return [c], r5424('[exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"]', 'KYT screening got status %s for order %s' % (c, oid('ORD')))

    def p10():
        c = code6()
        return [c], r5424('[risk@41058 failCode="%s" rule="kyt-7"]' % c, 'screening blocked order %s' % oid('ORD'))

    def p11():
        c = code6()
        return [c], r5424('-', 'risk check for %s reported code %s' % (oid('ORD'), c))

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11]

    def n1():
        return [], r5424('[timeQuality tzKnown="1" isSynced="1" syncAccuracy="%s"]' % catnum(), 'clock sync ok')

    def n2():
        return [], r5424('[origin ip="%s" enterpriseId="32473" software="payd" swVersion="2.4.1"]' % ip(), 'worker started')

    def n3():
        return [], r5424('[meta sequenceId="%s" sysUpTime="%d"]' % (catshort_num(), R.randint(1000, 9999999)), 'heartbeat')

    def n4():
        return [], r5424('-', 'reconcile run finished', procid=catint())

    def n5():
        return [], r5424('-', 'Accepted publickey for deploy from %s port %s ssh2: ED25519 SHA256:%s' % (ip(), catshort_num(65535), hexs(20)), app='sshd')

    def n6():
        return [], r5424('-', 'payout-worker.service: Main process exited, code=exited, status=%s' % pick('1/FAILURE', '203/EXEC', '143'), app='systemd', procid='1')

    def n7():
        return [], r5424('-', '[%d.%s] Out of memory: Killed process %d (java) total-vm:%skB' % (R.randint(1000, 900000), frac(6), R.randint(100, 99999), catint()), app='kernel', procid='-')

    def n8():
        return [], r5424('[otp@41058 channel="sms" verifyCode="%s"]' % otp(), 'otp issued')

    def n9():
        return [], r5424('[pay@41058 httpStatus="%d" orderStatus="FAILED"]' % pick(502, 503, 400), 'upstream failure')

    def n10():
        return [], r5424('-', 'order %s not found in ledger' % catnum())

    def n11():
        return [], r5424('-', '(root) CMD (/usr/local/bin/settle --batch %s --limit 100000)' % catnum(), app='CRON')

    def n12():
        return [], r5424('[pay@41058 bankCode="004" branchCode="%s" amount="%s.00"]' % (catshort_num(), catint()), 'payee registered')

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12]
    return P, N


# ---- 9. CSV exports ------------------------------------------------------------------
def csv_ts():
    return iso(0)


@shape('csv_export', 'CSV / pipe-delimited transaction exports: header rows, rows with code+message columns, key=value and JSON detail columns', 58)
def csv_export():
    def row(*cols):
        return ','.join(csvq(str(x)) for x in cols)

    def p1():
        c = cat()
        return [c], row(oid('TX'), csv_ts(), 'M' + digits(6), R.choice(CURRENCIES), amount(), 'FAILED', c, msg(c))

    def p2():
        return ['000000'], row(oid('TX'), csv_ts(), 'M' + digits(6), R.choice(CURRENCIES), amount(), 'SUCCESS', '000000', 'Transaction succeeded')

    def p3():
        c = code6()
        ch = R.choice(CHANNELS)
        return [c], row(oid('PO'), csv_ts(), ch, amount(), 'REJECTED', 'result_code=%s; channel=%s; retry=false' % (c, ch))

    def p4():
        c = cat()
        return [c], row(oid('PO'), csv_ts(), amount(), 'FAILED', jc({'code': c, 'msg': msg(c, trunc=0.5)}))

    def p5():
        c = cat()
        m = CATD[c] if '{0}' not in CATD[c] else fill(c)
        return [c], row(oid('CRD'), csv_ts(), 'APPROVED' if c == '000000' else 'DECLINED', m, c, csv_ts())

    def p6():
        c = cat()
        return [c], '|'.join([oid('TX'), csv_ts(), R.choice(CURRENCIES), amount(), 'FAILED', c, msg(c)])

    def p7():
        c = code6()
        return [c], row(oid('RF'), csv_ts(), amount(), 'ERROR', 'upstream error %s' % c)

    P = [p1, p2, p3, p4, p5, p6, p7]

    def n1():
        return [], pick('transaction_id,created_at,merchant_id,currency,amount,status,result_code,result_message',
                        'payout_id,created_at,channel,amount,status,details',
                        'card_ref,created_at,status,reason,result_code,updated_at',
                        'txn_id|created_at|currency|amount|status|code|message',
                        'id,created_at,customer_id,promo_code,zip_code,bank_code,amount')

    def n2():
        return [], row(oid('TX'), csv_ts(), 'M' + digits(6), R.choice(CURRENCIES), amount(), 'PENDING', '', '')

    def n3():
        return [], row(oid('TX'), csv_ts(), 'M-' + catnum(), R.choice(CURRENCIES), catint() + '.00', 'SUCCESS', '', '')

    def n4():
        return [], row(R.randint(10 ** 6, 10 ** 7), csv_ts(), 'cus_' + hexs(8), catnum(), indian_pin(), pick('004', '024', '040'), amount())

    def n5():
        return [], row(oid('PO'), csv_ts(), R.choice(CHANNELS), amount(), 'REJECTED', 'gateway_code=%s; decline_code=05' % catnum())

    def n6():
        c = catnum()
        return [], row(oid('TX'), csv_ts(), 'M' + digits(6), R.choice(CURRENCIES), amount(), 'FAILED', c, wrong_msg(c))

    def n7():
        return [], row(oid('PO'), csv_ts(), amount(), 'REJECTED', 'sms_code=%s; attempts=3' % otp())

    def n8():
        return [], row(oid('TX'), csv_ts(), R.choice(CURRENCIES), '%d,%s,%s.00' % (R.randint(1, 9), catnum()[:3], catnum()[3:]), 'SUCCESS', '', '')

    def n9():
        return [], '|'.join([oid('TX'), csv_ts(), R.choice(CURRENCIES), catint() + '.00', 'SETTLED', '', ''])

    def n10():
        return [], row('TOTAL', '', '', '', catint() + '.' + digits(2), '', R.randint(100, 9000), 'rows')

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10]
    return P, N


# ---- 10. gRPC status errors -------------------------------------------------------------
GRPC_CODES = ['InvalidArgument', 'FailedPrecondition', 'Internal', 'Unknown', 'Unavailable', 'Aborted', 'NotFound', 'PermissionDenied']


def go_pfx():
    d = CLK()
    return pick('%s ' % d.strftime('%Y/%m/%d %H:%M:%S'), '%s.%s ' % (d.strftime('%Y/%m/%d %H:%M:%S'), frac(6)), '')


@shape('grpc_status', 'gRPC status errors: grpc-go "rpc error: code = X desc = ...", Java StatusRuntimeException, Python _InactiveRpcError, gateway JSON', 62)
def grpc_status():
    def p1():
        c = cat()
        return [c], '%stransfer failed: rpc error: code = %s desc = %s' % (go_pfx(), pick('InvalidArgument', 'FailedPrecondition'), adj(c))

    def p2():
        c = code6()
        return [c], '%sledger.Transfer: rpc error: code = Unknown desc = upstream error code %s' % (go_pfx(), c)

    def p3():
        c = cat()
        return [c], '%srpc error: code = FailedPrecondition desc = %s' % (go_pfx(), jc({'code': maybe_short(c, 0.2), 'message': msg(c)}))

    def p4():
        c = cat_short()
        return [c], '%sledger: transfer rejected: &{Code:%s Msg:%s Details:[]}' % (go_pfx(), short(c), msg(c))

    def p5():
        c = cat()
        return [c], jc({'code': pick(3, 9, 13), 'message': '%s: %s' % (c, msg(c)), 'details': []})

    def p6():
        c = cat()
        return [c], 'io.grpc.StatusRuntimeException: %s: %s' % (pick('FAILED_PRECONDITION', 'INVALID_ARGUMENT', 'INTERNAL'), adj(c))

    def p7():
        c = cat()
        return [c], '    details = "%s"' % adj(c)

    def p8():
        c = cat()
        return [c], '    debug_error_string = "UNKNOWN:Error received from peer ipv4:%s:50051 {grpc_message:"%s: %s", grpc_status:%d, created_time:"%s"}"' % (
            ip(), c, msg(c), pick(3, 9, 13), iso(9, '+00:00'))

    def p9():
        c = code6()
        return [c], '%sclient trailer: map[content-type:[application/grpc] grpc-status:[%d] x-biz-code:[%s]]' % (go_pfx(), pick(3, 9), c)

    def p10():
        c = code6()
        return [c], '%sgrpc.service=ledger.v1.Ledger grpc.method=Transfer grpc.code=%s app.code=%s grpc.time_ms=%.3f peer.address=%s:%d' % (
            go_pfx(), pick('InvalidArgument', 'FailedPrecondition', 'OK'), c, R.uniform(1, 900), ip(), R.randint(30000, 60000))

    def p11():
        c = code6()
        return [c], '%sfinished call: rpc error: code = Internal desc = ledger replied with status %s' % (go_pfx(), c)

    def p12():
        c = code6()
        return [c], '%srpc error: code = Unknown desc = partner responded status %s' % (go_pfx(), c)

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12]

    def n1():
        return [], '%srpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s:50051: connect: connection refused"' % (go_pfx(), ip())

    def n2():
        return [], '%srpc error: code = DeadlineExceeded desc = context deadline exceeded' % go_pfx()

    def n3():
        return [], '%srpc error: code = NotFound desc = payee %s not found' % (go_pfx(), catnum())

    def n4():
        return [], '%srpc error: code = ResourceExhausted desc = grpc: received message larger than max (%d vs. 4194304)' % (go_pfx(), R.randint(4194305, 9000000))

    def n5():
        return [], '%srpc error: code = Internal desc = stream terminated by RST_STREAM with error code: PROTOCOL_ERROR' % go_pfx()

    def n6():
        return [], '    debug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"failed to connect to all addresses", grpc_status:14, created_time:"%s"}"' % iso(9, '+00:00')

    def n7():
        return [], '%srpc error: code = InvalidArgument desc = invalid OTP %s for session s_%s' % (go_pfx(), otp(), hexs(8))

    def n8():
        c = catnum()
        return [], '%srpc error: code = Aborted desc = %s %s' % (go_pfx(), c, wrong_msg(c))

    def n9():
        return [], 'Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: ledger/%s:%s' % (ip(), catshort_num(65535))

    def n10():
        return [], 'WARNING: %s [core] [Channel #%d SubChannel #%d] grpc: addrConn.createTransport failed to connect to {Addr: "%s:50051", ServerName: "ledger:50051", }. Err: connection error: desc = "transport: Error while dialing: dial tcp %s:50051: i/o timeout"' % (
            CLK().strftime('%Y/%m/%d %H:%M:%S'), R.randint(1, 9), R.randint(2, 30), ip(), ip())

    def n11():
        return [], '    status = StatusCode.%s' % pick('UNAVAILABLE', 'DEADLINE_EXCEEDED', 'INTERNAL')

    def n12():
        return [], jc({'code': 14, 'message': 'upstream connect error or disconnect/reset before headers. reset reason: connection failure', 'details': []})

    def n13():
        return [], '%sgrpc.service=wallet.v1.Wallet grpc.method=Debit grpc.code=OK grpc.time_ms=%s.%s amount=%s' % (go_pfx(), R.randint(1, 99), digits(3), catint())

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13]
    return P, N


# ---- 11. bunyan ---------------------------------------------------------------------
@shape('bunyan', 'node-bunyan JSON records (name, hostname, pid, level, msg, time, v) with err/req/res serializers', 56)
def bunyan():
    def B(level, m, fields):
        svc = R.choice(SERVICES)
        o = {'name': svc, 'hostname': pod(svc), 'pid': int(catnum()) if R.random() < 0.12 else R.randint(1, 400), 'level': level}
        o.update(fields)
        o['msg'] = m
        o['time'] = iso(3)
        o['v'] = 0
        return jc(o)

    def p1():
        c = cat()
        m = msg(c, 0)
        return [c], B(50, 'payout failed', {'err': {'message': m, 'name': 'BizError', 'stack': 'BizError: %s\n    at Ledger.transfer (/app/src/ledger.js:%d:11)' % (m, R.randint(10, 300)), 'code': c}})

    def p2():
        c = cat()
        t = adj(c, msg(c, 0))
        return [c, c], B(50, 'validation failed', {'err': {'message': t, 'name': 'ValidationError', 'stack': 'ValidationError: %s\n    at validatePayee (/app/src/payee.js:%d:9)' % (t, R.randint(10, 300))}})

    def p3():
        c = code6()
        return [c], B(40, 'upstream rejected request', {'upstream': {'statusCode': 400, 'body': jc({'errCode': c, 'traceId': hexs(16)})}})

    def p4():
        c = code6()
        return [c], B(50, 'kyc provider failed with status %s' % c, {'customerId': 'cus_' + hexs(10)})

    def p5():
        c = cat_short()
        return [c], B(40, 'payee rejected', {'resultCode': int(c), 'payeeId': 'pye_' + hexs(10)})

    def p6():
        a, b = cat(), cat()
        return [a, b], B(40, 'mobile validation failed', {'codes': [a, b], 'field': 'mobile'})

    def p7():
        return ['000000'], B(30, 'charge captured', {'chargeId': 'ch_' + hexs(12), 'res': {'statusCode': 200}, 'bizCode': pick('000000', 0)})

    def p8():
        c = cat()
        return [c], B(50, 'ledger error %s: %s' % (c, msg(c)), {'component': 'ledger-client'})

    def p9():
        c = code6()
        return [c], B(50, 'card issuing failed', {'err': {'message': 'Request failed with status code 422', 'name': 'AxiosError', 'code': 'ERR_BAD_REQUEST'}, 'response': {'data': {'sub_code': c}}})

    def p10():
        c = cat_short() if R.random() < 0.5 else code6()
        v = int(c) if c in CATD and c.startswith('0') and R.random() < 0.5 else c
        return [c], B(50, 'wallet debit failed', {'data': {'backendCode': v, 'walletId': 'w_' + hexs(8)}})

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]

    def n1():
        return [], B(30, 'request finish', {'res': {'statusCode': pick(200, 201, 502), 'header': 'HTTP/1.1 %d OK\r\nContent-Length: %s\r\nConnection: keep-alive\r\n\r\n' % (pick(200, 201), catint())}, 'duration': R.uniform(1, 900)})

    def n2():
        return [], B(30, 'request start', {'req': {'method': 'GET', 'url': '/oauth/callback?code=%s&state=%s' % (catnum(), hexs(10)), 'headers': {'host': 'pay.acme.io'}, 'remoteAddress': '::ffff:' + ip(), 'remotePort': int(catshort_num(65535))}})

    def n3():
        p = R.choice([5432, 6379, 3306])
        return [], B(50, 'db connection lost', {'err': {'message': 'connect ECONNREFUSED %s:%d' % (ip(), p), 'name': 'Error', 'stack': 'Error: connect ECONNREFUSED\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)', 'code': 'ECONNREFUSED', 'errno': -111, 'syscall': 'connect', 'port': p}})

    def n4():
        return [], B(30, 'otp sent', {'otp': otp(), 'verifyCode': otp()})

    def n5():
        return [], B(40, 'order %s not found' % catnum(), {})

    def n6():
        return [], B(20, 'timing', {'latency_us': int(catnum()), 'amount': int(catshort_num())})

    def n7():
        return [], B(40, 'child exited', {'exit_code': 1, 'signal': None, 'cmd': 'node dist/reconcile.js'})

    def n8():
        return [], B(50, 'upstream failed', {'err': {'message': 'Request failed with status code %d' % pick(500, 502, 503), 'name': 'AxiosError', 'code': 'ERR_BAD_RESPONSE'}})

    def n9():
        return [], B(30, 'promo applied', {'promo_code': catnum(), 'gift_code': catnum()})

    def n10():
        c = catnum()
        return [], B(40, 'unmapped text %s %s' % (c, wrong_msg(c)), {})

    def n11():
        return [], B(30, 'batch done', {'count': int(catnum()), 'status': pick('ok', 'partial')})

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11]
    return P, N


# ---- 12. zerolog -----------------------------------------------------------------------
def kitchen():
    d = CLK()
    h = d.hour % 12 or 12
    return '%d:%02d%s' % (h, d.minute, 'AM' if d.hour < 12 else 'PM')


@shape('zerolog', 'Go zerolog JSON events and ConsoleWriter output (3:04PM ERR message key=value ...)', 60)
def zerolog():
    def Z(level, message, fields):
        o = {'level': level}
        o.update(fields)
        o['time'] = iso(0) if R.random() < 0.6 else R.randint(1756771200, 1757030400)
        o['message'] = message
        return jc(o)

    def C(lv, message, fields):
        parts = ['%s=%s' % (k, v) for k, v in sorted(fields)]
        return '%s %s %s %s' % (kitchen() if R.random() < 0.6 else iso(0), lv, message, ' '.join(parts))

    def p1():
        c = cat_short()
        return [c], Z('error', 'transfer rejected', {'service': 'ledger', 'code': int(c), 'transfer_id': oid('TR')})

    def p2():
        c = cat()
        return [c], Z('error', 'payout failed', {'error': 'ledger: code=%s msg=%s' % (c, msg(c)), 'payout_id': oid('PO')})

    def p3():
        c = code6()
        return [c], C('ERR', 'payout rejected', [('app_code', c), ('payout_id', oid('PO'))])

    def p4():
        c = code6()
        return [c], Z('warn', 'partner response', {'resp': {'body': {'code': c}}, 'partner': pick('reap', 'hsbc')})

    def p5():
        c = code6()
        return [c], C('WRN', 'retry scheduled', [('attempt', R.randint(1, 4)), ('last_status', c), ('backoff', '%dms' % R.randint(100, 3000))])

    def p6():
        c = cat()
        return [c], Z('error', 'funding failed: error %s: %s' % (c, msg(c)), {'wallet': 'w_' + hexs(8)})

    def p7():
        a, b = cat(), cat()
        return [a, b], Z('warn', 'payee validation', {'error_codes': [a, b], 'payee': 'pye_' + hexs(8)})

    def p8():
        c = cat()
        return [c], C('ERR', 'card issue failed', [('error', '"provider: %s"' % adj(c, msg(c, 0))), ('card_req', uuid())])

    def p9():
        return ['000000'], C('INF', 'transfer settled', [('resCode', pick('0', '000000')), ('transfer_id', oid('TR'))])

    def p10():
        c = code6()
        return [c], Z('error', 'wallet call failed', {'err': '%s' % jc({'RetCode': c}), 'caller': 'wallet/client.go:%d' % R.randint(20, 300)})

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]

    def n1():
        return [], Z('info', 'request', {'method': 'POST', 'path': R.choice(PATHS), 'status': pick(200, 201, 400, 502), 'latency': round(R.uniform(1, 900), 3), 'bytes': int(catnum())})

    def n2():
        return [], Z('info', 'health', {'status': 'ok', 'uptime_s': R.randint(10, 900000)})

    def n3():
        return [], Z('warn', 'job exited', {'exit_code': 1, 'order_id': int(catnum())})

    def n4():
        return [], C('INF', 'listening', [('addr', ':%s' % catshort_num(65535)), ('tls', 'false')])

    def n5():
        return [], C('DBG', 'cache hit', [('key', 'quote:USD:HKD:%s' % catnum()), ('ttl', '30s')])

    def n6():
        return [], Z('error', 'db unavailable', {'error': 'dial tcp %s:5432: connect: connection refused' % ip(), 'caller': 'store/pg.go:%d' % R.randint(20, 200)})

    def n7():
        return [], Z('info', 'mfa challenge', {'mfa_code': otp(), 'user': 'u_' + hexs(8)})

    def n8():
        return [], Z('warn', 'payee rejected', {'errors': [catnum(), catnum()], 'payee': 'pye_' + hexs(8)})

    def n9():
        c = catnum()
        return [], C('WRN', 'provider note', [('text', '"%s %s"' % (c, wrong_msg(c)))])

    def n10():
        return [], Z('debug', 'timing', {'elapsed': '%s\u00b5s' % catnum(), 'queue_depth': int(catnum())})

    def n11():
        return [], C('INF', 'callback', [('url', 'https://pay.acme.io/cb?code=%s&state=%s' % (catnum(), hexs(8)))])

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11]
    return P, N


# ---- 13. structlog ---------------------------------------------------------------------
def sl_console(level, event, kv):
    d = CLK()
    ts = pick(d.strftime('%Y-%m-%d %H:%M:%S'), d.strftime('%Y-%m-%dT%H:%M:%S.') + frac(6) + 'Z')
    return '%s [%-9s] %-30s %s' % (ts, level, event, ' '.join('%s=%s' % kv_ for kv_ in sorted(kv)))


def sl_kv(level, event, kv):
    items = [('event', repr(event))] + [(k, repr(v)) for k, v in kv] + [('level', repr(level)), ('timestamp', repr(iso(6)))]
    return ' '.join('%s=%s' % x for x in items)


def sl_json(level, event, kv):
    o = {'event': event}
    o.update(dict(kv))
    o['level'] = level
    o['timestamp'] = iso(6)
    return js(o)


@shape('structlog', 'Python structlog ConsoleRenderer, KeyValueRenderer (repr values) and JSONRenderer output', 64)
def structlog():
    def p1():
        c = code6()
        return [c], sl_console('error', 'payout_rejected', [('result_code', c), ('payout_id', oid('PO'))])

    def p2():
        c = cat_short()
        return [c], sl_console('warning', 'ledger_call_failed', [('response', repr({'code': int(c), 'msg': msg(c)})), ('attempt', R.randint(1, 3))])

    def p3():
        c = code6()
        return [c], sl_kv('error', 'transfer_failed', [('ret_code', c), ('transfer_id', oid('TR'))])

    def p4():
        c = code6()
        return [c], sl_json('error', 'kyt_unavailable', [('biz_code', c), ('order_id', oid('ORD'))])

    def p5():
        c = code6()
        return [c], sl_console('error', 'ledger call failed with code %s' % c, [('attempt', R.randint(1, 3))])

    def p6():
        c = cat()
        tb = 'Traceback (most recent call last):\n  File "/app/ledger.py", line %d, in post\n    raise LedgerError(resp)\nledger.LedgerError: %s' % (R.randint(20, 300), adj(c, msg(c, 0)))
        return [c], sl_json('error', 'unhandled', [('exception', tb)])

    def p7():
        a, b = cat(), cat()
        return [a, b], sl_kv('warning', 'payee_invalid', [('error_codes', [a, b]), ('payee', 'pye_' + hexs(8))])

    def p8():
        c = code6()
        return [c], sl_json('warning', 'upstream_degraded', [('upstream', {'status': int(c) if not c.startswith('0') else c, 'reason': 'maintenance'})])

    def p9():
        c = cat()
        return [c], sl_console('error', 'card_issue_failed', [('error', repr(adj(c, msg(c, 0)))), ('card_req', uuid())])

    def p10():
        return ['000000'], sl_kv('info', 'payout_settled', [('result_code', pick('000000', 0)), ('amount', amount())])

    def p11():
        c = cat_short()
        return [c], sl_console('warning', 'wallet_debit_declined', [('errCode', short(c)), ('wallet', 'w_' + hexs(8))])

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11]

    def n1():
        return [], sl_console('info', 'job_finished', [('exit_code', 1), ('pid', catint()), ('duration_ms', '%s.0' % catint())])

    def n2():
        return [], sl_kv('info', 'otp_sent', [('sms_code', otp()), ('phone', '+8529' + digits(7))])

    def n3():
        return [], sl_json('info', 'address_saved', [('zip_code', indian_pin()), ('country_code', 'IN')])

    def n4():
        return [], sl_console('warning', 'upstream_error', [('http_status', pick(502, 503)), ('status', 'failed')])

    def n5():
        return [], sl_console('info', 'sync status: %s rows affected' % catint(), [('table', 'payouts')])

    def n6():
        return [], sl_kv('info', 'callback_received', [('url', 'https://pay.acme.io/cb?code=%s&state=%s' % (catnum(), hexs(8)))])

    def n7():
        return [], sl_json('debug', 'batch_stats', [('count', int(catnum())), ('amount', float(catnum()) + 0.5), ('elapsed_us', int(catnum()))])

    def n8():
        return [], sl_console('error', 'db_error', [('error', repr('IntegrityError: duplicate key value violates unique constraint "payee_pkey" DETAIL:  Key (id)=(%s) already exists.' % catint()))])

    def n9():
        c = catnum()
        return [], sl_kv('warning', 'provider_text', [('text', '%s %s' % (c, wrong_msg(c)))])

    def n10():
        return [], sl_json('info', 'order %s not found' % catnum(), [('source', 'ledger')])

    def n11():
        return [], sl_console('info', 'promo_applied', [('promo_code', catnum()), ('invite_code', catnum())])

    def n12():
        return [], sl_kv('error', 'worker_crashed', [('errors', [catnum()]), ('exit_status', 137)])

    def n13():
        return [], sl_console('info', 'checked status of %s orders' % catint(), [('batch', R.randint(1, 99))])

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13]
    return P, N


# ---- 14. Kubernetes CRI-wrapped / docker json-file ----------------------------------------
def cri(stream, tag, content):
    return '%s %s %s %s' % (iso(9), stream, tag, content)


def docker(content, stream='stdout'):
    return jc({'log': content + '\n', 'stream': stream, 'time': iso(9)})


def zap_json(level, m, fields):
    o = {'level': level, 'ts': float('%d.%s' % (R.randint(1756771200, 1757030400), digits(3))),
         'caller': '%s/%s.go:%d' % (pick('client', 'ledger', 'payout'), pick('ledger', 'client', 'handler'), R.randint(20, 400)), 'msg': m}
    o.update(fields)
    return jc(o)


@shape('k8s_cri', 'Kubernetes CRI log lines (TIMESTAMP stdout|stderr F|P app-line) and docker json-file {"log":...} with nested escaped JSON', 66)
def k8s_cri():
    def frames(k):
        fns = ['Ledger.transfer (/app/src/ledger.js:%d:11)', 'PayoutService.submit (/app/src/payout.js:%d:5)',
               'async Promise.all (index %d)', 'processTicksAndRejections (node:internal/process/task_queues:%d:5)',
               'Router.handle (/app/node_modules/express/lib/router/index.js:%d:3)']
        return ''.join('\n    at ' + (R.choice(fns) % R.randint(10, 400)) for _ in range(k))

    def p1():
        c = cat()
        return [c], cri('stderr', 'F', zap_json('error', 'ledger rejected transfer', {'resp': jc({'code': maybe_short(c, 0.25), 'msg': msg(c)})}))

    def p2():
        c = code6()
        return [c], docker(jc({'level': 'error', 'errCode': c, 'msg': 'payout failed'}), 'stderr')

    def p3():
        c = code6()
        return [c], docker(jc({'msg': 'upstream body', 'body': jc({'errCode': c, 'traceId': hexs(16)})}), 'stderr')

    def p4():
        c = cat()
        d = CLK()
        return [c], cri('stdout', 'F', '%s ERROR 1 --- [nio-8080-exec-%d] c.a.p.client.LedgerClient : upstream error %s: %s' % (
            d.strftime('%Y-%m-%d %H:%M:%S.') + frac(3), R.randint(1, 10), c, msg(c)))

    def p5():
        c = code6()
        d = CLK()
        return [c], cri('stderr', 'F', 'E%s %s       1 controller.go:%d] "Reconcile failed" err="payout %s: upstream status %s" controller="payout"' % (
            d.strftime('%m%d'), d.strftime('%H:%M:%S.') + frac(6), R.randint(100, 400), oid('PO'), c))

    def p6():
        c = code6()
        return [c], cri('stdout', 'F', 'time="%s" level=error msg="ledger call failed" resp_code=%s transfer=%s' % (iso(0), c, oid('TR')))

    def p7():
        c = cat_short()
        return [c], cri('stdout', 'F', zap_json('warn', 'payee create failed', {'error': jc({'result': {'code': int(c), 'message': msg(c)}})}))

    def p8():
        c = cat()
        return [c], docker(jc({'level': 'error', 'msg': adj(c)}), 'stderr')

    def p9():
        c = code6()
        return [c], cri('stdout', 'F', jc({'@timestamp': iso(3), 'log.level': 'ERROR', 'message': 'card provider failed', 'http': {'response': {'body': {'content': jc({'respCode': c})}}}}))

    def p10():
        c = cat()
        return [c], docker(jc({'level': 'warn', 'msg': 'partner', 'payload': jc({'msg': '[%s] %s' % (c, msg(c))})}))

    def p11():
        return ['000000'], cri('stdout', 'F', zap_json('info', 'transfer settled', {'result': jc({'code': pick('000000', 0), 'message': 'Transaction succeeded'})}))

    def p12():
        # the final (F) chunk of a split line: the end of a stack string, then the fields
        c = cat()
        tail = frames(R.randint(1, 3)).replace('\n', '\\n')
        return [c], cri('stderr', 'F', '%s","code":"%s","msg":"%s"}' % (tail[R.randint(3, 12):], c, msg(c)))

    def p13():
        c = code6()
        return [c], cri('stdout', 'F', jc({'@timestamp': iso(3), 'log.level': 'error', 'message': 'payout rejected', 'error.code': c,
                                           'http.response.status_code': pick(400, 422), 'service.name': 'payments-api', 'trace.id': hexs(32)}))

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13]

    def n13():
        return [], cri('stdout', 'F', jc({'@timestamp': iso(3), 'log.level': 'warn', 'message': 'upstream failure', 'event.outcome': 'failure',
                                          'http.response.status_code': pick(502, 503, 504), 'http.response.body.bytes': int(catint()), 'service.name': 'payments-api'}))

    def n1():
        return [], cri('stdout', 'F', '%s - - [%s +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"' % (ip(), CLK().strftime('%d/%b/%Y:%H:%M:%S')))

    def n2():
        return [], cri('stdout', 'F', zap_json('info', 'request completed', {'status': 200, 'duration': round(R.uniform(0, 2), 3), 'bytes': int(catnum())}))

    def n3():
        return [], docker('listening on :%s' % catshort_num(65535))

    def n4():
        d = CLK()
        return [], cri('stderr', 'F', 'I%s %s       1 leaderelection.go:258] successfully acquired lease payments/payout-controller' % (d.strftime('%m%d'), d.strftime('%H:%M:%S.') + catnum()))

    def n5():
        return [], cri('stdout', 'F', zap_json('info', 'otp sent', {'resp': jc({'sms_code': otp()})}))

    def n6():
        return [], docker(jc({'level': 'warn', 'msg': 'order %s not found' % catnum()}))

    def n7():
        # CRI splits long lines; the partial (P) chunk ends mid-frame
        head = jc({'level': 'error', 'msg': 'payout failed', 'stack': 'Error: ledger rejected transfer' + frames(R.randint(6, 12))})
        return [], cri('stderr', 'P', head[:-R.randint(12, 30)])

    def n8():
        return [], cri('stdout', 'F', 'retry %d/5 in %sms' % (R.randint(1, 5), catint()))

    def n9():
        return [], cri('stderr', 'F', 'time="%s" level=info msg="pulled image" size=%s duration=%s.%sms' % (iso(0), catint(), R.randint(1, 999), digits(3)))

    def n10():
        return [], docker(jc({'level': 'info', 'msg': 'audit', 'time': '2025-09-02T14:05:02.%sZ' % catnum(), 'user_id': int(catnum())}))

    def n11():
        return [], cri('stdout', 'F', zap_json('info', 'gateway decline', {'resp': jc({'gateway_code': catnum(), 'decline_code': '05'})}))

    def n12():
        return [], cri('stdout', 'F', zap_json('info', 'callback', {'url': '/oauth/callback?code=%s&state=%s' % (catnum(), hexs(10))}))

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13]
    return P, N


# ---- 15. nginx error log ----------------------------------------------------------------
def ngx(level, text, conn=True):
    d = CLK()
    pid = catint() if R.random() < 0.1 else str(R.randint(7, 400))
    c = ('*%s ' % (catint() if R.random() < 0.25 else R.randint(1, 999999))) if conn else ''
    return '%s [%s] %s#%s: %s%s' % (d.strftime('%Y/%m/%d %H:%M:%S'), level, pid, pid, c, text)


def ngx_ctx(path=None):
    p = path or R.choice(PATHS)
    return ', client: %s, server: api.acme.io, request: "POST %s HTTP/1.1", upstream: "http://%s:8080%s", host: "api.acme.io"' % (ip(), p, ip(), p)


@shape('nginx_error', 'nginx / OpenResty error log: [level] pid#tid: *conn message, client: ..., server: ..., request: "...", upstream: ...', 60)
def nginx_error():
    def p1():
        c = cat()
        return [c], ngx('error', '[lua] auth.lua:%d: check(): upstream auth failed: %s' % (R.randint(10, 200), jc({'code': c, 'msg': msg(c)})) + ngx_ctx())

    def p2():
        c = code6()
        return [c], ngx('warn', '[lua] pay.lua:%d: handler(): ledger replied status %s while reading response header from upstream' % (R.randint(10, 200), c) + ngx_ctx())

    def p3():
        c = cat_short()
        return [c], ngx('info', '[lua] body_filter.lua:%d: resp body: %s' % (R.randint(10, 60), jc({'errCode': int(c), 'errMsg': msg(c)})) + ngx_ctx())

    def p4():
        c = code6()
        return [c], ngx('warn', '[lua] metrics.lua:%d: log(): api_status=%s upstream_time=%.3f' % (R.randint(10, 90), c, R.uniform(0, 3)) + ngx_ctx())

    def p5():
        c = cat()
        return [c], ngx('error', 'FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught App\\Exception\\BizException: %s in /var/www/app/src/Service/PayoutService.php:%d" while reading response header from upstream' % (
            adj(c, msg(c, 0)), R.randint(20, 400)) + ngx_ctx())

    def p6():
        c = cat()
        return [c], ngx('error', 'FastCGI sent in stderr: "PHP message: [%s] payment.ERROR: Payout failed %s []" while reading upstream' % (
            CLK().strftime('%Y-%m-%dT%H:%M:%S.') + frac(6) + '+00:00', jc({'code': c, 'message': msg(c)})) + ngx_ctx())

    def p7():
        c = code6()
        return [c], ngx('error', '[lua] proxy.lua:%d: balancer(): upstream error %s, retrying next peer' % (R.randint(10, 200), c) + ngx_ctx())

    def p8():
        c = cat()
        return [c], ngx('info', '[lua] log.lua:%d: log_by_lua(): resp.code=%s resp.msg="%s"' % (R.randint(10, 90), maybe_short(c, 0.3), msg(c)) + ngx_ctx())

    P = [p1, p2, p3, p4, p5, p6, p7, p8]

    def n1():
        return [], ngx('error', 'upstream prematurely closed connection while reading response header from upstream' + ngx_ctx())

    def n2():
        return [], ngx('error', 'connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: api.acme.io, request: "POST /v1/payouts HTTP/1.1", upstream: "http://%s:%s/v1/payouts", host: "api.acme.io"' % (ip(), ip(), catshort_num(65535)))

    def n3():
        return [], ngx('error', 'upstream timed out (110: Connection timed out) while reading response header from upstream' + ngx_ctx())

    def n4():
        return [], ngx('error', 'client intended to send too large body: %d bytes' % R.randint(10485761, 30000000) + ngx_ctx())

    def n5():
        return [], ngx('error', 'open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory), client: %s, server: api.acme.io, request: "GET /favicon.ico HTTP/1.1", host: "api.acme.io"' % ip())

    def n6():
        return [], ngx('error', 'limiting requests, excess: %d.%03d by zone "api", client: %s, server: api.acme.io, request: "POST /v1/payouts HTTP/1.1", host: "api.acme.io"' % (R.randint(1, 90), R.randint(0, 999), ip()))

    def n7():
        return [], ngx('error', 'upstream sent too big header while reading response header from upstream' + ngx_ctx('/oauth/callback?code=%s&state=%s' % (catnum(), hexs(10))))

    def n8():
        return [], ngx('info', '[lua] otp.lua:%d: send(): sms verification code %s sent to +8529%s' % (R.randint(10, 90), otp(), digits(7)) + ngx_ctx())

    def n9():
        return [], ngx('crit', 'SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking, client: %s, server: 0.0.0.0:443' % ip())

    def n10():
        return [], ngx('notice', 'signal process started', conn=False)

    def n11():
        return [], ngx('warn', 'an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%s while reading upstream' % (R.randint(1, 9), R.randint(0, 99), catnum()) + ngx_ctx())

    def n12():
        return [], ngx('error', '[lua] pay.lua:%d: handler(): payee %s not found in cache, amount=%s' % (R.randint(10, 200), catnum(), catint()) + ngx_ctx())

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12]
    return P, N


# ---- 16. Java exceptions -----------------------------------------------------------------
@shape('java_exception', 'Java exception lines, Caused by: chains, Spring RestTemplate/Feign errors with bodies, Lombok toString, stack frames', 68)
def java_exception():
    def p1():
        c = cat()
        return [c], 'com.acme.pay.exception.BizException: [%s] %s' % (c, msg(c))

    def p2():
        c = cat()
        return [c], 'Caused by: com.acme.ledger.client.LedgerException: errorCode=%s, errorMsg=%s' % (c, msg(c))

    def p3():
        c = cat()
        return [c], 'org.springframework.web.client.HttpClientErrorException$BadRequest: 400 Bad Request: "%s"' % jc({'code': c, 'msg': msg(c), 'data': None})

    def p4():
        c = cat_short()
        return [c], 'feign.FeignException$InternalServerError: [500 Internal Server Error] during [POST] to [http://ledger-svc/api/v1/transfers] [LedgerClient#transfer(TransferRequest)]: [%s]' % jc({'code': int(c), 'message': msg(c), 'data': None})

    def p5():
        c = cat()
        return [c], 'Caused by: com.acme.card.CardException: error code %s - %s' % (c, msg(c))

    def p6():
        c = cat_short()
        return [c], 'com.acme.common.ApiException: ApiResult(code=%s, msg=%s, data=null)' % (short(c), msg(c))

    def p7():
        c = code6()
        return [c], 'java.lang.IllegalStateException: Unexpected result status %s from account service' % c

    def p8():
        c = cat()
        return [c], 'org.springframework.web.server.ResponseStatusException: 422 UNPROCESSABLE_ENTITY "%s"' % adj(c)

    def p9():
        return ['000000'], 'DEBUG c.a.p.client.LedgerClient - <<< Response(code=%s, message=Transaction succeeded, data=TransferVO(id=%d, amount=%s))' % (pick('0', '000000'), R.randint(10 ** 6, 10 ** 8), amount())

    def p10():
        c = code6()
        return [c], 'Caused by: com.acme.kyc.KycException: KYT check failed, returned code %s' % c

    def p11():
        c = code6()
        d = CLK()
        return [c], '%s ERROR [%s,%s] 1 --- [io-8080-exec-%d] c.a.p.web.GlobalExceptionHandler : biz error, bizCode: %s, path: %s' % (
            d.strftime('%Y-%m-%d %H:%M:%S.') + frac(3), hexs(16), hexs(16), R.randint(1, 20), c, R.choice(PATHS))

    def p12():
        a = cat()
        return [a, a], 'com.acme.pay.exception.UpstreamException: upstream error %s: %s (respCode=%s)' % (a, msg(a, 0), a)

    def p13():
        c = cat()
        return [c], 'Caused by: com.acme.gateway.LegacyGatewayException: RESULT_CODE=%s RESULT_MSG=%s' % (c, msg(c))

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13]

    def n1():
        cls = pick('PayoutService', 'LedgerClient', 'CardFacade', 'QuoteController')
        return [], '    at com.acme.pay.service.%s.%s(%s.java:%d)' % (cls, pick('submit', 'transfer', 'lambda$issue$3', 'handle'), cls, R.randint(20, 900))

    def n2():
        return [], '    ... %d more' % R.randint(10, 130)

    def n3():
        return [], 'Caused by: java.net.SocketTimeoutException: Read timed out'

    def n4():
        return [], 'java.lang.NumberFormatException: For input string: "%sx"' % catnum()

    def n5():
        return [], 'Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "payees_pkey"  Detail: Key (id)=(%s) already exists.' % catint()

    def n6():
        d = CLK()
        return [], '%s WARN  o.h.engine.jdbc.spi.SqlExceptionHelper - SQL Error: 1213, SQLState: 40001' % (d.strftime('%Y-%m-%d %H:%M:%S.') + frac(3))

    def n7():
        return [], 'java.util.concurrent.TimeoutException: Waited %s milliseconds (plus %d nanoseconds delay) for com.google.common.util.concurrent.SettableFuture@%s' % (catint(), R.randint(1000, 999999), hexs(7))

    def n8():
        c = catnum()
        return [], 'com.acme.pay.exception.BizException: [%s] %s' % (c, wrong_msg(c))

    def n9():
        return [], 'java.lang.IllegalArgumentException: Invalid verification code: %s' % otp()

    def n10():
        return [], 'Exception in thread "pool-%d-thread-%d" java.lang.OutOfMemoryError: Java heap space' % (R.randint(1, 9), R.randint(1, 40))

    def n11():
        return [], 'Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: ledger-svc/%s:%s' % (ip(), catshort_num(65535))

    def n12():
        return [], 'com.acme.pay.exception.BizException: ErrorInfo(errorKey=PAYEE_INVALID, httpStatus=400, orderCode=%s)' % catnum()

    def n13():
        return [], 'org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: [no body]'

    def n14():
        return [], 'Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry \'%s\' for key \'uk_voucher_code\'' % catnum()

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14]
    return P, N


# ---- 17. HTTP header / wire dumps -------------------------------------------------------------
@shape('http_dump', 'HTTP client dumps: curl -v (> < *), Python http.client debuglevel, OkHttp logging interceptor, .NET HttpClient', 66)
def http_dump():
    def p1():
        c = code6()
        return [c], '< %s: %s' % (pick('x-app-code', 'X-App-Code', 'x-biz-code'), c)

    def p2():
        c = cat_short()
        return [c], '< %s: %s' % (pick('X-Error-Code', 'x-error-code', 'X-Err-Code'), short(c))

    def p3():
        c = code6()
        return [c], '< %s: %s' % (pick('x-result-status', 'X-Api-Status', 'x-upstream-status'), c)

    def p4():
        c = cat()
        return [c], jc({'result_code': c, 'result_msg': msg(c), 'request_id': uuid()})

    def p5():
        c = code6()
        return [c], 'header: X-Biz-Code: %s' % c

    def p6():
        c = cat()
        return [c], "body: b'%s'" % jc({'errCode': maybe_short(c, 0.2), 'errMsg': msg(c)})

    def p7():
        c = cat()
        return [c], jc({'code': maybe_short(c, 0.3), 'message': msg(c)})

    def p8():
        c = code6()
        return [c], 'System.Net.Http.HttpClient.Ledger.LogicalHandler: Information: Response Headers: x-ret-code: %s; content-type: application/json' % c

    def p9():
        return ['000000'], pick('X-Ret-Code: 0', '< x-result-code: 000000', 'header: X-Resp-Code: 0')

    def p10():
        c = cat()
        return [c], '< x-biz-message: %s' % adj(c)

    def p11():
        c = code6()
        return [c], 'I/okhttp.OkHttpClient: %s: %s' % (pick('X-Service-Status', 'x-svc-code'), c)

    def p12():
        a, b = code6(), code6()
        return [a, b], jc({'data': None, 'meta': {'innerCode': maybe_short(a, 0.3), 'rootCode': b, 'traceId': hexs(16)}})

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12]

    def n1():
        return [], '> POST %s HTTP/2' % R.choice(PATHS)

    def n2():
        return [], '> %s: %s' % (pick('X-Verify-Code', 'X-Sms-Code', 'X-Otp'), otp())

    def n3():
        return [], '< content-length: %s' % catint()

    def n4():
        return [], '* Connected to api.acme.io (%s) port 443 (#0)' % ip()

    def n5():
        return [], '< HTTP/2 %d' % pick(200, 400, 422, 500, 503)

    def n6():
        return [], '< location: https://app.acme.io/oauth/callback?code=%s&state=%s' % (catnum(), hexs(12))

    def n7():
        return [], '< status: %d' % pick(200, 400, 502)

    def n8():
        return [], '< set-cookie: session=%s; Max-Age=%s; Path=/; HttpOnly' % (hexs(24), catint())

    def n9():
        return [], 'I/okhttp.OkHttpClient: <-- %s https://api.acme.io%s (%dms)' % (pick('400 Bad Request', '200 OK', '503 Service Unavailable'), R.choice(PATHS), R.randint(20, 4000))

    def n10():
        return [], 'StatusCode: %d, ReasonPhrase: \'%s\', Version: 1.1, Content: System.Net.Http.HttpConnectionResponseContent, Headers:' % pick((503, 'Service Unavailable'), (400, 'Bad Request'), (500, 'Internal Server Error'))

    def n11():
        return [], 'header: X-Promo-Code: %s' % catnum()

    def n12():
        return [], "reply: 'HTTP/1.1 %s\\r\\n'" % pick('400 Bad Request', '200 OK', '502 Bad Gateway')

    def n13():
        return [], '{ [%d bytes data]' % R.randint(5, 9000)

    def n14():
        return [], '< x-ratelimit-remaining: %s' % catshort_num()

    def n15():
        c = catnum()
        return [], '< x-error: %s %s' % (c, wrong_msg(c))

    def n16():
        return [], "send: b'POST /v1/payees HTTP/1.1\\r\\nHost: api.acme.io\\r\\nContent-Length: %d\\r\\n\\r\\n%s'" % (R.randint(80, 300), jc({'bank_code': '004', 'branch_code': catshort_num(), 'postal_code': indian_pin()}))

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16]
    return P, N


# ---- 18. Python exceptions / logging -------------------------------------------------------------
def py_pfx(level):
    d = CLK()
    return pick('%s %s [payments.%s] ' % (d.strftime('%Y-%m-%d %H:%M:%S,') + frac(3), level, pick('ledger', 'client', 'tasks')),
                '%s:%s:' % (level, pick('payments.ledger', 'celery.app.trace', 'django.request')))


@shape('python_exception', 'Python tracebacks, exception reprs (args tuples, dict/kwargs reprs), logging/celery/django lines', 64)
def python_exception():
    def p1():
        c = cat()
        return [c], 'payments.errors.UpstreamError: (%s, %r)' % (repr(c) if c.startswith('0') or R.random() < 0.5 else c, msg(c))

    def p2():
        c = cat()
        return [c], 'ledger.client.ApiError: %r' % {'code': maybe_short(c, 0.2), 'msg': msg(c)}

    def p3():
        c = cat_short()
        return [c], py_pfx('ERROR') + 'giving up: UpstreamError(code=%s, message=%r)' % (short(c), msg(c))

    def p4():
        c = code6()
        return [c], 'app.errors.BizError: error code %s' % c

    def p5():
        c = code6()
        return [c], py_pfx('ERROR') + 'Upstream payload: %r' % {'resultCode': int(c) if not c.startswith('0') else c, 'resultMsg': 'rejected'}

    def p6():
        c = cat()
        return [c], '[%s: ERROR/ForkPoolWorker-%d] Task payouts.tasks.submit[%s] raised unexpected: LedgerError(%r, %r)' % (
            CLK().strftime('%Y-%m-%d %H:%M:%S,') + frac(3), R.randint(1, 8), uuid(), c, msg(c))

    def p7():
        c = cat()
        m = CATD[c] if '{0}' not in CATD[c] else fill(c)
        return [c], 'kyc.errors.ProviderError: %s (%s)' % (m, c)

    def p8():
        c = code6()
        return [c], py_pfx('ERROR') + 'request to ledger failed with status %s' % c

    def p9():
        c = cat()
        return [c], 'RuntimeError: ledger returned %s' % jc({'retCode': c, 'retMsg': msg(c)})

    def p10():
        a, b = cat(), cat()
        return [a, b], py_pfx('WARNING') + 'payee rejected: %r' % {'error_codes': [a, b], 'ok': False}

    def p11():
        return ['000000'], py_pfx('INFO') + 'settled: %r' % {'return_code': pick('000000', 0), 'txn': oid('TX')}

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11]

    def n1():
        return [], 'Traceback (most recent call last):'

    def n2():
        return [], '  File "/srv/app/payments/%s.py", line %d, in %s' % (pick('ledger', 'client', 'tasks'), R.randint(10, 900), pick('submit', 'post', '_request'))

    def n3():
        return [], '    raise BizError(f"error code {resp[\'code\']}")'

    def n4():
        return [], "KeyError: 'result_code'"

    def n5():
        return [], "ValueError: invalid literal for int() with base 10: '%s'" % pick('04OO11', '5OOOOO', 'N/A')

    def n6():
        return [], 'TimeoutError: [Errno 110] Connection timed out'

    def n7():
        return [], "ConnectionRefusedError: [Errno 111] Connect call failed ('%s', %s)" % (ip(), catshort_num(65535))

    def n8():
        return [], 'django.db.utils.IntegrityError: duplicate key value violates unique constraint "payee_pkey" DETAIL:  Key (id)=(%s) already exists.' % catint()

    def n9():
        return [], "subprocess.CalledProcessError: Command '['settle', '--batch', '%s']' returned non-zero exit status 1." % catnum()

    def n10():
        return [], py_pfx('INFO') + 'otp issued %r' % {'sms_code': otp(), 'phone': '+8529' + digits(7)}

    def n11():
        return [], 'AssertionError: assert %s == 0' % catint()

    def n12():
        c = catnum()
        return [], 'payments.errors.UpstreamError: (%r, %r)' % (c, wrong_msg(c))

    def n13():
        return [], "aiohttp.client_exceptions.ClientResponseError: %d, message='%s', url='https://ledger.internal/v1/transfers'" % pick((503, 'Service Unavailable'), (400, 'Bad Request'))

    def n14():
        return [], 'amount  Input should be greater than 0 [type=greater_than, input_value=-%s, input_type=int]' % catint()

    def n15():
        return [], py_pfx('WARNING') + 'slow call %r' % {'elapsed_us': int(catnum()), 'zip_code': indian_pin()}

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15]
    return P, N


# ---- 19. Elixir Logger / Erlang ----------------------------------------------------------
def ex_pfx(level):
    d = CLK()
    md = ('request_id=F%s ' % hexs(10)) if R.random() < 0.5 else ''
    return '%s.%s %s[%s] ' % (d.strftime('%H:%M:%S'), frac(3), md, level)


@shape('elixir_logger', 'Elixir Logger console lines with map/keyword/struct inspect output, ** (Exception) lines, Ecto queries, Erlang reports', 54)
def elixir_logger():
    def p1():
        c = cat()
        return [c], ex_pfx('error') + 'Payout failed: ' + ex_map([('code', maybe_short(c, 0.2)), ('msg', msg(c))])

    def p2():
        c = cat_short()
        return [c], ex_pfx('error') + 'Ledger error ' + ex_map([(':code', int(c)), (':message', msg(c))])

    def p3():
        c = code6()
        v = c if not c.startswith('0') else (short(c) if c in CATD and R.random() < 0.5 else '"%s"' % c)
        return [c], ex_pfx('warning') + 'Upstream down [status: %s, reason: :upstream_unavailable]' % v

    def p4():
        c = cat()
        return [c], ex_pfx('error') + '** (Acme.BizError) %s' % adj(c)

    def p5():
        c = cat_short()
        return [c], ex_pfx('error') + '{:error, %%Req.Response{status: 400, headers: %%{"content-type" => ["application/json"]}, body: %s}}' % ex_map([('errCode', int(c)), ('errMsg', msg(c))])

    def p6():
        c = code6()
        return [c], ex_pfx('error') + 'GenServer Acme.Ledger.Poller terminating ** (RuntimeError) ledger replied with code %s' % c

    def p7():
        return ['000000'], ex_pfx('info') + 'Transfer settled ' + ex_map([(':amount', amount()), (':result_code', pick(0, '000000'))])

    def p8():
        a, b = cat(), cat()
        return [a, b], ex_pfx('warning') + 'Payee invalid [error_codes: [%s, %s], field: :name]' % (json.dumps(a), json.dumps(b))

    def p9():
        c = code6()
        return [c], ex_pfx('error') + 'Card provider: %s' % ex_map([('api_status', c), ('ref', 'crd_' + hexs(8))])

    P = [p1, p2, p3, p4, p5, p6, p7, p8, p9]

    def n1():
        return [], ex_pfx('info') + 'POST %s' % R.choice(PATHS)

    def n2():
        return [], ex_pfx('info') + 'Sent %d in %dms' % (pick(200, 201, 422, 500), R.randint(1, 900))

    def n3():
        return [], ex_pfx('debug') + 'QUERY OK source="payees" db=%.1fms idle=%.1fms SELECT p0."id", p0."name" FROM "payees" AS p0 WHERE (p0."id" = $1) [%s]' % (R.uniform(0.1, 9), R.uniform(1, 900), catint())

    def n4():
        return [], ex_pfx('info') + 'Sent OTP ' + ex_map([(':otp_code', otp()), (':phone', '+8529' + digits(7))])

    def n5():
        return [], ex_pfx('error') + '** (DBConnection.ConnectionError) tcp connect (db:5432): connection refused - :econnrefused'

    def n6():
        return [], ex_pfx('warning') + 'Retry 3/5 in %s microseconds' % catint()

    def n7():
        return [], ex_pfx('error') + 'Task #PID<0.%s.0> started from Acme.Payouts.Supervisor terminating' % catshort_num()

    def n8():
        return [], ex_pfx('info') + 'Address ' + ex_map([(':country_code', 'IN'), (':zip_code', indian_pin())])

    def n9():
        c = catnum()
        return [], ex_pfx('error') + '** (Acme.BizError) %s %s' % (c, wrong_msg(c))

    def n10():
        d = CLK()
        return [], '=ERROR REPORT==== %d-Sep-2025::%s ===' % (d.day, d.strftime('%H:%M:%S.') + frac(6))

    def n11():
        return [], ex_pfx('error') + '{:error, %%Req.TransportError{reason: :timeout}} after %sms' % catint()

    def n12():
        return [], ex_pfx('info') + 'Job completed %s' % ex_map([(':count', int(catnum())), (':status', ':ok')])

    N = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12]
    return P, N


# --------------------------------------------------------------------------
# Build, check, write
# --------------------------------------------------------------------------
def build():
    out = []
    stats = []
    for name, desc, n, share, fn in SHAPES:
        P, N = fn()
        npos = int(round(n * (share + R.uniform(-0.03, 0.03))))
        plan = []
        order = []
        while len(order) < npos:
            blk = P[:]
            R.shuffle(blk)
            order += blk
        plan += order[:npos]
        order = []
        while len(order) < n - npos:
            blk = N[:]
            R.shuffle(blk)
            order += blk
        plan += order[:n - npos]
        R.shuffle(plan)                 # mix first, then render: timestamps run forward
        recs = [t() for t in plan]
        checked = []
        for r in recs:
            labels, line = r[0], r[1]
            nolint = len(r) > 2 and r[2] == 'nolint'
            check_record(name, labels, line, nolint)
            checked.append((labels, line))
        out.append((name, desc, checked))
        stats.append((name, len(checked), sum(1 for l, _ in checked if l), sum(len(l) for l, _ in checked)))
    return out, stats


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        shapes, stats = build()
    except LabelError as e:
        sys.stderr.write('gen.py: CHECK FAILED: %s\n' % e)
        sys.exit(1)
    used = set()
    for _, _, recs in shapes:
        for labels, _ in recs:
            used.update(labels)
    missing = [c for c in CODES if c not in used]
    if missing:
        sys.stderr.write('gen.py: CHECK FAILED: catalogue codes never used: %s\n' % ', '.join(missing))
        sys.exit(1)
    noncat = sorted(c for c in used if c not in CATD)
    lines = ['# codefilter held-out labelled set (see README.md). Generated by gen.py - do not edit by hand.',
             '# Format: EXPECTED<TAB>LOGLINE; EXPECTED is "-" or comma-separated six-digit codes in order of appearance.']
    for name, desc, recs in shapes:
        lines.append('# shape: %s - %s' % (name, desc))
        for labels, line in recs:
            lines.append('%s\t%s' % (','.join(labels) if labels else '-', line))
    data = '\n'.join(lines) + '\n'
    with open(os.path.join(here, 'lines.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(data)
    total = sum(s[1] for s in stats)
    pos = sum(s[2] for s in stats)
    codes = sum(s[3] for s in stats)
    for s in stats:
        sys.stderr.write('%-18s records=%3d with_codes=%3d codes=%3d\n' % s)
    sys.stderr.write('total records=%d with_codes=%d (%.1f%%) code_occurrences=%d decoy_records=%d catalogue_codes_used=%d noncatalogue_codes=%s\n' % (
        total, pos, 100.0 * pos / total, codes, total - pos, len([c for c in used if c in CATD]), ','.join(noncat)))


if __name__ == '__main__':
    main()
