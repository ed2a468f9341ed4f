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



def verify_webhook_digest(body, received_digest, key):
    # ruleid: timing-unsafe-comparison
    return hmac.new(key, body, hashlib.sha256).hexdigest() == received_digest


def _configured_key():
    return os.environ["PORT_AUTHORITY_CALLBACK_KEY"]


def _configured_region():
    return os.environ["PORT_AUTHORITY_REGION"]


def authorised(presented, region):
    # ruleid: timing-unsafe-comparison
    if not (presented and presented == _configured_key()):
        return False
    # ok: timing-unsafe-comparison
    return region == _configured_region()


class TourGateScanner:
    def __init__(self, key):
        self.key = key
        self.admitted = set()

    def tag_for(self, signed_part):
        mac = hmac.new(self.key, signed_part, hashlib.sha256).digest()
        return base64.b32encode(mac).decode().rstrip("=")

    def verify(self, signed_part, presented):
        computed = self.tag_for(signed_part)
        # ruleid: timing-unsafe-comparison
        return computed[:20] == presented

    def verify_constant_time(self, signed_part, presented):
        computed = self.tag_for(signed_part)
        # ok: timing-unsafe-comparison
        return hmac.compare_digest(computed[:20], presented)

    def verify_length(self, signed_part, presented):
        computed = self.tag_for(signed_part)
        # ok: timing-unsafe-comparison
        return len(computed) == 52



class PartnerSignature:
    def __init__(self, secret):
        self._secret = secret

    def expected_for(self, body, timestamp):
        mac = hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256)
        return "v1=" + mac.hexdigest()

    def matches(self, supplied, body, timestamp):
        # ruleid: timing-unsafe-comparison
        return supplied == self.expected_for(body, timestamp)

    def matches_constant_time(self, supplied, body, timestamp):
        # ok: timing-unsafe-comparison
        return hmac.compare_digest(supplied, self.expected_for(body, timestamp))


def _same_signature(expected, received):
    # ruleid: timing-unsafe-comparison
    return expected.lower() == received.strip().lower()


def _same_site(expected, received):
    # ok: timing-unsafe-comparison
    return expected.lower() == received.strip().lower()


class GateCommandSigner:
    def __init__(self, key):
        self._key = key

    def tag(self, body):
        return hmac.new(self._key, body, hashlib.sha256).hexdigest()

    def label(self, body):
        return body[:12].decode()


class GateCommandVerifier:
    def __init__(self, signer):
        self.signer = signer

    def accept(self, envelope, body):
        expected = self.signer.tag(body)
        # ruleid: timing-unsafe-signature-comparison
        if expected != envelope.get("tag", ""):
            return False
        # ok: timing-unsafe-signature-comparison
        if self.signer.label(body) != envelope.get("label", ""):
            return False
        # ok: timing-unsafe-signature-comparison
        return hmac.compare_digest(self.signer.tag(body), envelope.get("tag", ""))

    def accept_direct(self, envelope, body):
        # ruleid: timing-unsafe-signature-comparison
        return envelope.get("tag") == self.signer.tag(body)


SERVICE_CREDENTIALS = [("support-desk", os.environ.get("SUPPORT_DESK_KEY", "")), ("field-ops", os.environ.get("FIELD_OPS_KEY", ""))]


def service_caller(x_service_key: str = Header(...)):
    for name, key in SERVICE_CREDENTIALS:
        # ruleid: timing-unsafe-comparison
        if key != x_service_key:
            continue
        return name
    abort(401)


def partner_caller(partner_key, presented):
    # ruleid: timing-unsafe-comparison
    return presented == partner_key


def service_caller_checked(x_service_key: str = Header(...)):
    for name, key in SERVICE_CREDENTIALS:
        # ok: timing-unsafe-comparison
        if hmac.compare_digest(key, x_service_key):
            return name
    abort(401)


def key_layout(x_key_count, service_key_count):
    # ok: timing-unsafe-comparison
    return x_key_count == service_key_count


class RecordingShelf:
    def _stored_digest(self, key):
        return self.s3.head_object(Bucket=self.bucket, Key=key)["Metadata"].get("content-sha256")

    def find_duplicate(self, keys, digest):
        for key in keys:
            # ok: timing-unsafe-comparison
            if self._stored_digest(key) == digest:
                return key
        return None

    def find_duplicate_session(self, sessions, session_token):
        for key, token in sessions:
            # ruleid: timing-unsafe-comparison
            if token == session_token:
                return key
        return None

    def verify_upload(self, key, upload_digest):
        # ruleid: timing-unsafe-comparison
        return self._stored_digest(key) == upload_digest


@dataclasses.dataclass(frozen=True)
class ChangeNotice:
    secret: bytes
    digest: str = "sha256"

    def verify(self, presented, body):
        algo, _, encoded = presented.partition("=")
        # ok: timing-unsafe-comparison
        if algo != self.digest:
            raise ValueError("unexpected signature algorithm")
        expected = hmac.new(self.secret, body, self.digest).hexdigest()
        # ruleid: timing-unsafe-signature-comparison
        return encoded == expected


@dataclasses.dataclass(frozen=True)
class GatewayRegistry:
    keys_by_station: dict
    names_by_station: dict

    def authenticate(self, station, presented):
        expected = self.keys_by_station.get(station)
        if expected is None:
            return False
        # ruleid: timing-unsafe-comparison
        return presented == expected

    def station_label(self, station, shown):
        expected = self.names_by_station.get(station)
        # ok: timing-unsafe-comparison
        return shown == expected


class KioskKeyRing:
    def __init__(self, keys, names):
        self._keys = tuple(k.strip() for k in keys if k.strip())
        self._names = tuple(names)

    def accepts(self, presented):
        # ruleid: timing-unsafe-comparison
        return any(presented == key for key in self._keys)

    def accepts_constant_time(self, presented):
        # ok: timing-unsafe-comparison
        return any(hmac.compare_digest(presented, key) for key in self._keys)

    def has_blank(self):
        # ok: timing-unsafe-comparison
        return any(key == "" for key in self._keys)

    def named(self, shown):
        # ok: timing-unsafe-comparison
        return any(shown == name for name in self._names)


class MarketplaceSignatureScheme:
    prefix = "sha256="

    def __init__(self, secret):
        self.secret = secret

    def expected_for(self, body):
        return self.prefix + hmac.new(self.secret, body, hashlib.sha256).hexdigest()

    def body_checksum(self, body):
        return self.prefix + hashlib.sha256(body).hexdigest()


class MarketplaceWebhookGate:
    def __init__(self, scheme):
        self.scheme = scheme

    def admit(self, body, presented):
        expected = self.scheme.expected_for(body)
        # ruleid: timing-unsafe-signature-comparison, timing-unsafe-comparison
        return presented.strip() == expected

    def unchanged(self, body, recorded):
        checksum = self.scheme.body_checksum(body)
        # ok: timing-unsafe-signature-comparison
        return recorded.strip() == checksum


@dataclasses.dataclass
class CallbackSignature:
    hexdigest: str

    @classmethod
    def compute(cls, key: bytes, body: bytes) -> "CallbackSignature":
        return cls(hmac.new(key, body, hashlib.sha256).hexdigest())

    def matches(self, presented: str) -> bool:
        # ruleid: timing-unsafe-comparison
        return self.hexdigest == presented.strip().lower()

    def matches_in_constant_time(self, presented: str) -> bool:
        # ok: timing-unsafe-comparison
        return hmac.compare_digest(self.hexdigest, presented.strip().lower())


@dataclasses.dataclass
class FileFingerprint:
    hexdigest: str

    @classmethod
    def of(cls, data: bytes) -> "FileFingerprint":
        return cls(hashlib.sha256(data).hexdigest())

    def matches(self, published: str) -> bool:
        # ok: timing-unsafe-comparison
        return self.hexdigest == published.strip().lower()


@dataclasses.dataclass(frozen=True)
class RecipeFingerprint:
    name: str
    digest: str


class RecipeRegistry:
    def __init__(self, index, signing_key):
        self._index = index
        self._signing_key = signing_key

    def fingerprint(self, path):
        h = hashlib.new("sha256")
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(65536), b""):
                h.update(chunk)
        return RecipeFingerprint(name=path.stem, digest=h.hexdigest())

    def seal(self, path):
        return RecipeFingerprint(name=path.stem, digest=hmac.new(self._signing_key, path.name.encode(), hashlib.sha256).hexdigest())

    def changed(self, path, batch_code):
        fp = self.fingerprint(path)
        # ok: timing-unsafe-comparison
        return self._index.get(fp.name) != fp.digest

    def sealed(self, path, presented):
        seal = self.seal(path)
        # ruleid: timing-unsafe-comparison
        return presented != seal.digest


def verify_manifest(dest, manifest, signing_key):
    results = {}
    for entry in manifest["files"]:
        path = dest / entry["name"]
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        # ok: timing-unsafe-comparison
        results[entry["name"]] = digest == entry["sha256"]
        mac = hmac.new(signing_key, path.read_bytes(), hashlib.sha256).hexdigest() if path.is_file() else ""
        # ruleid: timing-unsafe-comparison
        results[entry["name"] + ".sig"] = mac == entry["signature"]
    return results


class ExportManifest:
    def __init__(self, export_dir, signing_key):
        self.export_dir = export_dir
        self.signing_key = signing_key

    def _digest(self, path):
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()

    def _tag(self, path):
        return hmac.new(self.signing_key, path.name.encode(), hashlib.sha256).hexdigest()

    def mismatches(self, entries):
        # ok: timing-unsafe-comparison
        return [e.name for e in entries if self._digest(self.export_dir / e.name) != e.digest]

    def forged(self, entries):
        # ruleid: timing-unsafe-signature-comparison
        return [e.name for e in entries if self._tag(self.export_dir / e.name) != e.tag]


class ContractorKeyDirectory:
    def __init__(self, entries):
        self._entries = dict(entries)

    def key_of(self, contractor_id):
        return self._entries.get(contractor_id)


class ContractorKeyMiddleware:
    def __init__(self, directory):
        self.directory = directory

    def _authorised(self, contractor_id, presented):
        expected = self.directory.key_of(contractor_id)
        # ruleid: timing-unsafe-comparison
        return expected is not None and presented == expected

    def _authorised_in_constant_time(self, contractor_id, presented):
        expected = self.directory.key_of(contractor_id)
        # ok: timing-unsafe-comparison
        return expected is not None and hmac.compare_digest(presented, expected)


class TollBoothReceipts:
    def __init__(self, till_key):
        self._till_key = till_key

    @staticmethod
    def _equal(ours: bytes, theirs: bytes) -> bool:
        # ruleid: timing-unsafe-comparison
        return ours == theirs

    @staticmethod
    def _equal_sizes(ours: bytes, theirs: bytes) -> bool:
        # ok: timing-unsafe-comparison
        return len(ours) == len(theirs)

    @staticmethod
    def _vet(ours: bytes, theirs: str) -> bool:
        # ruleid: timing-unsafe-comparison
        return ours != theirs.strip().encode()

    def _tally(self, first, second):
        # ruleid: timing-unsafe-comparison
        return first == second

    @staticmethod
    def _same_lane(ours, theirs):
        # ok: timing-unsafe-comparison
        return ours == theirs

    def _receipt_tag(self, receipt):
        return hmac.new(self._till_key, receipt, hashlib.sha256).digest()

    def _lane_label(self, receipt):
        return receipt[:4]

    def accept(self, receipt, presented, lane):
        if self._vet(self._receipt_tag(receipt), presented):
            return False
        if not self._tally(presented, self._receipt_tag(receipt)):
            return False
        return self._same_lane(self._lane_label(receipt), lane)


class QuayBerthSlot:
    def __init__(self, berth):
        self.berth = berth

    def __eq__(self, other):
        # ok: timing-unsafe-comparison
        return self.berth == other.berth


def _values_match(first, second):
    # ruleid: timing-unsafe-comparison
    return first.strip() == second


def _values_match_safe(first, second):
    # ok: timing-unsafe-comparison
    return hmac.compare_digest(first.strip(), second)


class LockerPushSigner:
    def __init__(self, locker_secret, scheme="sha256"):
        self._locker_secret = locker_secret
        self._scheme = scheme

    def expected(self, body):
        tagger = hmac.new(self._locker_secret, body, hashlib.sha256)
        return f"{self._scheme}={tagger.hexdigest()}"

    def stamp(self, body):
        return f"v1={hmac.new(self._locker_secret, body, hashlib.sha256).hexdigest()}"

    def route(self, body):
        return f"{self._scheme}={body[:8].hex()}"


def _locker_signer():
    return LockerPushSigner(os.environ["LOCKER_PUSH_SECRET"].encode())


def locker_push(body, presented, route):
    # ruleid: timing-unsafe-signature-comparison
    if presented != _locker_signer().expected(body):
        return False
    # ok: timing-unsafe-signature-comparison
    if not hmac.compare_digest(presented, _locker_signer().expected(body)):
        return False
    stamped = _locker_signer().stamp(body)
    # ruleid: timing-unsafe-signature-comparison
    if stamped != presented:
        return False
    # ok: timing-unsafe-signature-comparison
    return _locker_signer().route(body) == route


class DockPushVerifier:
    def __init__(self, dock_key):
        self._dock_key = dock_key
        self._computed = ""
        self._computed_b64 = ""
        self._body_sha = ""
        self._kind = ""

    def load(self, body):
        self._computed = hmac.new(self._dock_key, body, hashlib.sha256).hexdigest()
        self._body_sha = hashlib.sha256(body).hexdigest()
        self._kind = body[:6].decode()

    def load_b64(self, body):
        raw = base64.b64encode(hmac.new(self._dock_key, body, hashlib.sha256).digest()).decode()
        self._computed_b64 = raw
        return self

    def genuine(self, offered):
        # ruleid: timing-unsafe-comparison
        return offered.strip() == self._computed

    def genuine_b64(self, offered):
        # ruleid: timing-unsafe-comparison
        return self._computed_b64 != offered

    def genuine_constant_time(self, offered):
        # ok: timing-unsafe-comparison
        return hmac.compare_digest(offered.strip(), self._computed)

    def same_body(self, published):
        # ok: timing-unsafe-comparison
        return published == self._body_sha

    def kind_is(self, wanted):
        # ok: timing-unsafe-comparison
        return wanted == self._kind
