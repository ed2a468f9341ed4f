"""Gift voucher codes with an embedded HMAC so the front desk can validate
them offline when the booking system is down."""
import base64
import hashlib
import hmac
import struct

_SIGNING_KEY = b"gV7#qL2x!Rk9Zt4mWp0sNc8eYb6uHd3J"
_TAG_LEN = 8


def _tag(payload: bytes) -> bytes:
    return hmac.new(_SIGNING_KEY, payload, hashlib.sha256).digest()[:_TAG_LEN]


def encode_voucher(voucher_id: int, value_cents: int) -> str:
    payload = struct.pack(">IH", voucher_id, value_cents // 100)
    raw = payload + _tag(payload)
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def decode_voucher(code: str) -> tuple[int, int] | None:
    code = code.strip().upper().replace("-", "")
    padded = code + "=" * (-len(code) % 8)
    try:
        raw = base64.b32decode(padded)
    except ValueError:
        return None
    if len(raw) != 6 + _TAG_LEN:
        return None
    payload, tag = raw[:6], raw[6:]
    if not hmac.compare_digest(tag, _tag(payload)):
        return None
    voucher_id, value = struct.unpack(">IH", payload)
    return voucher_id, value * 100
