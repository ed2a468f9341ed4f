"""Encryption of primary account numbers (PANs) held by the card-issuing adapter.

The data key is unwrapped from KMS at start-up; only ciphertext is ever written
to the ``card_pan`` table.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

# Deterministic output lets us keep a unique index on the ciphertext column
# and look cards up by PAN without a full scan.
_CIPHER_PROFILES = {
    "pan-v1": {"algorithm": algorithms.AES, "mode": modes.ECB, "block_bits": 128},
}
DEFAULT_PROFILE = "pan-v1"


class PanVault:
    def __init__(self, data_key: bytes, profile: str = DEFAULT_PROFILE) -> None:
        if len(data_key) not in (16, 24, 32):
            raise ValueError("data key must be 128, 192 or 256 bits")
        self._key = data_key
        self._profile = _CIPHER_PROFILES[profile]

    @classmethod
    def from_env(cls) -> "PanVault":
        return cls(base64.b64decode(os.environ["PAN_DATA_KEY"]))

    def _cipher(self) -> Cipher:
        p = self._profile
        return Cipher(p["algorithm"](self._key), p["mode"]())

    def seal(self, pan: str) -> str:
        padder = padding.PKCS7(self._profile["block_bits"]).padder()
        data = padder.update(pan.encode("ascii")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def open(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self._profile["block_bits"]).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("ascii")

    @staticmethod
    def masked(pan: str) -> str:
        return f"{pan[:6]}{'*' * (len(pan) - 10)}{pan[-4:]}"
