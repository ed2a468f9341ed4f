"""Encryption of landlord bank details at rest.

Lease payments go out monthly to several thousand site landlords.  Their
IBAN and BIC are kept encrypted in the payments table and only opened by
the payment run.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class VaultKeyError(RuntimeError):
    pass


def _load_key() -> bytes:
    raw = os.environ.get("LANDLORD_VAULT_KEY")
    if not raw:
        raise VaultKeyError("LANDLORD_VAULT_KEY is not set")
    key = base64.b64decode(raw)
    if len(key) != 32:
        raise VaultKeyError("LANDLORD_VAULT_KEY must decode to 32 bytes")
    return key


@dataclass
class BankDetails:
    landlord_id: int
    account_holder: str
    iban: str
    bic: str


class BankDetailsVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def open(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")

    def seal_details(self, details: BankDetails) -> dict:
        return {
            "landlord_id": details.landlord_id,
            "account_holder": details.account_holder,
            "iban_enc": self.seal(details.iban.replace(" ", "").upper()),
            "bic_enc": self.seal(details.bic.strip().upper()),
        }

    def open_details(self, row: dict) -> BankDetails:
        return BankDetails(
            landlord_id=row["landlord_id"],
            account_holder=row["account_holder"],
            iban=self.open(row["iban_enc"]),
            bic=self.open(row["bic_enc"]),
        )
