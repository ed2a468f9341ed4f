"""Encrypt weighbridge ticket PDFs before they go to the long-term archive bucket."""

import os
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class TicketArchive:
    NONCE_SIZE = 12
    FORMAT_VERSION = b"\x01"

    def __init__(self, bucket: str, key: bytes | None = None, s3_client=None):
        self.bucket = bucket
        self._aead = AESGCM(key or bytes.fromhex(os.environ["WB_ARCHIVE_KEY"]))
        self._s3 = s3_client or boto3.client("s3")

    def _aad(self, object_key: str) -> bytes:
        return self.FORMAT_VERSION + object_key.encode()

    def encrypt(self, object_key: str, data: bytes) -> bytes:
        nonce = os.urandom(self.NONCE_SIZE)
        return self.FORMAT_VERSION + nonce + self._aead.encrypt(nonce, data, self._aad(object_key))

    def decrypt(self, object_key: str, blob: bytes) -> bytes:
        version, rest = blob[:1], blob[1:]
        if version != self.FORMAT_VERSION:
            raise ValueError(f"unknown archive format {version!r}")
        nonce, ciphertext = rest[: self.NONCE_SIZE], rest[self.NONCE_SIZE :]
        return self._aead.decrypt(nonce, ciphertext, self._aad(object_key))

    def archive(self, pdf_path: Path, site_code: str) -> str:
        object_key = f"tickets/{site_code}/{pdf_path.stem}.pdf.enc"
        self._s3.put_object(
            Bucket=self.bucket,
            Key=object_key,
            Body=self.encrypt(object_key, pdf_path.read_bytes()),
            ContentType="application/octet-stream",
        )
        return object_key

    def restore(self, object_key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self.bucket, Key=object_key)
        return self.decrypt(object_key, obj["Body"].read())
