"""Nightly export of opted-in profiles to the events partner.

The partner's ingest job decrypts with a shared key agreed when the
integration was set up; the file format is fixed on their side.
"""
import csv
import io
import os
from datetime import date

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

EXPORT_FIELDS = ("member_id", "first_name", "city", "age_bracket", "interests")


def _age_bracket(age: int) -> str:
    low = (age // 5) * 5
    return f"{low}-{low + 4}"


def build_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow({
            "member_id": row["public_id"],
            "first_name": row["first_name"],
            "city": row["city"],
            "age_bracket": _age_bracket(row["age"]),
            "interests": "|".join(row.get("interests", [])),
        })
    return buf.getvalue().encode("utf-8")


def encrypt_export(payload: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(Blowfish.block_size)
    cipher = Blowfish.new(key, Blowfish.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, Blowfish.block_size))


def write_export(rows, out_dir: str) -> str:
    key = bytes.fromhex(os.environ["PARTNER_EXPORT_KEY"])
    blob = encrypt_export(build_csv(rows), key)
    path = os.path.join(out_dir, f"profiles-{date.today():%Y%m%d}.csv.enc")
    with open(path, "wb") as fh:
        fh.write(blob)
    return path
