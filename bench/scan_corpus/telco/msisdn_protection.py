"""Field-level protection for MSISDNs in the customer data store.

Each MSISDN is stored encrypted with AES-GCM plus a keyed blind index so the
customer service tool can still look subscribers up by number.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12


@dataclass(frozen=True)
class ProtectedMsisdn:
    ciphertext: bytes
    blind_index: str


class MsisdnProtector:
    def __init__(self, enc_key: bytes, index_key: bytes) -> None:
        self._aead = AESGCM(enc_key)
        self._index_key = index_key

    @classmethod
    def from_env(cls) -> "MsisdnProtector":
        return cls(
            bytes.fromhex(os.environ["MSISDN_ENC_KEY"]),
            bytes.fromhex(os.environ["MSISDN_INDEX_KEY"]),
        )

    def blind_index(self, msisdn: str) -> str:
        normalised = msisdn.lstrip("+").replace(" ", "")
        return hmac.new(self._index_key, normalised.encode(), hashlib.sha256).hexdigest()

    def protect(self, msisdn: str, account_id: str) -> ProtectedMsisdn:
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, msisdn.encode(), account_id.encode())
        return ProtectedMsisdn(ciphertext=nonce + ct, blind_index=self.blind_index(msisdn))

    def reveal(self, protected: bytes, account_id: str) -> str:
        nonce, ct = protected[:NONCE_SIZE], protected[NONCE_SIZE:]
        return self._aead.decrypt(nonce, ct, account_id.encode()).decode()
