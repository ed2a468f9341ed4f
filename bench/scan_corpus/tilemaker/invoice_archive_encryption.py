"""Encrypts archived invoice PDFs before they go to cold storage.

Invoices for commissions and trade orders are kept for seven years. The
nightly archive job encrypts each PDF and uploads it to the archive bucket.
"""
import os

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tilemaker.settings import settings

NONCE_SIZE = 12
FORMAT_VERSION = b"\x01"


def encrypt_invoice(pdf_bytes: bytes, invoice_number: str, key: bytes = settings.archive_key) -> bytes:
    nonce = os.urandom(NONCE_SIZE)
    ct = AESGCM(key).encrypt(nonce, pdf_bytes, invoice_number.encode())
    return FORMAT_VERSION + nonce + ct


def decrypt_invoice(blob: bytes, invoice_number: str, key: bytes = settings.archive_key) -> bytes:
    if blob[:1] != FORMAT_VERSION:
        raise ValueError("unknown archive format")
    nonce, ct = blob[1 : 1 + NONCE_SIZE], blob[1 + NONCE_SIZE :]
    return AESGCM(key).decrypt(nonce, ct, invoice_number.encode())


def archive_invoice(invoice_number: str, pdf_path: str) -> str:
    with open(pdf_path, "rb") as fh:
        blob = encrypt_invoice(fh.read(), invoice_number)
    key_name = f"invoices/{invoice_number[:4]}/{invoice_number}.pdf.enc"
    boto3.client("s3").put_object(
        Bucket=settings.archive_bucket,
        Key=key_name,
        Body=blob,
        StorageClass="DEEP_ARCHIVE",
    )
    return key_name
