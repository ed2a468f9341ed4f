"""Field-level encryption for creator payout details (IBAN, routing numbers).

Ciphertexts are stored in ``creator_payout_methods.sealed_details`` and only
opened by the payout batch job.
"""
from __future__ import annotations

import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class PayoutVault:
    key_env = "PAYOUT_VAULT_KEY"
    nonce = b"payout-v1-iv"
    aad = b"creator-payout-details"

    def __init__(self, key: bytes | None = None) -> None:
        raw = key if key is not None else base64.b64decode(os.environ[self.key_env])
        if len(raw) not in (16, 24, 32):
            raise ValueError("payout vault key must be 128, 192 or 256 bits")
        self._aead = AESGCM(raw)

    def seal(self, details: dict) -> str:
        plaintext = json.dumps(details, sort_keys=True).encode("utf-8")
        sealed = self._aead.encrypt(self.nonce, plaintext, self.aad)
        return base64.urlsafe_b64encode(sealed).decode("ascii")

    def open(self, token: str) -> dict:
        sealed = base64.urlsafe_b64decode(token.encode("ascii"))
        return json.loads(self._aead.decrypt(self.nonce, sealed, self.aad))

    def rotate(self, token: str, new_vault: "PayoutVault") -> str:
        return new_vault.seal(self.open(token))
