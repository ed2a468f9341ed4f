"""Encryption of customer address payloads sent to the label print service.

Label jobs carry name + address; they sit in a queue for a few minutes so
we encrypt them with a per-site key. Format: version | nonce | ciphertext.
"""
from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = b"\x02"
NONCE_LEN = 12
_AAD = b"mealkit-label-payload-v2"


class LabelPayloadCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, site: str) -> "LabelPayloadCipher":
        return cls(bytes.fromhex(os.environ[f"LABEL_KEY_{site.upper()}"]))

    def encrypt(self, plaintext: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return FORMAT_VERSION + nonce + self._aead.encrypt(nonce, plaintext, _AAD)

    def decrypt(self, blob: bytes) -> bytes:
        if blob[:1] != FORMAT_VERSION:
            raise ValueError("unsupported payload version")
        nonce = blob[1 : 1 + NONCE_LEN]
        return self._aead.decrypt(nonce, blob[1 + NONCE_LEN :], _AAD)
