"""Field-level encryption for consignee contact details.

Values are sealed with AES-256-GCM and bound to the shipment id as associated
data. A separate HMAC "blind index" supports exact-match lookups by phone.
"""
import base64
import hashlib
import hmac
import os
import re
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
_PHONE_CLEANUP = re.compile(r"[\s\-().]")


@lru_cache(maxsize=None)
def _key(env_name: str) -> bytes:
    key = base64.b64decode(os.environ[env_name])
    if len(key) != 32:
        raise RuntimeError(f"{env_name} must decode to 32 bytes")
    return key


def normalise_phone(raw: str) -> str:
    phone = _PHONE_CLEANUP.sub("", raw)
    return "+" + phone[2:] if phone.startswith("00") else phone


def encrypt_field(value: str, shipment_id: str) -> str:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_key("CONSIGNEE_DATA_KEY")).encrypt(
        nonce, value.encode("utf-8"), shipment_id.encode("ascii")
    )
    return base64.b64encode(nonce + sealed).decode("ascii")


def decrypt_field(token: str, shipment_id: str) -> str:
    raw = base64.b64decode(token)
    nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
    plain = AESGCM(_key("CONSIGNEE_DATA_KEY")).decrypt(
        nonce, sealed, shipment_id.encode("ascii")
    )
    return plain.decode("utf-8")


def phone_index(phone: str) -> str:
    """Keyed digest stored next to the ciphertext for exact-match search."""
    mac = hmac.new(
        _key("CONSIGNEE_INDEX_KEY"), normalise_phone(phone).encode(), hashlib.sha256
    )
    return mac.hexdigest()
