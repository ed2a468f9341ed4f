"""Field-level encryption for KYC data (passport numbers, national IDs, addresses).

Values are encrypted before they are written to ``player_kyc`` and the player id
is bound in as associated data so a ciphertext cannot be moved between rows.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class KycFieldCipher:
    KEY_ENV = "KYC_FIELD_KEY"
    _NONCE = b"kyc-field-v1"

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ[self.KEY_ENV])
        if len(key) not in (16, 24, 32):
            raise ValueError("KYC field key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @staticmethod
    def _aad(player_id: int, field_name: str) -> bytes:
        return f"{player_id}:{field_name}".encode()

    def encrypt(self, value: str, player_id: int, field_name: str) -> str:
        ct = self._aead.encrypt(self._NONCE, value.encode("utf-8"), self._aad(player_id, field_name))
        return base64.b64encode(ct).decode("ascii")

    def decrypt(self, token: str, player_id: int, field_name: str) -> str:
        pt = self._aead.decrypt(self._NONCE, base64.b64decode(token), self._aad(player_id, field_name))
        return pt.decode("utf-8")

    def encrypt_record(self, player_id: int, record: dict[str, str]) -> dict[str, str]:
        return {name: self.encrypt(value, player_id, name) for name, value in record.items() if value}
