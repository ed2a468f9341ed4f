"""Encrypt embargoed grid files before they are parked in S3.

Grids for future dates sit in a staging bucket until release. They are
encrypted client-side with the syndication data key so that a leaked bucket
listing does not give away next week's answers.
"""
from __future__ import annotations

import base64
import os

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

STAGING_BUCKET = os.environ.get("XW_STAGING_BUCKET", "")


def _data_key() -> bytes:
    key = base64.b64decode(os.environ["XW_GRID_DATA_KEY"])
    if len(key) != 32:
        raise RuntimeError("XW_GRID_DATA_KEY must decode to 32 bytes")
    return key


def _grid_cipher(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.ECB())


def encrypt_grid(plaintext: bytes, key: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = _grid_cipher(key).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def decrypt_grid(ciphertext: bytes, key: bytes) -> bytes:
    decryptor = _grid_cipher(key).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


class GridStaging:
    def __init__(self, bucket: str = STAGING_BUCKET, s3=None) -> None:
        self._bucket = bucket
        self._s3 = s3 or boto3.client("s3")
        self._key = _data_key()

    def park(self, puzzle_id: int, release_date: str, grid_bytes: bytes) -> str:
        object_key = f"embargo/{release_date}/{puzzle_id}.puz.enc"
        self._s3.put_object(
            Bucket=self._bucket,
            Key=object_key,
            Body=encrypt_grid(grid_bytes, self._key),
            ContentType="application/octet-stream",
        )
        return object_key

    def release(self, object_key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self._bucket, Key=object_key)
        return decrypt_grid(obj["Body"].read(), self._key)
