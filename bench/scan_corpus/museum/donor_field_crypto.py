"""Field-level encryption for donor records in the development database.

Gift Aid declarations hold home addresses and National Insurance numbers, so
the sensitive columns are encrypted before rows are written.
"""
from __future__ import annotations

import base64
import logging
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

log = logging.getLogger(__name__)

ENCRYPTED_FIELDS = ("home_address", "postcode", "ni_number", "phone")
KEY_ENV = "DONOR_FIELD_KEY"


def load_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise ValueError(f"{KEY_ENV} must decode to 32 bytes")
    return key


@dataclass
class FieldCipher:
    key: bytes

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self.key), modes.ECB())

    def encrypt(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def encrypt_record(record: dict[str, Any], cipher: FieldCipher) -> dict[str, Any]:
    out = dict(record)
    touched = 0
    for name in ENCRYPTED_FIELDS:
        if out.get(name):
            out[name] = cipher.encrypt(str(out[name]))
            touched += 1
    log.debug("Encrypted %d fields for donor %s", touched, record.get("donor_id"))
    return out


def decrypt_record(record: dict[str, Any], cipher: FieldCipher) -> dict[str, Any]:
    out = dict(record)
    for name in ENCRYPTED_FIELDS:
        if out.get(name):
            out[name] = cipher.decrypt(out[name])
    return out
