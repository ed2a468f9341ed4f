"""Monthly export of disciplinary records for the regional federation.

The federation portal accepts an encrypted CSV; the shared key is issued per
league and rotated each season.
"""
import csv
import io
import os
from datetime import date

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

EXPORT_COLUMNS = ["player_id", "club", "offence_code", "match_date", "games_banned", "fine"]


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["FEDERATION_EXPORT_KEY"])
    if len(key) not in (16, 24, 32):
        raise ValueError("federation export key must be 128, 192 or 256 bits")
    return key


def records_to_csv(records) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for rec in records:
        writer.writerow(rec)
    return buf.getvalue().encode("utf-8")


def encrypt_export(plaintext: bytes, key: bytes) -> bytes:
    padder = padding.PKCS7(algorithms.AES.block_size).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def build_monthly_export(repo, month: date, out_dir: str) -> str:
    records = repo.disciplinary_records_for_month(month.year, month.month)
    blob = encrypt_export(records_to_csv(records), _load_key())
    path = os.path.join(out_dir, f"discipline_{month:%Y_%m}.csv.enc")
    with open(path, "wb") as fh:
        fh.write(blob)
    return path
