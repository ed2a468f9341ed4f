"""Encrypts farmer bank account details used for milk payment runs.

Account numbers are encrypted at the field level before they are
written to the payments database; the key comes from the KMS.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class BankDetails:
    supplier_number: str
    account_name: str
    iban: str


class FieldVault:
    nonce_bytes = 12
    version = b"\x01"

    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(data_key)

    @classmethod
    def from_kms(cls, encrypted_key_b64: str) -> "FieldVault":
        kms = boto3.client("kms")
        plain = kms.decrypt(CiphertextBlob=base64.b64decode(encrypted_key_b64))["Plaintext"]
        return cls(plain)

    def seal(self, value: str, context: str) -> str:
        nonce = os.urandom(self.nonce_bytes)
        ct = self._aead.encrypt(nonce, value.encode(), context.encode())
        return base64.b64encode(self.version + nonce + ct).decode()

    def unseal(self, token: str, context: str) -> str:
        raw = base64.b64decode(token)
        if raw[:1] != self.version:
            raise ValueError("unsupported vault token version")
        nonce = raw[1 : 1 + self.nonce_bytes]
        ct = raw[1 + self.nonce_bytes :]
        return self._aead.decrypt(nonce, ct, context.encode()).decode()


def encrypt_record(vault: FieldVault, details: BankDetails) -> dict:
    return {
        "supplier_number": details.supplier_number,
        "account_name": details.account_name,
        "iban_enc": vault.seal(details.iban, details.supplier_number),
    }


def decrypt_record(vault: FieldVault, row: dict) -> BankDetails:
    iban = vault.unseal(row["iban_enc"], row["supplier_number"])
    return BankDetails(row["supplier_number"], row["account_name"], iban)
