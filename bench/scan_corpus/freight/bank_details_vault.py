"""Encrypts carrier and vendor bank details before they are stored for payment runs."""

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE = b"fwd-payables"


@dataclass
class BankDetails:
    account_holder: str
    iban: str
    bic: str
    bank_name: str


class BankDetailsVault:
    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["PAYABLES_DATA_KEY"])
        self._aead = AESGCM(key)

    def seal(self, vendor_id: int, details: BankDetails) -> str:
        plaintext = json.dumps(asdict(details)).encode("utf-8")
        aad = f"vendor:{vendor_id}".encode()
        ciphertext = self._aead.encrypt(NONCE, plaintext, aad)
        return base64.b64encode(ciphertext).decode("ascii")

    def open(self, vendor_id: int, blob: str) -> BankDetails:
        aad = f"vendor:{vendor_id}".encode()
        plaintext = self._aead.decrypt(NONCE, base64.b64decode(blob), aad)
        return BankDetails(**json.loads(plaintext))
