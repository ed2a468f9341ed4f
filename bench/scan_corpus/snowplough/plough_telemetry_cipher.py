"""Encryption of telemetry frames sent from plough units over the cellular uplink.

Frames carry blade position, spreader rate and hopper level; they are
encrypted on the unit and decrypted at the fleet gateway.
"""
from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class TelemetryFrame:
    unit_id: int
    seq: int
    blade_angle: float
    spread_rate: float
    hopper_pct: float

    FORMAT = ">IIfff"

    def pack(self) -> bytes:
        return struct.pack(self.FORMAT, self.unit_id, self.seq, self.blade_angle, self.spread_rate, self.hopper_pct)

    @classmethod
    def unpack(cls, raw: bytes) -> "TelemetryFrame":
        return cls(*struct.unpack(cls.FORMAT, raw))


class FrameCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("telemetry key must be 32 bytes")
        self._key = key
        self._iv = self._derive_iv(key)

    @staticmethod
    def _derive_iv(key: bytes) -> bytes:
        return hashlib.sha256(b"telemetry-iv" + key).digest()[:16]

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def seal(self, frame: TelemetryFrame) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(frame.pack()) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()

    def open(self, blob: bytes) -> TelemetryFrame:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return TelemetryFrame.unpack(unpadder.update(padded) + unpadder.finalize())
