"""PAN protection for the card-issuing adapter.

Two keys, both unwrapped from KMS at start-up:
* an AES-256 data key for AES-GCM encryption of the PAN, and
* an HMAC key for a keyed fingerprint used as the lookup index.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = b"pan-v2"


class PanTokenizer:
    def __init__(self, data_key: bytes, index_key: bytes) -> None:
        self._aead = AESGCM(data_key)
        self._index_key = index_key

    @classmethod
    def from_env(cls) -> "PanTokenizer":
        return cls(
            base64.b64decode(os.environ["PAN_DATA_KEY"]),
            base64.b64decode(os.environ["PAN_INDEX_KEY"]),
        )

    def fingerprint(self, pan: str) -> str:
        """Deterministic keyed digest so we can index and look cards up by PAN."""
        return hmac.new(self._index_key, pan.encode("ascii"), hashlib.sha256).hexdigest()

    def seal(self, pan: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, pan.encode("ascii"), KEY_VERSION)
        return base64.b64encode(nonce + ct).decode("ascii")

    def open(self, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, KEY_VERSION).decode("ascii")

    @staticmethod
    def masked(pan: str) -> str:
        return f"{pan[:6]}{'*' * (len(pan) - 10)}{pan[-4:]}"
