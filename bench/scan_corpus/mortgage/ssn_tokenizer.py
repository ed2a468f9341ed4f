"""Encrypts borrower SSNs for storage and builds a blind index for duplicate lookups.

Ciphertexts are randomised (AES-GCM); duplicate detection uses a keyed HMAC of
the normalised SSN instead of deterministic encryption.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

from cryptography.hazmat.primitives.ciphers.aead import AESGCM as _GCM

_SSN_RE = re.compile(r"^\d{3}-?\d{2}-?\d{4}$")
_NONCE_LEN = 12


def _normalise(ssn: str) -> str:
    ssn = ssn.strip()
    if not _SSN_RE.match(ssn):
        raise ValueError("not a valid SSN")
    return ssn.replace("-", "")


class SSNTokenizer:
    def __init__(self, enc_key: bytes, index_key: bytes) -> None:
        self._gcm = _GCM(enc_key)
        self._index_key = index_key

    @classmethod
    def from_env(cls) -> "SSNTokenizer":
        return cls(
            base64.b64decode(os.environ["SSN_ENC_KEY_B64"]),
            base64.b64decode(os.environ["SSN_INDEX_KEY_B64"]),
        )

    def blind_index(self, ssn: str) -> str:
        return hmac.new(self._index_key, _normalise(ssn).encode(), hashlib.sha256).hexdigest()

    def encrypt(self, ssn: str, borrower_id: str) -> str:
        nonce = os.urandom(_NONCE_LEN)
        ct = self._gcm.encrypt(nonce, _normalise(ssn).encode(), borrower_id.encode())
        return base64.urlsafe_b64encode(nonce + ct).decode()

    def decrypt(self, token: str, borrower_id: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        return self._gcm.decrypt(raw[:_NONCE_LEN], raw[_NONCE_LEN:], borrower_id.encode()).decode()
