"""Nightly export of escrowed parcels to the property-tax service vendor.

The vendor's intake job decrypts with the shared key they issued during
onboarding, so the layout below (IV || ciphertext, PKCS#7 padded) is fixed.
"""
from __future__ import annotations

import csv
import io
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

FIELDS = ["loan_number", "parcel_id", "county_fips", "tax_year", "escrow_balance", "next_due"]


def _vendor_key() -> bytes:
    return bytes.fromhex(os.environ["TAX_VENDOR_SHARED_KEY_HEX"])


def build_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue().encode("utf-8")


def encrypt_for_vendor(plaintext: bytes) -> bytes:
    iv = get_random_bytes(Blowfish.block_size)
    cipher = Blowfish.new(_vendor_key(), Blowfish.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(plaintext, Blowfish.block_size))


def write_export(rows: list[dict], outbox: Path, run_date: date | None = None) -> Path:
    run_date = run_date or date.today()
    outbox.mkdir(parents=True, exist_ok=True)
    target = outbox / f"escrow_parcels_{run_date:%Y%m%d}.csv.enc"
    target.write_bytes(encrypt_for_vendor(build_csv(rows)))
    os.chmod(target, 0o640)
    return target
