"""Encrypted storage of tutor bank details for monthly payroll.

IBAN and account-holder names are encrypted before they are written to
the ``tutor_bank_accounts`` table; the payroll run decrypts them when the
SEPA batch file is produced.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class BankDetails:
    tutor_id: int
    account_holder: str
    iban: str
    bic: str


class BankDetailsVault:
    block_bits = 128

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("payroll vault key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_environment(cls) -> "BankDetailsVault":
        return cls(base64.b64decode(os.environ["PAYROLL_VAULT_KEY"]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, value: str) -> str:
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()

    def open(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")

    def seal_details(self, details: BankDetails) -> dict:
        return {
            "tutor_id": details.tutor_id,
            "account_holder": self.seal(details.account_holder),
            "iban": self.seal(details.iban),
            "bic": details.bic,
        }
