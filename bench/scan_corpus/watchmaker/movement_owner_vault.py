"""Field-level encryption for owner contact details in the movement archive.

The archive keeps the service history of every movement ever serviced; the
owner contact block is encrypted at rest.
"""
from __future__ import annotations

import base64
import json
import os
from typing import Any, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CONTACT_FIELDS = ("name", "email", "phone", "street", "city", "country")


class OwnerVault:
    """Encrypts the contact block of an archive entry."""

    block_size = 128
    cipher_mode = modes.ECB

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls, variable: str = "MOVEMENT_ARCHIVE_KEY") -> "OwnerVault":
        return cls(base64.b64decode(os.environ[variable]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.cipher_mode())

    def encrypt_contact(self, contact: Dict[str, Any]) -> str:
        blob = json.dumps({k: contact.get(k) for k in CONTACT_FIELDS}).encode()
        padder = padding.PKCS7(self.block_size).padder()
        padded = padder.update(blob) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(padded) + enc.finalize()).decode()

    def decrypt_contact(self, token: str) -> Dict[str, Any]:
        dec = self._cipher().decryptor()
        padded = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self.block_size).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())


def seal_archive_entry(vault: OwnerVault, entry: Dict[str, Any]) -> Dict[str, Any]:
    sealed = {k: v for k, v in entry.items() if k != "owner"}
    sealed["owner_sealed"] = vault.encrypt_contact(entry.get("owner", {}))
    return sealed
