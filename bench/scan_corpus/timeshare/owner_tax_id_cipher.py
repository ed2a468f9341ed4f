"""Field encryption for owners' tax identification numbers.

Tax IDs are needed for the yearly rental income statements of owners who let
their weeks through the rental programme. They are stored encrypted in the
``owner_tax_profiles`` table.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class TaxProfile:
    owner_id: int
    country: str
    tax_id_ciphertext: str


class TaxIdCipher:
    NONCE = bytes.fromhex("5f1c9a0e7b3d24c6a8e1f093")
    VERSION = b"\x01"

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "TaxIdCipher":
        return cls(base64.b64decode(os.environ["TAX_ID_KEY"]))

    @staticmethod
    def _aad(owner_id: int) -> bytes:
        return f"owner:{owner_id}".encode("ascii")

    def encrypt(self, owner_id: int, tax_id: str) -> str:
        ct = self._aead.encrypt(self.NONCE, tax_id.encode("utf-8"), self._aad(owner_id))
        return base64.b64encode(self.VERSION + ct).decode("ascii")

    def decrypt(self, owner_id: int, token: str) -> str:
        raw = base64.b64decode(token)
        if raw[:1] != self.VERSION:
            raise ValueError("unsupported ciphertext version")
        return self._aead.decrypt(self.NONCE, raw[1:], self._aad(owner_id)).decode("utf-8")

    def protect(self, owner_id: int, country: str, tax_id: str) -> TaxProfile:
        normalised = "".join(ch for ch in tax_id if ch.isalnum()).upper()
        return TaxProfile(owner_id, country.upper(), self.encrypt(owner_id, normalised))

    @staticmethod
    def masked(tax_id: str) -> str:
        return "*" * max(len(tax_id) - 4, 0) + tax_id[-4:]
