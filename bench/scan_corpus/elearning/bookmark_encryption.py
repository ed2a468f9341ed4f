"""Encrypts learner bookmark / resume state before it is cached.

Each blob is bound to its attempt id as associated data so a blob copied
onto another attempt fails to decrypt.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_ENV = "LMS_BOOKMARK_KEY"
NONCE_LEN = 12
VERSION = b"\x01"


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise ValueError(f"{KEY_ENV} must decode to 32 bytes")
    return key


class BookmarkCipher:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or _load_key())

    def encrypt(self, state: bytes, attempt_id: str) -> str:
        nonce = os.urandom(NONCE_LEN)
        ciphertext = self._aead.encrypt(nonce, state, attempt_id.encode("utf-8"))
        return base64.urlsafe_b64encode(VERSION + nonce + ciphertext).decode("ascii")

    def decrypt(self, token: str, attempt_id: str) -> bytes:
        raw = base64.urlsafe_b64decode(token)
        if raw[:1] != VERSION:
            raise ValueError("unsupported bookmark blob version")
        nonce = raw[1:1 + NONCE_LEN]
        ciphertext = raw[1 + NONCE_LEN:]
        return self._aead.decrypt(nonce, ciphertext, attempt_id.encode("utf-8"))
