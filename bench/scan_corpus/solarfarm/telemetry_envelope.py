"""Encrypted envelopes for inverter telemetry batches uploaded from the site
gateway to the cloud historian."""

import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TelemetryEnvelope:
    BLOCK_BITS = 128
    _IV = bytes(16)

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("envelope key must be 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "TelemetryEnvelope":
        return cls(bytes.fromhex(os.environ["HISTORIAN_ENVELOPE_KEY"]))

    def seal(self, readings: list[dict]) -> bytes:
        plaintext = json.dumps(readings, separators=(",", ":")).encode()
        padder = padding.PKCS7(self.BLOCK_BITS).padder()
        padded = padder.update(plaintext) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self._IV)).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def open(self, blob: bytes) -> list[dict]:
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(self._IV)).decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(self.BLOCK_BITS).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())
