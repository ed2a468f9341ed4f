"""Encrypted storage of card PANs captured by the checkout widget.

PANs are encrypted with AES-256-GCM under a key held in KMS. A keyed HMAC of the
PAN is stored next to it as a blind index so returning cards can be looked up
without decrypting anything.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class VaultKeys:
    encryption_key: bytes
    index_key: bytes

    @classmethod
    def from_env(cls) -> "VaultKeys":
        return cls(
            encryption_key=base64.b64decode(os.environ["PAN_VAULT_ENC_KEY"]),
            index_key=base64.b64decode(os.environ["PAN_VAULT_INDEX_KEY"]),
        )


class PanVault:
    def __init__(self, keys: VaultKeys):
        self._aead = AESGCM(keys.encryption_key)
        self._index_key = keys.index_key

    @staticmethod
    def _normalise(pan: str) -> bytes:
        return "".join(ch for ch in pan if ch.isdigit()).encode()

    def blind_index(self, pan: str) -> str:
        return hmac.new(self._index_key, self._normalise(pan), hashlib.sha256).hexdigest()

    def encrypt(self, pan: str, card_id: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, self._normalise(pan), card_id.encode())
        return base64.b64encode(nonce + ct).decode()

    def decrypt(self, blob: str, card_id: str) -> str:
        raw = base64.b64decode(blob)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, card_id.encode()).decode()
