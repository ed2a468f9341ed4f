"""Encrypted storage of ID documents for large-deposit hires.

For hires over the insurance threshold we keep a scan of the customer's
photo ID until the marquee is collected. Scans are encrypted with AES-GCM
before they are written to the bucket.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class DocumentStoreSettings:
    bucket: str
    key_env: str = "ID_DOCUMENT_KEY"
    nonce_bytes: int = 12
    prefix: str = "id-documents"


class IdDocumentStore:
    def __init__(self, settings: DocumentStoreSettings, s3_client=None) -> None:
        self._settings = settings
        self._aead = AESGCM(base64.b64decode(os.environ[settings.key_env]))
        self._s3 = s3_client or boto3.client("s3")

    def _object_key(self, booking_ref: str) -> str:
        return f"{self._settings.prefix}/{booking_ref}.bin"

    def encrypt(self, booking_ref: str, scan: bytes) -> bytes:
        nonce = os.urandom(self._settings.nonce_bytes)
        return nonce + self._aead.encrypt(nonce, scan, booking_ref.encode("utf-8"))

    def decrypt(self, booking_ref: str, blob: bytes) -> bytes:
        n = self._settings.nonce_bytes
        return self._aead.decrypt(blob[:n], blob[n:], booking_ref.encode("utf-8"))

    def put(self, booking_ref: str, scan: bytes, content_type: str) -> str:
        key = self._object_key(booking_ref)
        self._s3.put_object(
            Bucket=self._settings.bucket,
            Key=key,
            Body=self.encrypt(booking_ref, scan),
            Metadata={"content-type": content_type},
            ServerSideEncryption="aws:kms",
        )
        return key

    def get(self, booking_ref: str) -> bytes:
        obj = self._s3.get_object(Bucket=self._settings.bucket, Key=self._object_key(booking_ref))
        return self.decrypt(booking_ref, obj["Body"].read())

    def purge(self, booking_ref: str) -> None:
        self._s3.delete_object(Bucket=self._settings.bucket, Key=self._object_key(booking_ref))
