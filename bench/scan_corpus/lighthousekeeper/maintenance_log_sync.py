"""Mirrors maintenance log attachments into S3 for the trust's off-site archive.

Each object carries the SHA-256 of its content in metadata so the nightly
job can skip files that have not changed since the last run.
"""
import hashlib
import logging
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

from lighthousekeeper.settings import settings

log = logging.getLogger(__name__)
s3 = boto3.client("s3", region_name=settings.AWS_REGION)
BUCKET = settings.MAINTENANCE_ARCHIVE_BUCKET


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def remote_checksum(key: str) -> str | None:
    try:
        head = s3.head_object(Bucket=BUCKET, Key=key)
    except ClientError:
        return None
    return head.get("Metadata", {}).get("sha256")


def sync_attachment(path: Path, key: str) -> bool:
    local = file_sha256(path)
    if remote_checksum(key) == local:
        return False
    s3.upload_file(str(path), BUCKET, key, ExtraArgs={"Metadata": {"sha256": local}})
    log.info("archived %s as s3://%s/%s", path.name, BUCKET, key)
    return True


def sync_directory(root: Path) -> int:
    uploaded = 0
    for path in sorted(root.rglob("*")):
        if path.is_file():
            key = f"maintenance-logs/{path.relative_to(root).as_posix()}"
            uploaded += sync_attachment(path, key)
    return uploaded
