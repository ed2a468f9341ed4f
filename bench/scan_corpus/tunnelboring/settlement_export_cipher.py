"""Encrypt ground settlement exports sent to the client's monitoring consultant.

Exports hold levelling results for surface prisms and building settlement
points along the tunnel alignment, packaged as CSV per survey epoch.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from typing import Sequence

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_CIPHER_PROFILES = {
    "consultant-v1": (TripleDES, 24, 64),
    "internal-v2": (algorithms.AES, 32, 128),
}


@dataclass
class ExportSettings:
    profile: str = "consultant-v1"
    key_env: str = "SETTLEMENT_EXPORT_KEY"


@dataclass
class SettlementReading:
    point_id: str
    epoch: str
    easting: float
    northing: float
    delta_mm: float


def _to_csv(readings: Sequence[SettlementReading]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["point_id", "epoch", "easting", "northing", "delta_mm"])
    for r in readings:
        writer.writerow([r.point_id, r.epoch, r.easting, r.northing, r.delta_mm])
    return buf.getvalue().encode("utf-8")


class SettlementExporter:
    def __init__(self, settings: ExportSettings | None = None) -> None:
        self.settings = settings or ExportSettings()
        algo, key_len, block_bits = _CIPHER_PROFILES[self.settings.profile]
        key = bytes.fromhex(os.environ[self.settings.key_env])[:key_len]
        self._algo = algo(key)
        self._block_bits = block_bits

    def encrypt(self, readings: Sequence[SettlementReading]) -> bytes:
        iv = os.urandom(self._block_bits // 8)
        padder = padding.PKCS7(self._block_bits).padder()
        data = padder.update(_to_csv(readings)) + padder.finalize()
        enc = Cipher(self._algo, modes.CBC(iv)).encryptor()
        return iv + enc.update(data) + enc.finalize()
