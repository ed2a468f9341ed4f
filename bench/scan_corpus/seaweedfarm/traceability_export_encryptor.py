"""Encrypts traceability exports before they are pushed to the buyer SFTP drop.

Each export is a CSV of lot IDs, longline positions, harvest dates and
processing batch numbers. Buyers hold the shared key for their account.
"""
from __future__ import annotations

import base64
import csv
import io
import os
from dataclasses import dataclass
from typing import Callable, Sequence

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class ExportRecord:
    lot_id: str
    longline: str
    harvested_on: str
    batch_no: str


class CipherProfile:
    block_bits = 128
    mode_factory: Callable[[], modes.Mode] = modes.ECB

    @classmethod
    def build(cls, key: bytes) -> Cipher:
        return Cipher(algorithms.AES(key), cls.mode_factory())


def render_csv(records: Sequence[ExportRecord]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["lot_id", "longline", "harvested_on", "batch_no"])
    for rec in records:
        writer.writerow([rec.lot_id, rec.longline, rec.harvested_on, rec.batch_no])
    return buffer.getvalue().encode("utf-8")


class TraceabilityExportEncryptor:
    def __init__(self, buyer_key_b64: str, profile: type[CipherProfile] = CipherProfile) -> None:
        self._key = base64.b64decode(buyer_key_b64)
        if len(self._key) not in (16, 24, 32):
            raise ValueError("buyer key must be an AES key")
        self._profile = profile

    def encrypt(self, payload: bytes) -> bytes:
        padder = padding.PKCS7(self._profile.block_bits).padder()
        padded = padder.update(payload) + padder.finalize()
        encryptor = self._profile.build(self._key).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def export(self, records: Sequence[ExportRecord], out_dir: str, buyer_code: str) -> str:
        blob = self.encrypt(render_csv(records))
        path = os.path.join(out_dir, f"trace_{buyer_code}.csv.enc")
        with open(path, "wb") as handle:
            handle.write(blob)
        return path
