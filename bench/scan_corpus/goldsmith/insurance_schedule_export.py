"""Exports the monthly schedule of insured customer pieces for the broker.

The broker's upload portal accepts an AES-encrypted CSV; the shared key is
agreed out of band and kept in the environment.
"""
import base64
import csv
import io
import os
from datetime import date

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

SCHEDULE_COLUMNS = ["policy_no", "certificate_no", "description", "replacement_value", "valued_on"]
BROKER_KEY = base64.b64decode(os.environ["BROKER_SCHEDULE_KEY"])
EXPORT_IV = bytes.fromhex("6a1f93c04be2d7580e3a9c14f27b86d5")


def render_csv(rows: list) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=SCHEDULE_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue().encode("utf-8")


def encrypt_schedule(data: bytes, key: bytes = BROKER_KEY, iv: bytes = EXPORT_IV) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(padded) + enc.finalize()


def export_schedule(rows: list, out_dir: str, month: date | None = None) -> str:
    month = month or date.today().replace(day=1)
    ciphertext = encrypt_schedule(render_csv(rows))
    path = os.path.join(out_dir, f"schedule-{month:%Y-%m}.csv.enc")
    with open(path, "wb") as fh:
        fh.write(ciphertext)
    return path


if __name__ == "__main__":
    import json
    import sys

    records = json.load(sys.stdin)
    print(export_schedule(records, sys.argv[1] if len(sys.argv) > 1 else "."))
