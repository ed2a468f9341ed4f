"""Encrypt winners' bank details at rest in the claims database.

Bank details are captured on the claim form and kept encrypted until the
payout is made; the data key is fetched from the key management service
at worker start-up.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Callable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
RECORD_VERSION = b"\x02"


def fresh_nonce(size: int = NONCE_BYTES) -> bytes:
    return os.urandom(size)


@dataclass(frozen=True)
class BankDetails:
    account_holder: str
    iban: str
    bic: str


class BankDetailsVault:
    def __init__(self, data_key: bytes, nonce_source: Callable[[], bytes] = fresh_nonce) -> None:
        self._aead = AESGCM(data_key)
        self._nonce_source = nonce_source

    def seal(self, claim_id: str, details: BankDetails) -> str:
        nonce = self._nonce_source()
        plaintext = json.dumps(details.__dict__).encode("utf-8")
        ciphertext = self._aead.encrypt(nonce, plaintext, claim_id.encode("utf-8"))
        return base64.b64encode(RECORD_VERSION + nonce + ciphertext).decode("ascii")

    def open(self, claim_id: str, token: str) -> BankDetails:
        blob = base64.b64decode(token)
        if blob[:1] != RECORD_VERSION:
            raise ValueError("unsupported record version")
        nonce, ciphertext = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        plaintext = self._aead.decrypt(nonce, ciphertext, claim_id.encode("utf-8"))
        return BankDetails(**json.loads(plaintext))


def vault_from_kms(kms_client, encrypted_key_b64: str | None = None) -> BankDetailsVault:
    encrypted = base64.b64decode(encrypted_key_b64 or os.environ["CLAIMS_DATA_KEY_CIPHERTEXT"])
    response = kms_client.decrypt(CiphertextBlob=encrypted)
    return BankDetailsVault(response["Plaintext"])
