"""Encrypt chip-to-runner mappings before they are pushed to the tracking app CDN.

The tracking app only ever needs to decrypt a mapping it was handed, so the
ciphertext is shipped as URL-safe base64 alongside the race id.
"""
import base64
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class ChipMappingCipher:
    block_size = 128
    iv = b"\x00" * 16

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "ChipMappingCipher":
        return cls(base64.b64decode(os.environ["CHIP_MAPPING_KEY"]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self.iv))

    def encrypt(self, mapping: dict[str, int]) -> str:
        padder = padding.PKCS7(self.block_size).padder()
        data = padder.update(json.dumps(mapping, sort_keys=True).encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()

    def decrypt(self, token: str) -> dict[str, int]:
        dec = self._cipher().decryptor()
        raw = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self.block_size).unpadder()
        return json.loads(unpadder.update(raw) + unpadder.finalize())
