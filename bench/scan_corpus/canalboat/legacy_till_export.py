"""Nightly export of hire takings to the marina's till system.

The marina shop runs an older till package that imports an encrypted
settlement file from a shared folder. The file layout and cipher are fixed
by the till vendor's import module.
"""
import csv
import io
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

from canalboat.reports import takings_for_day
from canalboat.settings import settings

FIELDS = ("booking_ref", "boat", "hire_total", "deposit_held", "fuel", "extras")


def _csv_bytes(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("latin-1", errors="replace")


def _encrypt(plaintext: bytes) -> bytes:
    key = bytes.fromhex(settings.TILL_EXPORT_KEY_HEX)
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(plaintext, DES3.block_size))


def export_day(day: date, outdir: Path = Path(settings.TILL_EXPORT_DIR)) -> Path:
    rows = takings_for_day(day)
    target = outdir / f"HIRE{day:%Y%m%d}.TIL"
    target.write_bytes(_encrypt(_csv_bytes(rows)))
    return target


if __name__ == "__main__":
    print(export_day(date.today()))
