"""Storage of parish bank details for direct-debit maintenance contracts.

Parishes on an annual maintenance contract pay by direct debit. Their sort
code and account number are held encrypted in the contracts table and only
decrypted when the monthly collection file is produced.
"""
import base64
import hashlib
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str

    def serialise(self) -> bytes:
        return "|".join((self.account_name, self.sort_code, self.account_number)).encode()

    @classmethod
    def parse(cls, raw: bytes) -> "BankDetails":
        name, sort_code, number = raw.decode().split("|")
        return cls(name, sort_code, number)


class BankDetailsVault:
    def __init__(self, key_b64: str | None = None):
        self._key = base64.b64decode(key_b64 or os.environ["CONTRACTS_VAULT_KEY"])
        if len(self._key) != 32:
            raise ValueError("vault key must be 32 bytes")
        self._iv = hashlib.sha256(b"contracts-vault" + self._key).digest()[:16]

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def seal(self, details: BankDetails) -> str:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(details.serialise()) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(padded) + enc.finalize()).decode()

    def open(self, token: str) -> BankDetails:
        dec = self._cipher().decryptor()
        padded = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return BankDetails.parse(unpadder.update(padded) + unpadder.finalize())


def masked_account(details: BankDetails) -> str:
    return f"{details.sort_code[:2]}-**-** ****{details.account_number[-4:]}"
