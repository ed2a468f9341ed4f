"""Stores damage photos in S3 keyed by content so repeat uploads are not duplicated.

Customers often upload the same photo of a scratched panel several times from
the returns page; the claim only needs one copy.
"""
from __future__ import annotations

import hashlib
import mimetypes
import os
from dataclasses import dataclass
from typing import BinaryIO

import boto3
from botocore.exceptions import ClientError

BUCKET = os.environ.get("TH_DAMAGE_BUCKET", "toolhire-damage-photos")
CHUNK = 1024 * 1024
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


@dataclass
class StoredPhoto:
    claim_id: int
    key: str
    sha256: str
    size: int
    duplicate: bool


def _content_digest(stream: BinaryIO) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        digest.update(chunk)
        size += len(chunk)
    stream.seek(0)
    return digest.hexdigest(), size


class DamagePhotoStore:
    def __init__(self, s3=None, bucket: str = BUCKET) -> None:
        self._s3 = s3 or boto3.client("s3")
        self._bucket = bucket

    def _exists(self, key: str) -> bool:
        try:
            self._s3.head_object(Bucket=self._bucket, Key=key)
        except ClientError as exc:
            if exc.response["Error"]["Code"] in ("404", "NoSuchKey"):
                return False
            raise
        return True

    def put(self, claim_id: int, filename: str, stream: BinaryIO) -> StoredPhoto:
        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        if content_type not in ALLOWED_TYPES:
            raise ValueError(f"unsupported photo type {content_type}")
        sha, size = _content_digest(stream)
        key = f"claims/{claim_id}/{sha}"
        if self._exists(key):
            return StoredPhoto(claim_id, key, sha, size, duplicate=True)
        self._s3.upload_fileobj(
            stream,
            self._bucket,
            key,
            ExtraArgs={"ContentType": content_type, "ServerSideEncryption": "aws:kms"},
        )
        return StoredPhoto(claim_id, key, sha, size, duplicate=False)
