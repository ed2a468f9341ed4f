"""Encrypted export of payroll-giving pledges for the giving agency.

The agency retired its 3DES intake in 2022; files are now AES-256-GCM with a
per-file nonce, as described in their current onboarding pack.
"""
import base64
import csv
import io
import os
from datetime import date

from Crypto.Cipher import AES as _Cipher
from Crypto.Random import get_random_bytes

FIELDS = ("employee_ref", "employer_code", "charity_ref", "amount_pence", "start_date")
FILE_MAGIC = b"PGX2"


def _agency_key() -> bytes:
    key = base64.b64decode(os.environ["PAYROLL_GIVING_KEY"])
    if len(key) != 32:
        raise RuntimeError("PAYROLL_GIVING_KEY must be 256 bits")
    return key


def pledges_csv(pledges) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for p in pledges:
        writer.writerow({
            "employee_ref": p.employee_ref,
            "employer_code": p.employer_code,
            "charity_ref": p.charity_ref,
            "amount_pence": p.amount_pence,
            "start_date": p.start_date.isoformat(),
        })
    return buf.getvalue().encode("utf-8")


def encrypt_for_agency(payload: bytes, run_date: date) -> bytes:
    nonce = get_random_bytes(12)
    cipher = _Cipher.new(_agency_key(), _Cipher.MODE_GCM, nonce=nonce)
    cipher.update(FILE_MAGIC + run_date.isoformat().encode("ascii"))
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return FILE_MAGIC + nonce + tag + ciphertext


def build_export(pledges, run_date: date) -> tuple[str, bytes]:
    return f"PG_{run_date:%Y%m%d}.pgx", encrypt_for_agency(pledges_csv(pledges), run_date)
