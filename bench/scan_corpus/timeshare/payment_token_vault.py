"""Encrypt stored bank account details for owners paying fees by direct debit."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass
class BankMandate:
    owner_id: int
    account_holder: str
    routing_number: str
    account_number: str


class MandateVault:
    def __init__(self, key: bytes, key_id: str) -> None:
        self._aead = AESGCM(key)
        self._key_id = key_id

    @classmethod
    def from_env(cls) -> "MandateVault":
        return cls(base64.b64decode(os.environ["MANDATE_KEY"]), os.environ["MANDATE_KEY_ID"])

    def seal(self, mandate: BankMandate) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(asdict(mandate)).encode("utf-8")
        aad = f"{self._key_id}:{mandate.owner_id}".encode("ascii")
        ciphertext = self._aead.encrypt(nonce, plaintext, aad)
        return ".".join(
            [self._key_id, base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii")]
        )

    def open(self, owner_id: int, sealed: str) -> BankMandate:
        key_id, blob = sealed.split(".", 1)
        if key_id != self._key_id:
            raise KeyError(f"mandate sealed with unknown key {key_id}")
        raw = base64.urlsafe_b64decode(blob)
        nonce, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        aad = f"{key_id}:{owner_id}".encode("ascii")
        data = json.loads(self._aead.decrypt(nonce, ciphertext, aad))
        return BankMandate(**data)

    @staticmethod
    def display(mandate: BankMandate) -> str:
        return f"{mandate.account_holder} ****{mandate.account_number[-4:]}"
