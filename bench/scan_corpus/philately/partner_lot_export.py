"""Nightly encrypted export of the lot catalogue for partner auction houses."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from typing import Iterable

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad


class ExportSettings:
    cipher_module = DES3
    key_env = "PARTNER_EXPORT_KEY"
    columns = ("lot_number", "sale_code", "country", "sg_number", "description", "estimate_gbp")


@dataclass
class LotRow:
    lot_number: str
    sale_code: str
    country: str
    sg_number: str
    description: str
    estimate_gbp: int


class PartnerExporter:
    def __init__(self, settings: type[ExportSettings] = ExportSettings) -> None:
        self.settings = settings
        self.key = bytes.fromhex(os.environ[settings.key_env])

    def _to_csv(self, lots: Iterable[LotRow]) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(self.settings.columns)
        for lot in lots:
            writer.writerow([getattr(lot, col) for col in self.settings.columns])
        return buf.getvalue().encode("utf-8")

    def encrypt(self, payload: bytes) -> bytes:
        module = self.settings.cipher_module
        iv = os.urandom(module.block_size)
        cipher = module.new(self.key, module.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(payload, module.block_size))

    def export(self, lots: Iterable[LotRow], out_path: str) -> int:
        blob = self.encrypt(self._to_csv(lots))
        with open(out_path, "wb") as fh:
            fh.write(blob)
        return len(blob)
