"""Build the nightly collections file for the payment bureau.

The bureau's intake gateway only accepts the envelope format agreed in the
2014 service schedule, so the payload layout below must not change.
"""
import csv
import datetime as dt
import io
import os
import struct

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ENVELOPE_VERSION = 2


def _collections_csv(collections: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["mandate_ref", "amount_pence", "collection_date", "transaction_code"])
    for c in collections:
        writer.writerow([c["mandate_ref"], c["amount_pence"], c["collection_date"], c.get("txn", "17")])
    return buf.getvalue().encode("ascii")


def _seal(payload: bytes, key: bytes) -> bytes:
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    padded = padder.update(payload) + padder.finalize()
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(padded) + encryptor.finalize()


def build_envelope(collections: list[dict], run_date: dt.date) -> bytes:
    key = bytes.fromhex(os.environ["BUREAU_ENVELOPE_KEY"])
    body = _seal(_collections_csv(collections), key)
    header = struct.pack(">HI8s", ENVELOPE_VERSION, len(body), run_date.strftime("%Y%m%d").encode())
    return header + body


def write_envelope(collections: list[dict], run_date: dt.date, out_dir: str) -> str:
    path = os.path.join(out_dir, f"COLL_{run_date:%Y%m%d}.env")
    with open(path, "wb") as fh:
        fh.write(build_envelope(collections, run_date))
    return path
