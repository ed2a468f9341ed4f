"""Encrypted archive of airline billing statements.

Statements are sealed before upload; the object key is bound as associated
data. Stored format: version byte || nonce || ciphertext.
"""
from __future__ import annotations

import logging
import os

import boto3
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

log = logging.getLogger(__name__)

FORMAT_VERSION = b"\x02"
NONCE_SIZE = 12


class StatementVault:
    def __init__(self, bucket: str | None = None, key: bytes | None = None, s3=None):
        self.bucket = bucket or os.environ["BILLING_ARCHIVE_BUCKET"]
        self._aead = ChaCha20Poly1305(key or bytes.fromhex(os.environ["BILLING_ARCHIVE_KEY"]))
        self._s3 = s3 or boto3.client("s3")

    def _seal(self, object_key: str, data: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        return FORMAT_VERSION + nonce + self._aead.encrypt(nonce, data, object_key.encode())

    def _open(self, object_key: str, blob: bytes) -> bytes:
        if blob[:1] != FORMAT_VERSION:
            raise ValueError(f"unsupported archive format {blob[:1]!r}")
        nonce = blob[1:1 + NONCE_SIZE]
        return self._aead.decrypt(nonce, blob[1 + NONCE_SIZE:], object_key.encode())

    def store(self, airline: str, period: str, statement_csv: bytes) -> str:
        object_key = f"statements/{airline}/{period}.csv.enc"
        self._s3.put_object(Bucket=self.bucket, Key=object_key,
                            Body=self._seal(object_key, statement_csv))
        log.info("stored statement %s", object_key)
        return object_key

    def fetch(self, airline: str, period: str) -> bytes:
        object_key = f"statements/{airline}/{period}.csv.enc"
        blob = self._s3.get_object(Bucket=self.bucket, Key=object_key)["Body"].read()
        return self._open(object_key, blob)
