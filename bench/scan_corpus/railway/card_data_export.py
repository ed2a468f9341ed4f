"""Encrypted export of smartcard product records for the regional transit partner.

Format: 16-byte nonce || ciphertext || 16-byte tag, AES-256-GCM, with the
export header bound in as associated data.
"""
import csv
import io
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import AES as _AES

from smartcard.repository import products_changed_since

EXPORT_DIR = Path(os.environ.get("PARTNER_EXPORT_DIR", "/var/spool/partner-export"))
FIELDS = ["card_serial", "product_code", "valid_from", "valid_to", "zones", "status"]


def _export_key() -> bytes:
    key = bytes.fromhex(os.environ["PARTNER_EXPORT_KEY"])
    if len(key) != 32:
        raise ValueError("PARTNER_EXPORT_KEY must be 256 bits")
    return key


def _serialise(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row[k] for k in FIELDS})
    return buf.getvalue().encode("utf-8")


def encrypt_export(plaintext: bytes, header: bytes) -> bytes:
    cipher = _AES.new(_export_key(), _AES.MODE_GCM)
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return cipher.nonce + ciphertext + tag


def run(since: date) -> Path:
    header = f"products;since={since:%Y%m%d};v=2".encode()
    blob = encrypt_export(_serialise(products_changed_since(since)), header)
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    out = EXPORT_DIR / f"products_{since:%Y%m%d}.gcm"
    out.write_bytes(header + b"\n" + blob)
    return out
