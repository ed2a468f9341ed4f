"""Encrypts horse passport numbers and microchip IDs before they are stored.

The yard management database keeps passport details for every livery horse;
the values are encrypted at column level with a key supplied by the platform.
"""

from __future__ import annotations

import base64
import os
from typing import Any, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_PROFILE: Dict[str, Any] = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
    "key_env": "PASSPORT_VAULT_KEY",
}


def _load_key(profile: Dict[str, Any]) -> bytes:
    raw = os.environ[profile["key_env"]]
    key = base64.b64decode(raw)
    if len(key) not in (16, 24, 32):
        raise ValueError("passport vault key must be 128, 192 or 256 bits")
    return key


class PassportVault:
    def __init__(self, profile: Dict[str, Any] = CIPHER_PROFILE) -> None:
        self._profile = profile
        self._key = _load_key(profile)

    def _cipher(self) -> Cipher:
        algorithm = self._profile["algorithm"](self._key)
        return Cipher(algorithm, self._profile["mode"]())

    def seal(self, plaintext: str) -> str:
        padder = padding.PKCS7(self._profile["block_bits"]).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()

    def open(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(self._profile["block_bits"]).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def encrypt_horse_record(vault: PassportVault, record: Dict[str, str]) -> Dict[str, str]:
    out = dict(record)
    for column in ("passport_number", "microchip_id"):
        if out.get(column):
            out[column] = vault.seal(out[column])
    return out
