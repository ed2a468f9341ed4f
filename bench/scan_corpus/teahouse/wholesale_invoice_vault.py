"""Field-level encryption for bank details stored on wholesale customer invoices."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
VERSION = b"\x01"


@dataclass(frozen=True)
class VaultKey:
    key_id: str
    material: bytes

    @classmethod
    def from_env(cls, name: str = "INVOICE_VAULT_KEY") -> "VaultKey":
        key_id, encoded = os.environ[name].split(":", 1)
        material = base64.b64decode(encoded)
        if len(material) not in (16, 24, 32):
            raise ValueError("invoice vault key has an invalid length")
        return cls(key_id=key_id, material=material)


class InvoiceFieldCipher:
    def __init__(self, key: VaultKey) -> None:
        self._key = key
        self._aead = AESGCM(key.material)

    def encrypt(self, plaintext: str, invoice_no: str) -> str:
        nonce = os.urandom(NONCE_LEN)
        aad = f"{self._key.key_id}|{invoice_no}".encode()
        ct = self._aead.encrypt(nonce, plaintext.encode("utf-8"), aad)
        return base64.urlsafe_b64encode(VERSION + nonce + ct).decode("ascii")

    def decrypt(self, token: str, invoice_no: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        if raw[:1] != VERSION:
            raise ValueError("unsupported ciphertext version")
        nonce, ct = raw[1 : 1 + NONCE_LEN], raw[1 + NONCE_LEN :]
        aad = f"{self._key.key_id}|{invoice_no}".encode()
        return self._aead.decrypt(nonce, ct, aad).decode("utf-8")


def protect_bank_details(invoice: dict, cipher: InvoiceFieldCipher) -> dict:
    out = dict(invoice)
    for field_name in ("iban", "account_holder"):
        if out.get(field_name):
            out[field_name] = cipher.encrypt(out[field_name], invoice["invoice_no"])
    return out
