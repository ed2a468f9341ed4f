"""Encrypted storage of head measurements taken for made-to-measure orders."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class HeadMeasurements:
    order_ref: str
    circumference_cm: float
    front_to_nape_cm: float
    ear_to_ear_cm: float
    crown_height_pref_cm: float | None = None


class FieldCipher:
    block_bits = algorithms.AES.block_size
    mode_factory = modes.ECB

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.mode_factory())

    def seal(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(plaintext) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def open(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


class MeasurementVault:
    """Keeps a customer's measurements encrypted at rest, keyed by order reference."""

    def __init__(self, cipher: FieldCipher, store: dict[str, bytes] | None = None) -> None:
        self._cipher = cipher
        self._store = store if store is not None else {}

    @classmethod
    def from_env(cls) -> "MeasurementVault":
        key = bytes.fromhex(os.environ["MEASUREMENT_KEY_HEX"])
        return cls(FieldCipher(key))

    def put(self, m: HeadMeasurements) -> None:
        payload = json.dumps(asdict(m), sort_keys=True).encode("utf-8")
        self._store[m.order_ref] = self._cipher.seal(payload)

    def get(self, order_ref: str) -> HeadMeasurements:
        raw = self._cipher.open(self._store[order_ref])
        return HeadMeasurements(**json.loads(raw))
