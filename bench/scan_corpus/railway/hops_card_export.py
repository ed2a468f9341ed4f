"""Nightly export of smartcard product records to the legacy ticket office estate.

The ticket office machines (TOMs) still decrypt the export with the cipher
suite fixed in their 2009 firmware, so the record format is frozen.
"""
import csv
import io
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3 as _TDES
from Crypto.Util.Padding import pad

from smartcard.repository import products_changed_since

EXPORT_DIR = Path(os.environ.get("TOM_EXPORT_DIR", "/var/spool/tom-export"))
FIELDS = ["card_serial", "product_code", "valid_from", "valid_to", "zones", "status"]


def _export_key() -> bytes:
    key = bytes.fromhex(os.environ["TOM_EXPORT_KEY"])
    return _TDES.adjust_key_parity(key)


def _serialise(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row[k] for k in FIELDS})
    return buf.getvalue().encode("utf-8")


def encrypt_export(plaintext: bytes) -> bytes:
    cipher = _TDES.new(_export_key(), _TDES.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(plaintext, _TDES.block_size))


def run(since: date) -> Path:
    blob = encrypt_export(_serialise(products_changed_since(since)))
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    out = EXPORT_DIR / f"products_{since:%Y%m%d}.dat"
    out.write_bytes(blob)
    return out


if __name__ == "__main__":
    import sys

    print(run(date.fromisoformat(sys.argv[1])))
