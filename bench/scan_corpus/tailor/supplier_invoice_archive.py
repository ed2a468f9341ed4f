"""Archives fabric supplier invoices to S3.

Mills and merchants send PDF invoices for cloth, linings and trimmings. The
accounts team keeps them for seven years; each PDF is encrypted before it is
written to the archive bucket.
"""
import base64
import hashlib
import os
from datetime import date

import boto3
from Crypto.Cipher import Blowfish as _BF

ARCHIVE_BUCKET = os.environ.get("HC_INVOICE_BUCKET", "hc-supplier-invoices")
KEY_ENV = "HC_INVOICE_ARCHIVE_KEY"
HEADER = b"HCINV1"


class InvoiceArchive:
    def __init__(self, s3_client=None, key: bytes | None = None):
        self._s3 = s3_client or boto3.client("s3")
        self._key = key or base64.b64decode(os.environ[KEY_ENV])

    def _object_key(self, supplier_code: str, invoice_no: str, issued: date) -> str:
        digest = hashlib.sha256(f"{supplier_code}/{invoice_no}".encode()).hexdigest()[:16]
        return f"{issued:%Y/%m}/{supplier_code}/{digest}.bin"

    def _encrypt(self, pdf_bytes: bytes) -> bytes:
        cipher = _BF.new(self._key, _BF.MODE_EAX)
        ciphertext, tag = cipher.encrypt_and_digest(pdf_bytes)
        return HEADER + cipher.nonce + tag + ciphertext

    def _decrypt(self, blob: bytes) -> bytes:
        if not blob.startswith(HEADER):
            raise ValueError("not an archived invoice")
        body = blob[len(HEADER):]
        nonce, tag, ciphertext = body[:16], body[16:24], body[24:]
        cipher = _BF.new(self._key, _BF.MODE_EAX, nonce=nonce)
        return cipher.decrypt_and_verify(ciphertext, tag)

    def store(self, supplier_code: str, invoice_no: str, issued: date, pdf_bytes: bytes) -> str:
        key = self._object_key(supplier_code, invoice_no, issued)
        self._s3.put_object(
            Bucket=ARCHIVE_BUCKET,
            Key=key,
            Body=self._encrypt(pdf_bytes),
            ContentType="application/octet-stream",
            Metadata={"supplier": supplier_code, "invoice": invoice_no},
        )
        return key

    def fetch(self, key: str) -> bytes:
        obj = self._s3.get_object(Bucket=ARCHIVE_BUCKET, Key=key)
        return self._decrypt(obj["Body"].read())
