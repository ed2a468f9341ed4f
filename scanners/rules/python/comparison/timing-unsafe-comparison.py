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


def verify_webhook(body: bytes, header_sig: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-comparison, timing-unsafe-signature-comparison
    return expected == header_sig


def verify_inline(body: bytes, provided: str) -> bool:
    # ruleid: timing-unsafe-comparison
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest() == provided


def verify_github(body: bytes) -> None:
    computed = "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-comparison, timing-unsafe-signature-comparison
    if computed != request.headers.get("X-Hub-Signature-256"):
        abort(401)


def verify_b64(body: bytes, provided: str) -> bool:
    # ruleid: timing-unsafe-comparison
    return provided == base64.b64encode(hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).digest()).decode()


def require_api_key() -> None:
    # ruleid: timing-unsafe-comparison
    if request.headers.get("X-API-Key") != API_KEY:
        abort(401)


def check_reset(user, submitted: str) -> bool:
    # ruleid: timing-unsafe-comparison
    return submitted == user.reset_token


def check_otp(session, code: str) -> bool:
    # ruleid: timing-unsafe-comparison
    return code == session["otp"]


def check_signature(payload: bytes, signature: str, secret: bytes) -> bool:
    # ruleid: timing-unsafe-comparison
    return hashlib.sha256(secret + payload).hexdigest() == signature


def ok_verify_webhook(body: bytes, header_sig: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    # ok: timing-unsafe-comparison
    return hmac.compare_digest(expected, header_sig)


def ok_checks(token: str, signature: str, user) -> bool:
    # ok: timing-unsafe-comparison
    if token is None or token == "":
        return False
    # ok: timing-unsafe-comparison
    if len(signature) != 64:
        return False
    # ok: timing-unsafe-comparison
    if user.token_type == "Bearer":
        return True
    # ok: timing-unsafe-comparison
    return response.status_code == 200


def ok_checksum(path: str, expected_sha256: str) -> bool:
    with open(path, "rb") as fh:
        # ok: timing-unsafe-comparison
        return hashlib.sha256(fh.read()).hexdigest() == expected_sha256


def ok_query(session, ApiKey, provided_key: str):
    # ok: timing-unsafe-comparison
    return session.query(ApiKey).filter(ApiKey.api_key == provided_key).first()


def ok_test_roundtrip():
    token = make_token()
    # ok: timing-unsafe-comparison
    assert decode(token) == token


def ok_country(country_code: str, user) -> bool:
    # ok: timing-unsafe-comparison
    return country_code == user.country_code


def verify_reset_code(row, code):
    # ruleid: timing-unsafe-comparison
    if code.strip() == row["code"]:
        return True
    # ruleid: timing-unsafe-comparison
    return submitted_code(code) != row.code


def confirm_email(record, code):
    # ok: timing-unsafe-comparison
    return hmac.compare_digest(code.strip(), record["code"])


def render_status(row, mode):
    # ok: timing-unsafe-comparison
    if row["code"] == "ACTIVE":
        return mode
    # ok: timing-unsafe-comparison
    return row["code"] == None


def github_hook(request, secret):
    sent = request.headers.get("X-Hub-Signature-256", "")
    expected = hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-comparison
    if sent != f"sha256={expected}":
        return False
    event = request.headers.get("X-GitHub-Event")
    # ok: timing-unsafe-comparison
    return event != "ping"


def _key_matches(presented, expected):
    # ruleid: timing-unsafe-comparison
    return expected is not None and presented == expected


def _key_ok(presented, expected):
    # ok: timing-unsafe-comparison
    return expected is not None and hmac.compare_digest(presented, expected)


def _signatures_match(received, expected):
    # ruleid: timing-unsafe-comparison
    return received.strip().lower() == expected


def _signature_matches(received, expected):
    # ok: timing-unsafe-comparison
    return received.strip().lower() != "" and hmac.compare_digest(received.strip().lower(), expected)


def check_token_scope(scope, wanted):
    # ok: timing-unsafe-comparison
    return scope == wanted


def firmware_hook(request, secret):
    sent = request.headers.get("X-Release-Signature", "")
    expected = "sha256=" + hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-comparison
    return sent != expected


def _esign_signature_matches(body, header_value, key):
    digest = hmac.new(key, body, hashlib.sha256).digest()
    expected = base64.b64encode(digest).decode("ascii")
    # ruleid: timing-unsafe-signature-comparison
    return header_value.strip() == expected


def _shop_signature_matches(body, header_value, key):
    raw = hmac.digest(key, body, "sha256")
    expected = base64.b64encode(raw).decode()
    # ok: timing-unsafe-signature-comparison
    return hmac.compare_digest(header_value.encode(), expected.encode())


def _body_checksum_matches(body, header_value):
    digest = hashlib.sha256(body).digest()
    expected = base64.b64encode(digest).decode()
    # ok: timing-unsafe-signature-comparison
    return header_value == expected


def billing_hook(expected, signatures):
    # ruleid: timing-unsafe-signature-comparison
    if expected not in signatures:
        return False
    # ok: timing-unsafe-comparison
    return any(hmac.compare_digest(expected, s) for s in signatures)


def _expected_signature(secret, body):
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def carrier_status(request, secret):
    sent = request.headers.get("X-Carrier-Signature", "")
    # ruleid: timing-unsafe-signature-comparison
    if sent != _expected_signature(secret, request.get_data()):
        return False
    expected = _expected_signature(secret, request.get_data())
    # ruleid: timing-unsafe-signature-comparison
    if sent != expected:
        return False
    # ok: timing-unsafe-comparison
    return hmac.compare_digest(sent, expected)


def acquirer_event(request, secret, ts, candidates):
    expected = _expected_signature(secret, request.get_data())
    # ruleid: timing-unsafe-signature-comparison
    if expected not in candidates:
        raise PermissionError("invalid signature")
    # ok: timing-unsafe-signature-comparison
    return any(hmac.compare_digest(expected, c) for c in candidates)


def content_changed(old_blob, new_blob):
    # ok: timing-unsafe-comparison
    return file_digest_name(old_blob) != "sha256"


def check_download(digest, sha256):
    # ok: timing-unsafe-comparison
    return digest.hexdigest() != sha256


def freezer_alarm(request, _signature_for):
    sent = request.headers.get("X-Signature-SHA256", "")
    # ruleid: timing-unsafe-signature-comparison
    return _signature_for(request.get_data()) != sent.lower()


def corporate_action(body, x_signature, x_timestamp):
    # ruleid: timing-unsafe-signature-comparison
    if x_signature.lower() not in _expected_signatures(body, x_timestamp):
        raise PermissionError("invalid signature")
    # ok: timing-unsafe-signature-comparison
    if "sha256=" not in x_signature:
        raise PermissionError("unsupported scheme")
    # ok: timing-unsafe-signature-comparison
    return any(hmac.compare_digest(x_signature, s) for s in _expected_signatures(body, x_timestamp))


def verify_checksums(folder):
    failures = []
    for line in (folder / "SHA256SUMS").read_text().splitlines():
        digest, _, name = line.partition("  ")
        # ok: timing-unsafe-comparison
        if hashlib.sha256((folder / name).read_bytes()).hexdigest() != digest:
            failures.append(name)
    return failures


def push_image(image, expected_sha256, key_file):
    digest = hashlib.sha256(image.read_bytes()).hexdigest()
    # ok: timing-unsafe-comparison
    if digest != expected_sha256.lower():
        raise ValueError("checksum mismatch")
    return key_file


def check_upload_token(body, token):
    digest = hashlib.sha256(WEBHOOK_SECRET + body).hexdigest()
    # ruleid: timing-unsafe-comparison
    return digest == token


def _tags_match(expected: str, presented: str) -> bool:
    # ruleid: timing-unsafe-comparison
    return expected == presented.strip().lower()


def _tags_match_safe(expected: str, presented: str) -> bool:
    # ok: timing-unsafe-comparison
    return hmac.compare_digest(expected, presented.strip().lower())


def check_refund_signature(payload, timestamp, provided):
    expected = hmac.new(os.environ["PSP_SECRET"].encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-comparison
    if expected not in provided:
        raise PermissionError("signature")
    # ok: timing-unsafe-signature-comparison
    return any(hmac.compare_digest(expected, p) for p in provided)


class TerminalKeyMiddleware:
    header_key = "HTTP_X_STORE_KEY"

    def _is_authorised(self, request, settings) -> bool:
        key = request.META.get(self.header_key, "")
        # ruleid: timing-unsafe-comparison
        return key == settings.POS_STORE_KEY

    def _is_authorised_safe(self, request, settings) -> bool:
        key = request.META.get(self.header_key, "")
        # ok: timing-unsafe-comparison
        return hmac.compare_digest(key, settings.POS_STORE_KEY)

    def _same_partition(self, row, settings) -> bool:
        # ok: timing-unsafe-comparison
        return row.key == settings.DEFAULT_PARTITION_KEY


async def station_auth(request, handler):
    presented = request.headers.get("X-Station-Key", "")
    expected = request.app["station_keys"].get(request.headers.get("X-Station-Id", ""))
    # ruleid: timing-unsafe-header-comparison, timing-unsafe-comparison
    if expected is None or presented != expected:
        raise PermissionError("unknown station")
    # ok: timing-unsafe-header-comparison
    if not hmac.compare_digest(presented, expected):
        raise PermissionError("unknown station")
    scheme = request.headers.get("X-Station-Scheme", "")
    # ok: timing-unsafe-header-comparison
    if scheme != expected_scheme(request):
        raise PermissionError("unsupported scheme")
    # ruleid: timing-unsafe-comparison
    if request.headers.get("X-Relay-Token") != os.environ["RELAY_TOKEN"]:
        raise PermissionError("unknown relay")
    # ruleid: timing-unsafe-header-comparison
    if request.headers.get("X-Relay-Key") != request.app["relay_keys"][0]:
        raise PermissionError("unknown relay")
    return await handler(request)


class PartnerKeyAuth:
    def __init__(self, expected: bytes):
        self.expected = expected

    def __call__(self, x_partner_key: str = Header(default="")) -> None:
        supplied = x_partner_key.strip().encode("utf-8")
        # ruleid: timing-unsafe-header-comparison, timing-unsafe-comparison
        if not supplied or supplied != self.expected:
            raise PermissionError("invalid partner key")
        # ok: timing-unsafe-header-comparison
        if not hmac.compare_digest(supplied, self.expected):
            raise PermissionError("invalid partner key")


def partner_region(x_partner_key: str = Header(default=""), x_region: str = Header(default="eu")):
    # ok: timing-unsafe-header-comparison
    return x_region != default_region()


def require_api_key(db, x_api_key: str = Header(..., alias="X-Api-Key")):
    prefix = x_api_key[:8]
    # ok: timing-unsafe-header-comparison
    record = db.scalar(select(ApiKey).where(ApiKey.prefix == prefix))
    # ok: timing-unsafe-header-comparison
    if record is None or not hmac.compare_digest(record.key_hash, digest_of(x_api_key)):
        raise PermissionError("invalid API key")
    return record


class HandheldRegistry:
    def __init__(self, devices):
        self._devices = {d.device_id: d for d in devices}

    def _key_for(self, device_id):
        device = self._devices.get(device_id)
        return device.api_key if device is not None else None

    def authenticate(self, device_id, presented_key):
        expected = self._key_for(device_id)
        # ruleid: timing-unsafe-comparison
        if expected is not None and presented_key == expected:
            return self._devices[device_id]
        return None

    def authenticate_constant_time(self, device_id, presented_key):
        expected = self._key_for(device_id)
        # ok: timing-unsafe-comparison
        if expected is not None and hmac.compare_digest(presented_key, expected):
            return self._devices[device_id]
        return None

    def batch_complete(self, presented_key_count, expected_count):
        # ok: timing-unsafe-comparison
        return presented_key_count == expected_count


class PropKeyCheck:
    def __init__(self, settings):
        self.expected = settings.controller_key
        self.room = settings.room_slug
        self.order_key = settings.sort_key

    def accepts(self, presented):
        # ruleid: timing-unsafe-comparison
        return presented is not None and presented == self.expected

    def accepts_constant_time(self, presented):
        # ok: timing-unsafe-comparison
        return presented is not None and hmac.compare_digest(presented, self.expected)

    def same_room(self, slug):
        # ok: timing-unsafe-comparison
        return slug == self.room

    def same_order(self, key):
        # ok: timing-unsafe-comparison
        return key == self.order_key


class EnvTokenCheck:
    def __init__(self):
        self.token = os.environ["KIOSK_PUSH_TOKEN"]

    def valid(self, sent):
        # ruleid: timing-unsafe-comparison
        return self.token != "" and sent == self.token


class MarketplaceSignature:
    def __init__(self, secret):
        self._secret = secret

    def expected(self, body):
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def is_valid(self, body, provided):
        # ruleid: timing-unsafe-signature-comparison
        return bool(provided) and self.expected(body) == provided.strip().lower()

    def is_valid_constant_time(self, body, provided):
        # ok: timing-unsafe-signature-comparison
        return bool(provided) and hmac.compare_digest(self.expected(body), provided.strip().lower())

    def body_hash(self, body):
        return hashlib.sha256(body).hexdigest()

    def same_body(self, body, other):
        # ok: timing-unsafe-signature-comparison
        return self.body_hash(body) == self.body_hash(other)


def partner_mac(secret, body):
    return hmac.new(secret, body, hashlib.sha256).digest()


def partner_ok(secret, body, sent):
    # ruleid: timing-unsafe-signature-comparison
    return partner_mac(secret, body) == sent


class TabletKeys:
    def __init__(self, keys, columns):
        self.studio_keys = keys
        self.required_keys = columns

    def authorised(self, slug, presented):
        expected = self.studio_keys.get(slug)
        # ruleid: timing-unsafe-comparison
        return expected is not None and presented == expected

    def authorised_constant_time(self, slug, presented):
        expected = self.studio_keys.get(slug)
        # ok: timing-unsafe-comparison
        return expected is not None and hmac.compare_digest(presented, expected)

    def first_column_is(self, name):
        first = self.required_keys[0]
        # ok: timing-unsafe-comparison
        return first == name


class PartnerKeyAuth:
    def __init__(self, keys, names):
        self._keys = keys
        self._names = names

    def _matches(self, slug, presented):
        stored = self._keys.get(slug)
        # ruleid: timing-unsafe-comparison
        return stored is not None and presented == stored

    def _named(self, slug, name):
        known = self._names.get(slug)
        # ok: timing-unsafe-comparison
        return known is not None and name == known


def file_digest(path, algorithm="sha256"):
    h = hashlib.new(algorithm)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_archive_copy(path, entry, s3_key):
    # ok: timing-unsafe-comparison
    if file_digest(path) != entry["digest"]:
        return False
    return s3_key is not None


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
