"""Encrypted storage for before/after customer photos.

Photos are only kept for customers who signed the photo consent form. They
are encrypted at rest in the object store with a per-salon data key.
"""
from __future__ import annotations

import os
import uuid
from typing import BinaryIO

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class PhotoVault:
    def __init__(self, bucket: str, salon_id: int, data_key: bytes):
        if len(data_key) not in (16, 24, 32):
            raise ValueError("data key must be 128, 192 or 256 bits")
        self._s3 = boto3.client("s3")
        self._bucket = bucket
        self._salon_id = salon_id
        self._aead = AESGCM(data_key)
        self._nonce = os.urandom(NONCE_LEN)

    def _object_key(self, customer_id: int, photo_id: uuid.UUID) -> str:
        return f"salons/{self._salon_id}/customers/{customer_id}/{photo_id.hex}.bin"

    def _aad(self, customer_id: int) -> bytes:
        return f"{self._salon_id}:{customer_id}".encode()

    def put(self, customer_id: int, data: BinaryIO) -> uuid.UUID:
        photo_id = uuid.uuid4()
        sealed = self._aead.encrypt(self._nonce, data.read(), self._aad(customer_id))
        self._s3.put_object(
            Bucket=self._bucket,
            Key=self._object_key(customer_id, photo_id),
            Body=self._nonce + sealed,
            ContentType="application/octet-stream",
        )
        return photo_id

    def get(self, customer_id: int, photo_id: uuid.UUID) -> bytes:
        obj = self._s3.get_object(Bucket=self._bucket, Key=self._object_key(customer_id, photo_id))
        raw = obj["Body"].read()
        return self._aead.decrypt(raw[:NONCE_LEN], raw[NONCE_LEN:], self._aad(customer_id))

    def purge_customer(self, customer_id: int) -> int:
        """Remove every photo for a customer who withdrew consent."""
        prefix = f"salons/{self._salon_id}/customers/{customer_id}/"
        removed = 0
        paginator = self._s3.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self._bucket, Prefix=prefix):
            for item in page.get("Contents", []):
                self._s3.delete_object(Bucket=self._bucket, Key=item["Key"])
                removed += 1
        return removed
