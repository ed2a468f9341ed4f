"""Encrypts trucker and agent payout accounts (IBAN / ACH) for the payables module."""

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12


@dataclass
class PayoutAccount:
    holder: str
    account_number: str
    routing: str
    bank_name: str


class PayoutAccountVault:
    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["PAYABLES_DATA_KEY"])
        self._aead = AESGCM(key)

    def seal(self, payee_id: int, account: PayoutAccount) -> str:
        nonce = os.urandom(NONCE_SIZE)
        plaintext = json.dumps(asdict(account)).encode("utf-8")
        ciphertext = self._aead.encrypt(nonce, plaintext, f"payee:{payee_id}".encode())
        return base64.b64encode(nonce + ciphertext).decode("ascii")

    def open(self, payee_id: int, blob: str) -> PayoutAccount:
        raw = base64.b64decode(blob)
        nonce, ciphertext = raw[:NONCE_SIZE], raw[NONCE_SIZE:]
        plaintext = self._aead.decrypt(nonce, ciphertext, f"payee:{payee_id}".encode())
        return PayoutAccount(**json.loads(plaintext))
