"""Encrypt sensitive candidate fields (national ID, date of birth) at rest."""

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
KEY_VERSION = b"\x01"


class FieldCipher:
    def __init__(self, enc_key: bytes | None = None, index_key: bytes | None = None):
        enc_key = enc_key or base64.b64decode(os.environ["CANDIDATE_FIELD_KEY"])
        self._index_key = index_key or base64.b64decode(os.environ["CANDIDATE_INDEX_KEY"])
        if len(enc_key) != 32 or len(self._index_key) < 32:
            raise ValueError("field keys must be at least 32 bytes")
        self._aead = AESGCM(enc_key)

    def encrypt(self, plaintext: str, context: str) -> str:
        """context (e.g. "candidate:42:ssn") is bound as associated data."""
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, plaintext.encode("utf-8"), context.encode("utf-8"))
        return base64.urlsafe_b64encode(KEY_VERSION + nonce + ct).decode("ascii")

    def decrypt(self, token: str, context: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        if raw[:1] != KEY_VERSION:
            raise ValueError("unknown key version")
        nonce, ct = raw[1 : 1 + NONCE_SIZE], raw[1 + NONCE_SIZE :]
        return self._aead.decrypt(nonce, ct, context.encode("utf-8")).decode("utf-8")

    def blind_index(self, value: str) -> str:
        """Keyed digest for exact-match lookups without decrypting every row."""
        normalized = "".join(ch for ch in value if ch.isalnum()).upper()
        return hmac.new(self._index_key, normalized.encode("utf-8"), hashlib.sha256).hexdigest()
