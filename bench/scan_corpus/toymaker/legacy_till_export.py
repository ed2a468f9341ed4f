"""Exports the day's shop-counter sales in the encrypted file format the old till software imports."""

import csv
import io
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

from toyshop.config import settings
from toyshop.sales import sales_for_day

FIELDS = ["receipt", "sku", "quantity", "unit_price_pence", "vat_rate", "payment_method"]


def _csv_bytes(day: date) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS)
    writer.writeheader()
    for sale in sales_for_day(day):
        writer.writerow({field: getattr(sale, field) for field in FIELDS})
    return buffer.getvalue().encode("utf-8")


class TillExportCipher:
    block_size = DES3.block_size

    def __init__(self, key_hex: str = settings.till_export_key):
        self.key = DES3.adjust_key_parity(bytes.fromhex(key_hex))

    def encrypt(self, plaintext: bytes) -> bytes:
        iv = get_random_bytes(self.block_size)
        cipher = DES3.new(self.key, DES3.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(pad(plaintext, self.block_size))


def export_day(day: date, outbox: Path = Path(settings.till_outbox)) -> Path:
    target = outbox / f"SALES_{day:%Y%m%d}.ENC"
    target.write_bytes(TillExportCipher().encrypt(_csv_bytes(day)))
    return target
