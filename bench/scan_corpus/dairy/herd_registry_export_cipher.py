"""Encrypts nightly herd registry exports sent to the breed society.

The export contains ear-tag numbers, dam/sire lineage and milk recording
results for every cow enrolled by member farms.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, modes

EXPORT_FIELDS = ["ear_tag", "farm_id", "breed", "dam_tag", "sire_code", "lactation", "kg_milk_305d"]


class ExportCipherSuite:
    block_size = 64

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24):
            raise ValueError("society key must be 16 or 24 bytes")
        self._key = key

    def encrypt(self, data: bytes) -> bytes:
        iv = os.urandom(self.block_size // 8)
        padder = padding.PKCS7(self.block_size).padder()
        padded = padder.update(data) + padder.finalize()
        enc = Cipher(TripleDES(self._key), modes.CBC(iv)).encryptor()
        return iv + enc.update(padded) + enc.finalize()


def render_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in EXPORT_FIELDS})
    return buf.getvalue().encode("utf-8")


def write_export(rows: list[dict], out_dir: Path, suite: ExportCipherSuite) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "herd_registry.csv.enc"
    target.write_bytes(suite.encrypt(render_csv(rows)))
    return target


if __name__ == "__main__":
    suite = ExportCipherSuite(bytes.fromhex(os.environ["BREED_SOCIETY_KEY"]))
    sample = [{"ear_tag": "UK123456700012", "farm_id": "F-0042", "breed": "HOL", "lactation": 3}]
    print(write_export(sample, Path("/var/exports/herd"), suite))
