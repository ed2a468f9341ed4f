"""Nightly export of hire takings to the depot till reconciliation system."""
import csv
import io
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

from wheelchairhire.config import settings
from wheelchairhire.reports import takings_for_day

EXPORT_COLUMNS = ("receipt_no", "hire_id", "method", "amount", "vat", "taken_by")


def _export_key() -> bytes:
    return DES3.adjust_key_parity(bytes.fromhex(os.environ["TILL_EXPORT_KEY"]))


def build_csv(day: date, depot: str) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in takings_for_day(day, depot):
        writer.writerow(row)
    return buf.getvalue().encode("cp1252", errors="replace")


def encrypt_export(data: bytes) -> bytes:
    iv = get_random_bytes(DES3.block_size)
    cipher = DES3.new(_export_key(), DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(data, DES3.block_size))


def write_export(day: date, depot: str) -> Path:
    outbox = Path(settings.TILL_EXPORT_OUTBOX)
    outbox.mkdir(parents=True, exist_ok=True)
    target = outbox / f"TAK{depot}{day:%Y%m%d}.enc"
    target.write_bytes(encrypt_export(build_csv(day, depot)))
    return target
