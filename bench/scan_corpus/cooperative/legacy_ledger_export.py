"""Monthly rent-ledger export for the accounting bureau.

The bureau's importer only accepts its "LGX1" envelope, so the CSV is
wrapped the way their desktop tool expects.
"""
import csv
import io
import os
from datetime import date

from Crypto.Cipher import DES3 as _BureauCipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

ENVELOPE_MAGIC = b"LGX1"
CSV_HEADER = ["unit", "member_no", "period", "charged", "paid", "balance"]


def _bureau_key() -> bytes:
    raw = bytes.fromhex(os.environ["BUREAU_EXPORT_KEY"])
    return _BureauCipher.adjust_key_parity(raw)


def ledger_to_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow([
            r.unit,
            r.member_no,
            r.period.isoformat(),
            f"{r.charged:.2f}",
            f"{r.paid:.2f}",
            f"{r.balance:.2f}",
        ])
    return buf.getvalue().encode("utf-8")


def build_envelope(rows, period: date) -> bytes:
    iv = get_random_bytes(_BureauCipher.block_size)
    cipher = _BureauCipher.new(_bureau_key(), _BureauCipher.MODE_CBC, iv=iv)
    body = cipher.encrypt(pad(ledger_to_csv(rows), _BureauCipher.block_size))
    header = ENVELOPE_MAGIC + period.strftime("%Y%m").encode("ascii")
    return header + iv + body


def write_export(rows, period: date, out_dir: str) -> str:
    path = os.path.join(out_dir, f"ledger_{period:%Y%m}.lgx")
    with open(path, "wb") as fh:
        fh.write(build_envelope(rows, period))
    return path
