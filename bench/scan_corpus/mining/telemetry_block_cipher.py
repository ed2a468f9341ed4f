"""Encrypts compressed telemetry blocks before they are shipped to cold storage.

Blocks are fixed-size batches of vibration and temperature samples from the
conveyor drive sensors. The key is provisioned per site by the OT team.
"""
import base64
import os
import zlib

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TelemetryBlockCipher:
    block_mode = modes.ECB
    key_env_var = "TELEMETRY_BLOCK_KEY"

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "TelemetryBlockCipher":
        return cls(base64.b64decode(os.environ[cls.key_env_var]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def seal(self, samples: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(zlib.compress(samples, 6)) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def open(self, blob: bytes) -> bytes:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return zlib.decompress(unpadder.update(padded) + unpadder.finalize())
