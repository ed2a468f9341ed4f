"""Checksums for client fitting videos so re-uploads of the same clip are deduplicated."""
import hashlib
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

from hatter.config import settings

CHUNK_SIZE = 1024 * 1024

s3 = boto3.client("s3", region_name=settings.AWS_REGION)


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            h.update(chunk)
    return h.hexdigest()


def object_key_for(client_id: int, path: Path) -> str:
    digest = file_digest(path)
    return f"fittings/{client_id}/{digest}{path.suffix.lower()}"


def already_stored(key: str) -> bool:
    try:
        s3.head_object(Bucket=settings.FITTING_VIDEO_BUCKET, Key=key)
    except ClientError as exc:
        if exc.response["Error"]["Code"] == "404":
            return False
        raise
    return True


def store_fitting_video(client_id: int, path: Path) -> str:
    key = object_key_for(client_id, path)
    if already_stored(key):
        return key
    s3.upload_file(
        str(path),
        settings.FITTING_VIDEO_BUCKET,
        key,
        ExtraArgs={"ContentType": "video/mp4", "Metadata": {"client-id": str(client_id)}},
    )
    return key
