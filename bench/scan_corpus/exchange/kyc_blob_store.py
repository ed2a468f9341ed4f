"""Encrypted storage of KYC documents in S3.

Scanned passports, utility bills and W-8/W-9 forms uploaded during
onboarding are encrypted client-side before they reach the bucket.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

log = logging.getLogger(__name__)

BUCKET = os.environ.get("KYC_BUCKET", "kyc-documents")
KEY_PREFIX = "onboarding/"
_IV = hashlib.sha256(b"kyc-intake-v1").digest()[:16]


@dataclass
class StoredDocument:
    client_id: str
    object_key: str
    sha256: str
    size: int


class KycBlobStore:
    def __init__(self, key: bytes, s3_client=None) -> None:
        if len(key) != 32:
            raise ValueError("document key must be 32 bytes")
        self._key = key
        self._s3 = s3_client or boto3.client("s3")

    def _encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        enc = Cipher(algorithms.AES(self._key), modes.CBC(_IV)).encryptor()
        return enc.update(padded) + enc.finalize()

    def _decrypt(self, blob: bytes) -> bytes:
        dec = Cipher(algorithms.AES(self._key), modes.CBC(_IV)).decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def put(self, client_id: str, doc_type: str, content: bytes) -> StoredDocument:
        digest = hashlib.sha256(content).hexdigest()
        object_key = f"{KEY_PREFIX}{client_id}/{doc_type}/{digest}.bin"
        self._s3.put_object(
            Bucket=BUCKET,
            Key=object_key,
            Body=self._encrypt(content),
            ServerSideEncryption="aws:kms",
            Metadata={"doc-type": doc_type, "client-id": client_id},
        )
        log.info("stored %s for client %s (%d bytes)", doc_type, client_id, len(content))
        return StoredDocument(client_id, object_key, digest, len(content))

    def get(self, object_key: str) -> bytes:
        obj = self._s3.get_object(Bucket=BUCKET, Key=object_key)
        return self._decrypt(obj["Body"].read())
