"""Encryption of owner records in the case-serial registry.

Each sold watch has a registry row linking the case serial to its owner.
The owner fields are encrypted before they reach the database.
"""
from __future__ import annotations

import base64
import os
from typing import Mapping

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

REGISTRY_CRYPTO = {
    "key_env": "SERIAL_REGISTRY_KEY",
    "iv_hex": "3a9f01c7d24e6b58a0c31f7e9d2b4c60",
    "block_bits": 128,
}


class RegistryCipher:
    def __init__(self, settings: Mapping[str, object] = REGISTRY_CRYPTO) -> None:
        self._key = base64.b64decode(os.environ[str(settings["key_env"])])
        self._iv = bytes.fromhex(str(settings["iv_hex"]))
        self._block_bits = int(settings["block_bits"])

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def seal(self, plaintext: str) -> str:
        padder = padding.PKCS7(self._block_bits).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()

    def open(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(self._block_bits).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


def encrypt_owner_record(cipher: RegistryCipher, record: dict) -> dict:
    """Return a copy of the registry row with the personal fields sealed."""
    sealed = dict(record)
    for field_name in ("owner_name", "owner_email", "owner_phone", "owner_address"):
        if sealed.get(field_name):
            sealed[field_name] = cipher.seal(sealed[field_name])
    return sealed
