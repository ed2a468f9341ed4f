"""Builds the nightly remittance file for the acquiring bank's SFTP drop.

The bank's import tool requires the payload to be encrypted with the shared
key they issued during onboarding.
"""
import csv
import io
import os
from datetime import date

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

FIELDS = ["invoice_number", "customer_ref", "amount_minor", "currency", "settled_on"]


def render_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row[k] for k in FIELDS})
    return buf.getvalue().encode()


def encrypt_for_bank(payload: bytes) -> bytes:
    key = bytes.fromhex(os.environ["BANK_REMITTANCE_KEY"])
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, DES3.block_size))


def build_export(rows: list[dict], run_date: date) -> tuple[str, bytes]:
    name = f"remit_{run_date:%Y%m%d}.csv.enc"
    return name, encrypt_for_bank(render_csv(rows))
