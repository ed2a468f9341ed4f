"""Encrypts buffered water-quality records on the pen buoy loggers.

Loggers hold dissolved oxygen, temperature and salinity readings locally
when the 4G link drops; records are encrypted at rest with a per-site key.
"""
from __future__ import annotations

import json
import os
import struct
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class Reading:
    pen: str
    ts: int
    oxygen_mg_l: float
    temp_c: float
    salinity_psu: float


class SensorRecordSealer:
    block_bits = algorithms.AES.block_size
    mode_factory = staticmethod(modes.ECB)

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("site key must be 128, 192 or 256 bits")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.mode_factory())

    def seal(self, reading: Reading) -> bytes:
        payload = json.dumps(asdict(reading), separators=(",", ":")).encode()
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(payload) + padder.finalize()
        enc = self._cipher().encryptor()
        body = enc.update(padded) + enc.finalize()
        return struct.pack(">I", len(body)) + body

    def open(self, blob: bytes) -> Reading:
        (length,) = struct.unpack(">I", blob[:4])
        dec = self._cipher().decryptor()
        padded = dec.update(blob[4:4 + length]) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        data = unpadder.update(padded) + unpadder.finalize()
        return Reading(**json.loads(data))


def sealer_from_env() -> SensorRecordSealer:
    return SensorRecordSealer(bytes.fromhex(os.environ["BUOY_SITE_KEY"]))
