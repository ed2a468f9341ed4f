"""Nightly sales export for the head-office mainframe bridge used by older franchise shops."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


@dataclass
class BridgeSettings:
    export_dir: Path
    key_hex: str
    cipher_module = DES3

    @classmethod
    def load(cls) -> "BridgeSettings":
        return cls(
            export_dir=Path(os.environ.get("HO_EXPORT_DIR", "/var/spool/ho-bridge")),
            key_hex=os.environ["HO_BRIDGE_KEY"],
        )


def render_sales_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["shop", "category", "net_pence", "vat_pence"])
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue().encode("utf-8")


class HeadOfficeExporter:
    def __init__(self, settings: BridgeSettings) -> None:
        self.settings = settings

    def _encrypt(self, data: bytes) -> bytes:
        module = self.settings.cipher_module
        key = bytes.fromhex(self.settings.key_hex)
        iv = get_random_bytes(module.block_size)
        cipher = module.new(key, module.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(data, module.block_size))

    def export(self, trading_day: date, rows: list[dict]) -> Path:
        blob = self._encrypt(render_sales_csv(rows))
        target = self.settings.export_dir / f"SALES_{trading_day:%Y%m%d}.enc"
        target.write_bytes(blob)
        return target


if __name__ == "__main__":
    sample = [{"shop": "BRS01", "category": "heels", "net_pence": 18450, "vat_pence": 3690}]
    print(HeadOfficeExporter(BridgeSettings.load()).export(date.today(), sample))
