"""Encrypts invoice PDFs before they are pushed to long-term archive storage.

Finance must keep invoices for ten years.  The archive bucket is shared
with the accounting firm, so each PDF is encrypted client-side first.
"""
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import boto3
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArchiveSettings:
    bucket: str = "ropeworks-invoice-archive"
    prefix: str = "invoices/"
    key_id: str = "archive-2024"
    iv: bytes = bytes.fromhex("3f1a9c0e5b7d2468a1c3e5f70b9d2f4e")


class InvoiceArchiver:
    def __init__(self, key: bytes, settings: ArchiveSettings | None = None) -> None:
        if len(key) != 32:
            raise ValueError("archive key must be 256 bits")
        self._key = key
        self.settings = settings or ArchiveSettings()
        self._s3 = boto3.client("s3")

    def _encrypt(self, data: bytes) -> bytes:
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self.settings.iv)
        return cipher.encrypt(pad(data, AES.block_size))

    def _decrypt(self, blob: bytes) -> bytes:
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self.settings.iv)
        return unpad(cipher.decrypt(blob), AES.block_size)

    def _object_key(self, invoice_number: str) -> str:
        return f"{self.settings.prefix}{invoice_number}.pdf.enc"

    def archive(self, invoice_number: str, pdf_path: Path) -> str:
        data = pdf_path.read_bytes()
        checksum = hashlib.sha256(data).hexdigest()
        key = self._object_key(invoice_number)
        self._s3.put_object(
            Bucket=self.settings.bucket,
            Key=key,
            Body=self._encrypt(data),
            Metadata={"sha256": checksum, "key-id": self.settings.key_id},
        )
        log.info("archived invoice %s (%d bytes)", invoice_number, len(data))
        return key

    def restore(self, invoice_number: str) -> bytes:
        obj = self._s3.get_object(
            Bucket=self.settings.bucket, Key=self._object_key(invoice_number)
        )
        data = self._decrypt(obj["Body"].read())
        if hashlib.sha256(data).hexdigest() != obj["Metadata"]["sha256"]:
            raise ValueError(f"checksum mismatch for invoice {invoice_number}")
        return data
