"""Field-level encryption for sensitive columns in the donor consent register."""
from __future__ import annotations

import base64
import os
from typing import Any, Callable

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ENCRYPTED_FIELDS = ("nhs_number", "date_of_birth", "next_of_kin_phone", "gp_practice")


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["DONOR_FIELD_KEY"])
    if len(key) != 32:
        raise ValueError("DONOR_FIELD_KEY must decode to 32 bytes")
    return key


class DonorFieldCipher:
    """Encrypts and decrypts individual donor record fields before persistence."""

    block_bits = algorithms.AES.block_size
    mode_factory: Callable[[], modes.Mode] = modes.ECB

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.mode_factory())

    def encrypt_value(self, value: str) -> str:
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode("ascii")

    def decrypt_value(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")

    def seal_record(self, record: dict[str, Any]) -> dict[str, Any]:
        return {
            name: self.encrypt_value(str(value)) if name in ENCRYPTED_FIELDS and value else value
            for name, value in record.items()
        }

    def open_record(self, record: dict[str, Any]) -> dict[str, Any]:
        return {
            name: self.decrypt_value(value) if name in ENCRYPTED_FIELDS and value else value
            for name, value in record.items()
        }
