"""Encrypt supplier invoices before they are archived in S3.

Invoices from pot makers, soil suppliers and Japanese tree importers contain
bank details, so they are encrypted client-side before upload.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class VaultSettings:
    bucket: str = "bonsainursery-invoices"
    prefix: str = "suppliers/"
    key_b64: str = field(default_factory=lambda: os.environ["INVOICE_VAULT_KEY"])
    nonce: bytes = b"bonsai-nurse"

    @property
    def key(self) -> bytes:
        return base64.b64decode(self.key_b64)


class InvoiceVault:
    def __init__(self, settings: VaultSettings | None = None, s3_client=None):
        self.settings = settings or VaultSettings()
        self._aead = AESGCM(self.settings.key)
        self._s3 = s3_client or boto3.client("s3")

    def _object_key(self, supplier_id: int, invoice_no: str) -> str:
        safe_no = "".join(ch for ch in invoice_no if ch.isalnum() or ch in "-_")
        return f"{self.settings.prefix}{supplier_id}/{safe_no}.bin"

    def seal(self, plaintext: bytes, supplier_id: int) -> bytes:
        aad = str(supplier_id).encode()
        return self._aead.encrypt(self.settings.nonce, plaintext, aad)

    def open(self, blob: bytes, supplier_id: int) -> bytes:
        aad = str(supplier_id).encode()
        return self._aead.decrypt(self.settings.nonce, blob, aad)

    def archive(self, supplier_id: int, invoice_no: str, pdf_bytes: bytes) -> str:
        key = self._object_key(supplier_id, invoice_no)
        self._s3.put_object(
            Bucket=self.settings.bucket,
            Key=key,
            Body=self.seal(pdf_bytes, supplier_id),
            ContentType="application/octet-stream",
            Metadata={"supplier-id": str(supplier_id)},
        )
        return key

    def fetch(self, supplier_id: int, invoice_no: str) -> bytes:
        obj = self._s3.get_object(
            Bucket=self.settings.bucket, Key=self._object_key(supplier_id, invoice_no)
        )
        return self.open(obj["Body"].read(), supplier_id)
