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
