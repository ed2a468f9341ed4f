"""Signed gift-voucher codes that can be checked at the front desk offline."""
import base64
import hashlib
import hmac
import os
import struct
from functools import lru_cache

KEY_ENV_VAR = "VOUCHER_SIGNING_KEY"
_TAG_LEN = 8
_PAYLOAD_LEN = 6


@lru_cache(maxsize=1)
def _signing_key() -> bytes:
    value = os.environ.get(KEY_ENV_VAR)
    if not value or len(value) < 32:
        raise RuntimeError(f"{KEY_ENV_VAR} must be set to at least 32 characters")
    return value.encode()


def _tag(payload: bytes) -> bytes:
    return hmac.new(_signing_key(), payload, hashlib.sha256).digest()[:_TAG_LEN]


def encode_voucher(voucher_id: int, value_cents: int) -> str:
    payload = struct.pack(">IH", voucher_id, value_cents // 100)
    return base64.b32encode(payload + _tag(payload)).decode("ascii").rstrip("=")


def decode_voucher(code: str) -> tuple[int, int] | None:
    code = code.strip().upper().replace("-", "")
    try:
        raw = base64.b32decode(code + "=" * (-len(code) % 8))
    except ValueError:
        return None
    if len(raw) != _PAYLOAD_LEN + _TAG_LEN:
        return None
    payload, tag = raw[:_PAYLOAD_LEN], raw[_PAYLOAD_LEN:]
    if not hmac.compare_digest(tag, _tag(payload)):
        return None
    voucher_id, value = struct.unpack(">IH", payload)
    return voucher_id, value * 100
