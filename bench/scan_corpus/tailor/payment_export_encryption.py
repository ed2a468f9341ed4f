"""Nightly export of deposit and balance payments for the accountants.

The export is a CSV of the day's takings across all shops, encrypted and
dropped in the finance bucket where the bookkeeping firm collects it.
"""
import base64
import csv
import io
import os
from datetime import date

import boto3
from Crypto.Cipher import ChaCha20_Poly1305 as _CCP
from Crypto.Random import get_random_bytes

EXPORT_BUCKET = os.environ.get("HC_FINANCE_BUCKET", "hc-finance-exports")
KEY_ENV = "HC_FINANCE_EXPORT_KEY"
COLUMNS = ("shop_code", "order_ref", "kind", "amount", "currency", "method", "taken_at")


def _render_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


class PaymentExporter:
    def __init__(self, s3_client=None, key: bytes | None = None):
        self._s3 = s3_client or boto3.client("s3")
        self._key = key or base64.b64decode(os.environ[KEY_ENV])

    def _seal(self, data: bytes, label: bytes) -> bytes:
        cipher = _CCP.new(key=self._key, nonce=get_random_bytes(12))
        cipher.update(label)
        ciphertext, tag = cipher.encrypt_and_digest(data)
        return cipher.nonce + tag + ciphertext

    def _open(self, blob: bytes, label: bytes) -> bytes:
        nonce, tag, ciphertext = blob[:12], blob[12:28], blob[28:]
        cipher = _CCP.new(key=self._key, nonce=nonce)
        cipher.update(label)
        return cipher.decrypt_and_verify(ciphertext, tag)

    def export_day(self, day: date, rows: list[dict]) -> str:
        key = f"payments/{day:%Y/%m}/takings-{day.isoformat()}.csv.enc"
        blob = self._seal(_render_csv(rows), key.encode("utf-8"))
        self._s3.put_object(Bucket=EXPORT_BUCKET, Key=key, Body=blob, ServerSideEncryption="aws:kms")
        return key

    def read_back(self, key: str) -> str:
        obj = self._s3.get_object(Bucket=EXPORT_BUCKET, Key=key)
        return self._open(obj["Body"].read(), key.encode("utf-8")).decode("utf-8")
