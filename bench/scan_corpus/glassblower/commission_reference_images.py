"""Stores reference photos customers attach to bespoke commission requests."""

import hashlib
import mimetypes
from pathlib import Path

import boto3

from hotshop.config import settings

s3 = boto3.client("s3", region_name=settings.AWS_REGION)
CHUNK = 1024 * 1024
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/webp", "image/heic"}


def content_fingerprint(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def object_key(commission_id: int, fingerprint: str, suffix: str) -> str:
    return f"commissions/{commission_id}/refs/{fingerprint}{suffix}"


def already_stored(key: str) -> bool:
    try:
        s3.head_object(Bucket=settings.COMMISSION_BUCKET, Key=key)
    except s3.exceptions.ClientError:
        return False
    return True


def store_reference_image(commission_id: int, local_path: Path) -> str:
    content_type, _ = mimetypes.guess_type(local_path.name)
    if content_type not in ALLOWED_TYPES:
        raise ValueError(f"unsupported image type: {content_type}")
    key = object_key(commission_id, content_fingerprint(local_path), local_path.suffix.lower())
    if not already_stored(key):
        s3.upload_file(
            str(local_path),
            settings.COMMISSION_BUCKET,
            key,
            ExtraArgs={"ContentType": content_type},
        )
    return key
