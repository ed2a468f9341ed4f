"""Syncs before/after restoration photos from the technician app to S3.

The app sends a manifest with the SHA-256 of each photo it captured; the
server recomputes it after upload so truncated mobile uploads are retried.
"""
import hashlib
import logging
from dataclasses import dataclass

import boto3

from pianotuner.settings import settings

log = logging.getLogger(__name__)
s3 = boto3.client("s3", region_name=settings.aws_region)


@dataclass
class PhotoManifestEntry:
    object_key: str
    sha256: str
    size: int


def _s3_sha256(key: str) -> str:
    digest = hashlib.sha256()
    body = s3.get_object(Bucket=settings.photo_bucket, Key=key)["Body"]
    for chunk in iter(lambda: body.read(1 << 16), b""):
        digest.update(chunk)
    return digest.hexdigest()


def verify_entry(entry: PhotoManifestEntry) -> bool:
    head = s3.head_object(Bucket=settings.photo_bucket, Key=entry.object_key)
    if head["ContentLength"] != entry.size:
        return False
    return _s3_sha256(entry.object_key) == entry.sha256.lower()


def reconcile(job_id: int, manifest: list) -> dict:
    entries = [PhotoManifestEntry(**item) for item in manifest]
    missing, corrupt, ok = [], [], []
    for entry in entries:
        try:
            good = verify_entry(entry)
        except s3.exceptions.NoSuchKey:
            missing.append(entry.object_key)
            continue
        (ok if good else corrupt).append(entry.object_key)
    log.info("restoration job %s: %d ok, %d corrupt, %d missing", job_id, len(ok), len(corrupt), len(missing))
    return {"ok": ok, "retry": corrupt + missing}
