"""Field-level encryption for sensitive values in policy document metadata.

Ciphertexts are ``base64(nonce || ciphertext+tag)``; the policy number is
bound in as associated data so a value cannot be moved between policies.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_ENV = "POLICY_FIELD_KEY"
NONCE_BYTES = 12


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) not in (16, 24, 32):
        raise ValueError("POLICY_FIELD_KEY must decode to 16, 24 or 32 bytes")
    return key


def encrypt_field(value: str, policy_number: str, key: bytes | None = None) -> str:
    aead = AESGCM(key or _load_key())
    nonce = os.urandom(NONCE_BYTES)
    sealed = aead.encrypt(nonce, value.encode("utf-8"), policy_number.encode("utf-8"))
    return base64.b64encode(nonce + sealed).decode("ascii")


def decrypt_field(token: str, policy_number: str, key: bytes | None = None) -> str:
    raw = base64.b64decode(token)
    nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
    aead = AESGCM(key or _load_key())
    return aead.decrypt(nonce, sealed, policy_number.encode("utf-8")).decode("utf-8")
