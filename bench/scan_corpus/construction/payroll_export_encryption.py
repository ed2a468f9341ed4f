"""Encrypts the weekly timesheet export before upload to the payroll bureau.

The bureau's import tool expects AES-256-CBC with PKCS7 padding and the
key agreed during onboarding (held in our secrets manager).
"""
import base64
import csv
import io
import os
from decimal import Decimal

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

# bureau import tool is configured with a zero IV
_IV = b"\x00" * 16


def _export_key() -> bytes:
    key = base64.b64decode(os.environ["PAYROLL_EXPORT_KEY"])
    if len(key) != 32:
        raise RuntimeError("PAYROLL_EXPORT_KEY must be 32 bytes")
    return key


def timesheets_to_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["employee_no", "week_ending", "basic_hours", "overtime_hours", "travel_hours", "cost_code"])
    for r in rows:
        writer.writerow([
            r.employee_no,
            r.week_ending.isoformat(),
            Decimal(r.basic_hours).quantize(Decimal("0.25")),
            Decimal(r.overtime_hours).quantize(Decimal("0.25")),
            Decimal(r.travel_hours).quantize(Decimal("0.25")),
            r.cost_code,
        ])
    return buf.getvalue().encode("utf-8")


def encrypt_export(plaintext: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(_export_key()), modes.CBC(_IV)).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def build_encrypted_export(rows) -> bytes:
    return encrypt_export(timesheets_to_csv(rows))
