"""Encrypts teacher bank details (IBAN, account holder) before they are stored."""
import base64
import json
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class BankDetails:
    teacher_id: int
    account_holder: str
    iban: str
    bic: str


class BankDetailsVault:
    """Symmetric vault for payout bank data; the key comes from the KMS-backed env."""

    CIPHER_MODE = AES.MODE_ECB
    BLOCK = AES.block_size

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "BankDetailsVault":
        return cls(base64.b64decode(os.environ["PAYOUT_VAULT_KEY"]))

    def _cipher(self):
        return AES.new(self._key, self.CIPHER_MODE)

    def seal(self, details: BankDetails) -> str:
        plaintext = json.dumps(
            {
                "teacher_id": details.teacher_id,
                "account_holder": details.account_holder,
                "iban": details.iban.replace(" ", ""),
                "bic": details.bic,
            }
        ).encode("utf-8")
        ciphertext = self._cipher().encrypt(pad(plaintext, self.BLOCK))
        return base64.b64encode(ciphertext).decode("ascii")

    def open(self, token: str) -> BankDetails:
        ciphertext = base64.b64decode(token)
        plaintext = unpad(self._cipher().decrypt(ciphertext), self.BLOCK)
        data = json.loads(plaintext)
        return BankDetails(**data)


def masked_iban(details: BankDetails) -> str:
    iban = details.iban.replace(" ", "")
    return f"{iban[:4]} **** **** {iban[-4:]}"
