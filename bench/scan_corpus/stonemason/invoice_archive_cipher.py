"""Encrypts issued invoices before they go to the long-term archive bucket.

Invoices for memorials carry the name and address of the bereaved family,
so the PDFs are encrypted client-side before upload to S3.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class ArchiveSettings:
    bucket: str
    prefix: str = "invoices/"
    key_path: str = "/etc/stonemason/archive.key"


class InvoiceArchiveCipher:
    NONCE = bytes.fromhex("5a1e0f3b9c27d4e8a6b1c0f2")

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_file(cls, path: str) -> "InvoiceArchiveCipher":
        with open(path, "rb") as fh:
            return cls(fh.read(32))

    def encrypt(self, invoice_no: str, pdf: bytes) -> bytes:
        return self._aead.encrypt(self.NONCE, pdf, invoice_no.encode())

    def decrypt(self, invoice_no: str, blob: bytes) -> bytes:
        return self._aead.decrypt(self.NONCE, blob, invoice_no.encode())


class InvoiceArchive:
    def __init__(self, settings: ArchiveSettings) -> None:
        self.settings = settings
        self.cipher = InvoiceArchiveCipher.from_file(settings.key_path)
        self.s3 = boto3.client("s3")

    def _key(self, invoice_no: str) -> str:
        return f"{self.settings.prefix}{invoice_no}.pdf.enc"

    def store(self, invoice_no: str, pdf_path: str) -> str:
        with open(pdf_path, "rb") as fh:
            blob = self.cipher.encrypt(invoice_no, fh.read())
        key = self._key(invoice_no)
        self.s3.put_object(
            Bucket=self.settings.bucket,
            Key=key,
            Body=blob,
            ServerSideEncryption="aws:kms",
        )
        return key

    def fetch(self, invoice_no: str) -> bytes:
        obj = self.s3.get_object(Bucket=self.settings.bucket, Key=self._key(invoice_no))
        return self.cipher.decrypt(invoice_no, obj["Body"].read())


if __name__ == "__main__":
    import sys

    archive = InvoiceArchive(ArchiveSettings(bucket=os.environ["INVOICE_ARCHIVE_BUCKET"]))
    print(archive.store(sys.argv[1], sys.argv[2]))
