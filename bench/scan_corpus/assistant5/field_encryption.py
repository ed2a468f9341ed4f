"""Application-level encryption for sensitive model fields (IBAN, tax ids)."""
import base64
import os
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = b"v1"


@lru_cache(maxsize=1)
def _aead() -> AESGCM:
    key = base64.urlsafe_b64decode(os.environ["FIELD_ENCRYPTION_KEY"])
    if len(key) != 32:
        raise RuntimeError("FIELD_ENCRYPTION_KEY must decode to 32 bytes")
    return AESGCM(key)


def encrypt_field(plaintext: str, context: str) -> str:
    """Encrypt ``plaintext``; ``context`` (e.g. "customer.iban") is bound as associated data."""
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = _aead().encrypt(nonce, plaintext.encode("utf-8"), context.encode())
    return (KEY_VERSION + b":" + base64.urlsafe_b64encode(nonce + ciphertext)).decode("ascii")


def decrypt_field(token: str, context: str) -> str:
    version, _, payload = token.encode("ascii").partition(b":")
    if version != KEY_VERSION:
        raise ValueError(f"unknown key version {version!r}")
    raw = base64.urlsafe_b64decode(payload)
    nonce, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
    return _aead().decrypt(nonce, ciphertext, context.encode()).decode("utf-8")
