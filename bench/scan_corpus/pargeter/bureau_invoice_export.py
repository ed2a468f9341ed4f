"""Encrypted nightly export of invoices to the bookkeeping bureau.

The bureau's import tool picks up an encrypted CSV from a shared bucket;
the symmetric key was agreed with the bureau and is held in settings.
"""
import csv
import io
from datetime import date

import boto3
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

from pargeter.config import settings
from pargeter.invoicing import invoices_for_day

CSV_HEADER = ["invoice_no", "client", "site_ref", "net", "vat", "gross"]


def _invoice_csv(day: date) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_HEADER)
    for inv in invoices_for_day(day):
        writer.writerow([inv.number, inv.client_name, inv.site_ref, inv.net, inv.vat, inv.gross])
    return buf.getvalue().encode("utf-8")


def encrypt_export(plaintext: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(DES3.block_size)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(plaintext, DES3.block_size))


def push_export(day: date) -> str:
    key = bytes.fromhex(settings.BUREAU_EXPORT_KEY_HEX)
    payload = encrypt_export(_invoice_csv(day), key)
    object_key = f"incoming/pargeter-invoices-{day:%Y%m%d}.enc"
    boto3.client("s3").put_object(
        Bucket=settings.BUREAU_EXCHANGE_BUCKET,
        Key=object_key,
        Body=payload,
        ServerSideEncryption="aws:kms",
    )
    return object_key
