"""Builds encrypted price lists for department-store wholesale buyers."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from decimal import Decimal

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

STORE_PROFILES: dict[str, dict] = {
    "harrowgate": {"algorithm": algorithms.TripleDES, "key_env": "HARROWGATE_EXPORT_KEY"},
    "selbury": {"algorithm": algorithms.TripleDES, "key_env": "SELBURY_EXPORT_KEY"},
}


@dataclass
class PriceRow:
    style_code: str
    name: str
    material: str
    wholesale_price: Decimal
    min_order_qty: int


def render_csv(rows: list[PriceRow]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["style_code", "name", "material", "wholesale_gbp", "moq"])
    for r in rows:
        writer.writerow([r.style_code, r.name, r.material, f"{r.wholesale_price:.2f}", r.min_order_qty])
    return buf.getvalue().encode("utf-8")


class PriceListPackager:
    def __init__(self, store: str) -> None:
        profile = STORE_PROFILES[store]
        self.store = store
        self._algorithm = profile["algorithm"]
        self._key = bytes.fromhex(os.environ[profile["key_env"]])

    def _encrypt(self, data: bytes) -> bytes:
        algo = self._algorithm(self._key)
        iv = os.urandom(algo.block_size // 8)
        padder = padding.PKCS7(algo.block_size).padder()
        padded = padder.update(data) + padder.finalize()
        enc = Cipher(algo, modes.CBC(iv)).encryptor()
        return iv + enc.update(padded) + enc.finalize()

    def package(self, rows: list[PriceRow], season: str) -> tuple[str, bytes]:
        filename = f"brimstone_bow_{self.store}_{season}.csv.enc"
        return filename, self._encrypt(render_csv(rows))


def export_for(store: str, rows: list[PriceRow], season: str, outdir: str) -> str:
    name, blob = PriceListPackager(store).package(rows, season)
    path = os.path.join(outdir, name)
    with open(path, "wb") as fh:
        fh.write(blob)
    return path
