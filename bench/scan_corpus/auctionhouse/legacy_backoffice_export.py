"""Nightly hammer-price export for the legacy back-office accounting package.

The accounting vendor's import tool only understands the encrypted batch
format it shipped with, so the file is produced in that layout: an 8-byte
IV followed by the CBC ciphertext of the CSV body.
"""

import base64
import csv
import io
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

EXPORT_COLUMNS = ["sale_code", "lot_number", "hammer_price", "buyers_premium", "paddle_number", "currency"]


def _batch_key() -> bytes:
    key = base64.b64decode(os.environ["BACKOFFICE_BATCH_KEY"])
    return DES3.adjust_key_parity(key)


def _render_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue().encode("utf-8")


def write_batch(rows, out_dir: Path, sale_day: date) -> Path:
    iv = get_random_bytes(8)
    cipher = DES3.new(_batch_key(), DES3.MODE_CBC, iv)
    body = cipher.encrypt(pad(_render_csv(rows), DES3.block_size))
    target = out_dir / f"hammer_{sale_day:%Y%m%d}.bat"
    target.write_bytes(iv + body)
    return target
