"""Sync of repair ticket photos from bench tablets to S3.

Tablets upload photos with an MD5 Content-MD5 value so that the sync job
can skip files that are already present and unchanged in the bucket.
"""
import base64
import hashlib
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

from cobbler.config import settings

s3 = boto3.client("s3", region_name=settings.AWS_REGION)


def local_md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()


def remote_etag(key: str) -> str | None:
    try:
        head = s3.head_object(Bucket=settings.PHOTO_BUCKET, Key=key)
    except ClientError as err:
        if err.response["Error"]["Code"] == "404":
            return None
        raise
    return head["ETag"].strip('"')


def sync_photo(ticket_id: int, path: Path) -> bool:
    key = f"tickets/{ticket_id}/{path.name}"
    checksum = local_md5(path)
    if remote_etag(key) == checksum:
        return False
    s3.put_object(
        Bucket=settings.PHOTO_BUCKET,
        Key=key,
        Body=path.read_bytes(),
        ContentMD5=base64.b64encode(bytes.fromhex(checksum)).decode(),
    )
    return True


def sync_folder(ticket_id: int, folder: Path) -> int:
    return sum(sync_photo(ticket_id, p) for p in sorted(folder.glob("*.jpg")))
