import base64
import dataclasses
import functools
import hashlib
import hmac
import os

from fastapi import Header
from flask import abort, request

WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()
API_KEY = os.environ["API_KEY"]



class LoomCallback:
    def __init__(self, raw, shown_header, loom_secret):
        self.raw = raw
        self.shown_header = shown_header
        self._loom_secret = loom_secret

    @property
    def reckoned(self):
        return "v1=" + hmac.new(self._loom_secret, self.raw, hashlib.sha256).hexdigest()

    @functools.cached_property
    def reckoned_raw(self):
        return hmac.digest(self._loom_secret, self.raw, "sha256")

    @property
    def fingerprint_hex(self):
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def loom_label(self):
        return self.raw[:10].decode()

    def authentic(self):
        # ruleid: timing-unsafe-comparison
        return self.shown_header == self.reckoned

    def authentic_raw(self, sent_bytes):
        # ruleid: timing-unsafe-comparison
        return self.reckoned_raw != sent_bytes

    def authentic_constant_time(self):
        # ok: timing-unsafe-comparison
        return hmac.compare_digest(self.shown_header, self.reckoned)

    def unchanged(self, published):
        # ok: timing-unsafe-comparison
        return published == self.fingerprint_hex


def loom_cycle_done(raw, header_value, loom_secret, label):
    callback = LoomCallback(raw, header_value, loom_secret)
    # ruleid: timing-unsafe-comparison
    if header_value != callback.reckoned:
        return False
    # ok: timing-unsafe-comparison
    if not hmac.compare_digest(header_value, callback.reckoned):
        return False
    # ok: timing-unsafe-comparison
    return callback.loom_label == label


class DeviceKeyVerifier:
    @staticmethod
    def _same(presented, stored):
        # ruleid: timing-unsafe-comparison
        return presented == stored

    def verify(self, presented_key, row):
        return self._same(presented_key, row.device_key)


def reset_family_password(payload, store, member_id):
    submitted = str(payload.get("code", "")).strip()
    email = str(payload.get("email", "")).strip()
    stored = store.get(f"family-reset:{member_id}")
    # ruleid: timing-unsafe-comparison
    if stored is None or stored.decode("ascii") != submitted:
        abort(400)
    # ok: timing-unsafe-comparison
    if email != store.get(f"family-email:{member_id}"):
        abort(400)


def fingerprint(path):
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(65536):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def signature_of(key, path):
    h = hmac.new(key, digestmod=hashlib.sha256)
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest(), 0


class ChecksumLedger:
    def record(self, conn, uid, path):
        digest, size = fingerprint(path)
        existing = conn.execute("SELECT digest FROM ledger WHERE uid = ?", (uid,)).fetchone()
        # ok: timing-unsafe-comparison
        if existing is not None and existing[0] != digest:
            return None
        return digest, size

    def audit(self, rows, root):
        # ok: timing-unsafe-comparison
        return [uid for uid, digest in rows if fingerprint(root / f"{uid}.dcm")[0] != digest]

    def check_signed(self, key, path, presented_signature):
        expected, _ = signature_of(key, path)
        # ruleid: timing-unsafe-comparison
        return expected == presented_signature


@dataclasses.dataclass
class ReportOtp:
    report_id: str
    code: str
    status: int = 0

    def accepts(self, submitted: str) -> bool:
        # ruleid: timing-unsafe-comparison
        return self.code == submitted.strip()

    def accepts_safely(self, submitted: str) -> bool:
        # ok: timing-unsafe-comparison
        return hmac.compare_digest(self.code, submitted.strip())


class VerificationResponse:
    def __init__(self, code: int):
        self.code = code

    def succeeded(self) -> bool:
        # ok: timing-unsafe-comparison
        return self.code == 200

    def same_status(self, other: "VerificationResponse") -> bool:
        # ok: timing-unsafe-comparison
        return self.code == HTTP_OK


class SignInLink:
    def __init__(self, selector: str, verifier: str, verifier_name: str):
        self.selector = selector
        self.verifier = verifier
        self.verifier_name = verifier_name


def sign_in(link: SignInLink, presented: str, scheme: str) -> bool:
    # ok: timing-unsafe-comparison
    if link.verifier_name != scheme:
        return False
    # ruleid: timing-unsafe-comparison
    return link.verifier == presented


def sign_in_safely(link: SignInLink, presented: str) -> bool:
    # ok: timing-unsafe-comparison
    return hmac.compare_digest(link.verifier, presented)


class HandoverCode:
    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value.strip().upper()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HandoverCode):
            return NotImplemented
        # ruleid: timing-unsafe-comparison
        return self._value == other._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return "HandoverCode(****)"


class SealedHandoverCode(HandoverCode):
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SealedHandoverCode):
            return NotImplemented
        # ok: timing-unsafe-comparison
        return hmac.compare_digest(self._value, other._value)

    def __repr__(self) -> str:
        return "SealedHandoverCode(<redacted>)"


class LotNumber:
    def __init__(self, value: str):
        self._value = value

    def __eq__(self, other: object) -> bool:
        # ok: timing-unsafe-comparison
        return isinstance(other, LotNumber) and self._value == other._value

    def __repr__(self) -> str:
        return f"LotNumber({self._value!r})"


class ClinicKeys:
    def __init__(self, rows):
        self.rows = rows

    def _stored_key(self, clinic):
        return self.rows.get(clinic)

    def _cache_key(self, clinic):
        return f"clinic:{clinic}"

    def is_valid(self, clinic, presented):
        stored = self._stored_key(clinic)
        # ruleid: timing-unsafe-comparison
        return stored is not None and presented == stored

    def is_valid_safely(self, clinic, presented):
        stored = self._stored_key(clinic)
        # ok: timing-unsafe-comparison
        return stored is not None and hmac.compare_digest(presented, stored)

    def is_cached(self, clinic, wanted):
        held = self._cache_key(clinic)
        # ok: timing-unsafe-comparison
        return held == wanted


class CountyPushKeys:
    def __init__(self, keys):
        self._keys = keys

    def key_for(self, county):
        return self._keys.get(county)

    @staticmethod
    def identical(presented, expected):
        # ruleid: timing-unsafe-comparison
        return presented == expected


COUNTY_PUSH_KEYS = CountyPushKeys({})


def county_push(county, x_county_key):
    expected = COUNTY_PUSH_KEYS.key_for(county)
    return expected is not None and COUNTY_PUSH_KEYS.identical(x_county_key, expected)


class IntegrationKeyGuard:
    def __init__(self, keys):
        self._keys = dict(keys)

    def _identical(self, supplied, expected):
        # ruleid: timing-unsafe-comparison
        return supplied == expected

    def identify(self, supplied):
        for client, expected in self._keys.items():
            if self._identical(supplied, expected):
                return client
        return None


def release_dose(body, release):
    # ruleid: timing-unsafe-comparison
    if body.release_code.strip() != release.stored:
        return False
    # ok: timing-unsafe-comparison
    return body.release_note.strip() != release.note


@dataclasses.dataclass(frozen=True)
class HospitalCredential:
    trust_code: str
    _key: str

    def matches(self, candidate):
        # ruleid: timing-unsafe-comparison
        return self._key == candidate

    def same_trust(self, other_code):
        # ok: timing-unsafe-comparison
        return self.trust_code == other_code


def accept_offer(offer, code):
    shift_id, accept_code = offer
    # ruleid: timing-unsafe-comparison
    if accept_code == code:
        return shift_id
    return None


def finish_recovery(request, pending):
    submitted = request.POST.get("code", "").strip()
    # ruleid: timing-unsafe-comparison
    if pending is None or pending.code != submitted:
        return False
    return True


def finish_recovery_safely(request, pending):
    submitted = request.POST.get("code", "").strip()
    # ok: timing-unsafe-comparison
    if pending is None or not hmac.compare_digest(pending.code, submitted):
        return False
    return True


def recover_from_http_error(exc):
    # ok: timing-unsafe-comparison
    return exc.code != 503


class FleetKeyCheck:
    def __init__(self, expected):
        self._expected = expected

    def matches(self, presented):
        # ruleid: timing-unsafe-comparison
        return bool(presented) and presented == self._expected

    def __call__(self, x_fleet_key=""):
        if not self.matches(x_fleet_key):
            raise PermissionError("unknown fleet key")


class RouteFilter:
    def __init__(self, depot):
        self._depot = depot

    def matches(self, depot):
        # ok: timing-unsafe-comparison
        return depot == self._depot

    def keep(self, stops):
        return [s for s in stops if self.matches(s.depot)]


class PartnerKeyCheck:
    def __init__(self, expected):
        self._expected = expected

    def matches(self, presented):
        # ruleid: timing-unsafe-comparison
        return presented == self._expected


require_partner_key = PartnerKeyCheck("configured")


def partner_dependency(x_partner_key=""):
    if not require_partner_key.matches(x_partner_key):
        raise PermissionError("unknown partner key")


class OverrideCode:
    def __init__(self, code, version):
        self.code = code
        self.version = version

    def accepts(self, supplied):
        # ruleid: timing-unsafe-comparison
        return self.code == supplied

    def is_current(self, supplied):
        # ok: timing-unsafe-comparison
        return self.version == supplied


def accept_swap(swap, payload):
    submitted = (payload.get("value") or "").strip().lower()
    # ruleid: timing-unsafe-comparison
    if submitted != swap["swap_code"]:
        return False
    # ok: timing-unsafe-comparison
    return submitted != swap["status"]


class PinChecks:
    @staticmethod
    def _same(stored, submitted):
        # ruleid: timing-unsafe-comparison
        return stored == submitted.strip()


def pbkdf2_needs_upgrade(encoded, policy):
    digest, iterations, _salt, _hash = encoded.split("$")
    # ok: timing-unsafe-comparison
    return digest != policy.digest or int(iterations) < policy.iterations


def webhook_digest_matches(body, policy):
    digest = hmac.new(policy.key, body, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-comparison, timing-unsafe-signature-comparison
    return digest == policy.expected_digest


def release_juice(req, booking):
    # ruleid: timing-unsafe-comparison
    if req.code.strip().upper() != booking.collection_code:
        return False
    # ok: timing-unsafe-comparison
    return req.bay == booking.storage_bay


@dataclasses.dataclass(frozen=True)
class CouncilKey:
    client: str
    value: str

    def matches(self, presented):
        # ruleid: timing-unsafe-comparison
        return self.value == presented


@dataclasses.dataclass(frozen=True)
class SortKey:
    column: str
    value: str

    def same_as(self, other):
        # ok: timing-unsafe-comparison
        return self.value == other


@dataclasses.dataclass
class SheetSignOff:
    game_id: int
    presented: str
    presented_at: str

    @property
    def expected(self):
        return sheet_token_for(self.game_id)

    def is_authentic(self):
        # ruleid: timing-unsafe-comparison
        return self.presented == self.expected

    def same_minute(self, other):
        # ok: timing-unsafe-comparison
        return self.presented_at == other


@dataclasses.dataclass
class PartnerApiKeyRecord:
    client_id: str
    key: str

    def matches(self, candidate):
        # ruleid: timing-unsafe-comparison
        return self.key == candidate


@dataclasses.dataclass
class CacheKeyRecord:
    region: str
    key: str

    def matches(self, other):
        # ok: timing-unsafe-comparison
        return self.key == other


def verify_stored_reset(redis_client, email, submitted):
    stored = redis_client.get(f"reset:code:{email}")
    # ruleid: timing-unsafe-comparison
    if stored is None or stored.decode("ascii") != submitted.strip():
        return False
    return True


def _split_signature(body):
    return hmac.new(b"timing-secret", body, hashlib.sha256).hexdigest()


def _split_checksum(body):
    return hashlib.sha256(body).hexdigest()


def receive_splits(body, sent):
    # ruleid: timing-unsafe-signature-comparison
    if sent != "sha256=" + _split_signature(body):
        return False
    # ok: timing-unsafe-signature-comparison
    return sent != "sha256=" + _split_checksum(body)


class PayoutAccountChange:
    def request(self, maker_id):
        self._code = f"{secrets.randbelow(10**8):08d}"
        self._status = "pending"

    def confirm(self, entered_code):
        # ruleid: timing-unsafe-comparison
        if entered_code.strip() != self._code:
            return False
        # ok: timing-unsafe-comparison
        return self._status != "cancelled"
