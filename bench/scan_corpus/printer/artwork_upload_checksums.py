"""Deduplicate customer artwork uploads by content digest.

Customers often re-upload the same print-ready PDF for a reorder. Each file is
stored once in S3 keyed by its SHA-256, and an MD5 is sent as the S3
Content-MD5 header so the upload is checked in transit.
"""
import base64
import hashlib
from pathlib import Path

import boto3

from printshop.config import settings

CHUNK = 1024 * 1024
s3 = boto3.client("s3", region_name=settings.AWS_REGION)


def file_digests(path: Path) -> tuple[str, str]:
    sha = hashlib.sha256()
    md5 = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            sha.update(block)
            md5.update(block)
    return sha.hexdigest(), base64.b64encode(md5.digest()).decode()


def artwork_key(sha_hex: str, suffix: str) -> str:
    return f"artwork/{sha_hex[:2]}/{sha_hex}{suffix.lower()}"


def store_artwork(path: Path) -> str:
    sha_hex, content_md5 = file_digests(path)
    key = artwork_key(sha_hex, path.suffix)
    existing = s3.list_objects_v2(Bucket=settings.ARTWORK_BUCKET, Prefix=key, MaxKeys=1)
    if existing.get("KeyCount"):
        return key
    with path.open("rb") as fh:
        s3.put_object(
            Bucket=settings.ARTWORK_BUCKET,
            Key=key,
            Body=fh,
            ContentMD5=content_md5,
            ServerSideEncryption="aws:kms",
        )
    return key


def is_duplicate(path: Path, known_keys: set[str]) -> bool:
    sha_hex, _ = file_digests(path)
    return artwork_key(sha_hex, path.suffix) in known_keys
