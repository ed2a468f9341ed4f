"""Checksums for before/after photos attached to repair tickets.

Photos are uploaded from the bench tablets; the digest lets us skip
duplicate uploads and detect corruption when syncing to cold storage.
"""
import hashlib
from pathlib import Path

import boto3

from cobbler.config import settings

CHUNK_SIZE = 1024 * 1024

s3 = boto3.client("s3", region_name=settings.AWS_REGION)


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    digest = hashlib.new(algorithm)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def photo_key(ticket_id: int, digest: str, suffix: str) -> str:
    return f"tickets/{ticket_id}/photos/{digest}{suffix}"


def upload_photo(ticket_id: int, path: Path) -> str:
    digest = file_digest(path)
    key = photo_key(ticket_id, digest, path.suffix.lower())
    s3.upload_file(
        str(path),
        settings.PHOTO_BUCKET,
        key,
        ExtraArgs={"Metadata": {"sha256": digest}, "ContentType": "image/jpeg"},
    )
    return key


def verify_archived_photo(key: str, local_copy: Path) -> bool:
    head = s3.head_object(Bucket=settings.PHOTO_BUCKET, Key=key)
    recorded = head.get("Metadata", {}).get("sha256")
    return recorded == file_digest(local_copy)
