"""Stores wholesale retailers' bank details (for refunds and rebates) encrypted at rest."""

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from toyshop.config import settings

NONCE_BYTES = 12
ASSOCIATED_DATA = b"toymaker:retailer-bank:v2"


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str

    def serialise(self) -> bytes:
        return "|".join([self.account_name, self.sort_code, self.account_number]).encode("utf-8")

    @classmethod
    def deserialise(cls, raw: bytes) -> "BankDetails":
        name, sort_code, number = raw.decode("utf-8").split("|")
        return cls(name, sort_code, number)


class BankDetailsCipher:
    def __init__(self, key_b64: str = settings.bank_details_key):
        self._aead = AESGCM(base64.b64decode(key_b64))

    def encrypt(self, details: BankDetails, retailer_id: int) -> str:
        nonce = os.urandom(NONCE_BYTES)
        aad = ASSOCIATED_DATA + b":" + str(retailer_id).encode()
        ciphertext = self._aead.encrypt(nonce, details.serialise(), aad)
        return base64.b64encode(nonce + ciphertext).decode("ascii")

    def decrypt(self, token: str, retailer_id: int) -> BankDetails:
        blob = base64.b64decode(token)
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        aad = ASSOCIATED_DATA + b":" + str(retailer_id).encode()
        return BankDetails.deserialise(self._aead.decrypt(nonce, ciphertext, aad))
