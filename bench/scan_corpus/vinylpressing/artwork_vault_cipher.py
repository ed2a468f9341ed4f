"""Encrypts label artwork before it is parked in the S3 artwork vault.

Unreleased sleeve and centre-label artwork is confidential until street
date, so files are encrypted client side with a plant-wide key.
"""
from __future__ import annotations

import base64
import os

import boto3
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

ALLOWED_SIDES = {"A", "B", "C", "D", "sleeve", "inner"}


class ArtworkVault:
    CIPHER_MODE = AES.MODE_ECB

    def __init__(self, bucket: str, key: bytes, s3_client=None) -> None:
        if len(key) != 32:
            raise ValueError("artwork vault key must be 32 bytes")
        self._bucket = bucket
        self._key = key
        self._s3 = s3_client or boto3.client("s3")

    @classmethod
    def from_env(cls) -> "ArtworkVault":
        return cls(
            bucket=os.environ["ARTWORK_BUCKET"],
            key=base64.b64decode(os.environ["ARTWORK_VAULT_KEY"]),
        )

    def _cipher(self):
        return AES.new(self._key, self.CIPHER_MODE)

    @staticmethod
    def _object_key(order_id: int, side: str) -> str:
        if side not in ALLOWED_SIDES:
            raise ValueError(f"unknown artwork side {side!r}")
        return f"artwork/{int(order_id)}/{side}.enc"

    def store(self, order_id: int, side: str, data: bytes, content_type: str) -> str:
        blob = self._cipher().encrypt(pad(data, AES.block_size))
        key = self._object_key(order_id, side)
        self._s3.put_object(
            Bucket=self._bucket,
            Key=key,
            Body=blob,
            Metadata={"original-content-type": content_type},
            ServerSideEncryption="AES256",
        )
        return key

    def fetch(self, order_id: int, side: str) -> tuple[bytes, str]:
        obj = self._s3.get_object(Bucket=self._bucket, Key=self._object_key(order_id, side))
        blob = obj["Body"].read()
        content_type = obj.get("Metadata", {}).get("original-content-type", "application/pdf")
        return unpad(self._cipher().decrypt(blob), AES.block_size), content_type

    def purge_order(self, order_id: int) -> int:
        prefix = f"artwork/{int(order_id)}/"
        listing = self._s3.list_objects_v2(Bucket=self._bucket, Prefix=prefix)
        keys = [{"Key": item["Key"]} for item in listing.get("Contents", [])]
        if keys:
            self._s3.delete_objects(Bucket=self._bucket, Delete={"Objects": keys})
        return len(keys)
