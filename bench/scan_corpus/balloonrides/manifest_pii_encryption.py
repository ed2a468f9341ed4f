"""Field-level encryption for passenger manifest personal data (weight, phone, DOB)."""
from __future__ import annotations

import base64
import os
from typing import Dict, Iterable

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_PROFILE = {"algorithm": algorithms.AES, "mode": modes.ECB, "block_bits": 128}
PROTECTED_FIELDS = ("phone", "date_of_birth", "weight_kg", "medical_notes")


def _load_key() -> bytes:
    return base64.b64decode(os.environ["MANIFEST_FIELD_KEY"])


class ManifestFieldCipher:
    """Encrypts selected passenger fields before the manifest is stored."""

    def __init__(self, key: bytes | None = None, profile: Dict = CIPHER_PROFILE) -> None:
        self._key = key or _load_key()
        self._profile = profile

    def _cipher(self) -> Cipher:
        return Cipher(self._profile["algorithm"](self._key), self._profile["mode"]())

    def encrypt_value(self, value: str) -> str:
        padder = padding.PKCS7(self._profile["block_bits"]).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def decrypt_value(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self._profile["block_bits"]).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()

    def protect(self, passenger: Dict[str, str], fields: Iterable[str] = PROTECTED_FIELDS) -> Dict[str, str]:
        out = dict(passenger)
        for name in fields:
            if out.get(name):
                out[name] = self.encrypt_value(str(out[name]))
        return out

    def reveal(self, passenger: Dict[str, str], fields: Iterable[str] = PROTECTED_FIELDS) -> Dict[str, str]:
        out = dict(passenger)
        for name in fields:
            if out.get(name):
                out[name] = self.decrypt_value(out[name])
        return out
