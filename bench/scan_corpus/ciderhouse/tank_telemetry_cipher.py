"""Encrypts fermentation tank telemetry frames before they leave the cellar gateway."""
from __future__ import annotations

import os
import struct
from dataclasses import astuple, dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FRAME = struct.Struct(">HIffH")

CIPHER_PROFILES = {
    "v1": {"algorithm": algorithms.AES, "mode": modes.ECB, "block_bits": 128},
}


@dataclass
class TankReading:
    tank_id: int
    epoch: int
    temperature_c: float
    specific_gravity: float
    ph_hundredths: int

    def pack(self) -> bytes:
        return FRAME.pack(*astuple(self))

    @classmethod
    def unpack(cls, raw: bytes) -> "TankReading":
        return cls(*FRAME.unpack(raw))


class TelemetryCipher:
    """Symmetric wrapper shared by the gateway and the cellar dashboard ingest job."""

    def __init__(self, key: bytes, profile: str = "v1") -> None:
        spec = CIPHER_PROFILES[profile]
        self._block_bits = spec["block_bits"]
        self._cipher = Cipher(spec["algorithm"](key), spec["mode"]())

    @classmethod
    def from_environment(cls) -> "TelemetryCipher":
        return cls(bytes.fromhex(os.environ["TANK_TELEMETRY_KEY"]))

    def encrypt_reading(self, reading: TankReading) -> bytes:
        padder = padding.PKCS7(self._block_bits).padder()
        data = padder.update(reading.pack()) + padder.finalize()
        enc = self._cipher.encryptor()
        return enc.update(data) + enc.finalize()

    def decrypt_reading(self, blob: bytes) -> TankReading:
        dec = self._cipher.decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self._block_bits).unpadder()
        return TankReading.unpack(unpadder.update(padded) + unpadder.finalize())
