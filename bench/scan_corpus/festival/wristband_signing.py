"""Sign and verify the payload written to each wristband's NFC tag.

The tag stores ``<ticket_id>.<tier>.<sig>`` where ``sig`` is a truncated
HMAC over the chip UID and the ticket fields, so a copied payload will not
verify on a different chip.
"""
import base64
import hashlib
import hmac

WRISTBAND_HMAC_KEY = b"Fz8r2Kq!wB7t-2024-gates-NfC9x"
SIG_BYTES = 12


def _mac(uid: bytes, ticket_id: str, tier: str) -> bytes:
    msg = uid + b"|" + ticket_id.encode() + b"|" + tier.encode()
    return hmac.new(WRISTBAND_HMAC_KEY, msg, hashlib.sha256).digest()[:SIG_BYTES]


def encode_payload(uid: bytes, ticket_id: str, tier: str) -> str:
    sig = base64.urlsafe_b64encode(_mac(uid, ticket_id, tier)).decode().rstrip("=")
    return f"{ticket_id}.{tier}.{sig}"


def verify_payload(uid: bytes, payload: str) -> tuple[str, str] | None:
    try:
        ticket_id, tier, sig = payload.split(".")
        given = base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4))
    except ValueError:
        return None
    if not hmac.compare_digest(given, _mac(uid, ticket_id, tier)):
        return None
    return ticket_id, tier
