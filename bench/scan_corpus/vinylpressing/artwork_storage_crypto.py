"""Client-side encryption for label artwork kept in the S3 artwork store."""
from __future__ import annotations

import base64
import os

import boto3
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

ALLOWED_SIDES = {"A", "B", "C", "D", "sleeve", "inner"}
NONCE_BYTES = 12
TAG_BYTES = 16


class ArtworkStore:
    CIPHER_MODE = AES.MODE_GCM

    def __init__(self, bucket: str, key: bytes, s3_client=None) -> None:
        if len(key) != 32:
            raise ValueError("artwork key must be 32 bytes")
        self._bucket = bucket
        self._key = key
        self._s3 = s3_client or boto3.client("s3")

    @classmethod
    def from_env(cls) -> "ArtworkStore":
        return cls(os.environ["ARTWORK_BUCKET"], base64.b64decode(os.environ["ARTWORK_KEY"]))

    @staticmethod
    def _object_key(order_id: int, side: str) -> str:
        if side not in ALLOWED_SIDES:
            raise ValueError(f"unknown artwork side {side!r}")
        return f"artwork/{int(order_id)}/{side}.enc"

    def _encrypt(self, data: bytes, aad: bytes) -> bytes:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = AES.new(self._key, self.CIPHER_MODE, nonce=nonce)
        cipher.update(aad)
        ciphertext, tag = cipher.encrypt_and_digest(data)
        return nonce + tag + ciphertext

    def _decrypt(self, blob: bytes, aad: bytes) -> bytes:
        nonce, tag = blob[:NONCE_BYTES], blob[NONCE_BYTES:NONCE_BYTES + TAG_BYTES]
        cipher = AES.new(self._key, self.CIPHER_MODE, nonce=nonce)
        cipher.update(aad)
        return cipher.decrypt_and_verify(blob[NONCE_BYTES + TAG_BYTES:], tag)

    def put(self, order_id: int, side: str, data: bytes, content_type: str) -> str:
        key = self._object_key(order_id, side)
        self._s3.put_object(
            Bucket=self._bucket,
            Key=key,
            Body=self._encrypt(data, key.encode("ascii")),
            Metadata={"original-content-type": content_type},
        )
        return key

    def get(self, order_id: int, side: str) -> tuple[bytes, str]:
        key = self._object_key(order_id, side)
        obj = self._s3.get_object(Bucket=self._bucket, Key=key)
        data = self._decrypt(obj["Body"].read(), key.encode("ascii"))
        return data, obj.get("Metadata", {}).get("original-content-type", "application/pdf")
