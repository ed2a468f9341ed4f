"""Checksums for photos attached to sharpening mail-in intake.

When a parcel arrives the bench clerk photographs the blade edge before
work starts. Photos are deduplicated by content digest so that a clerk
re-uploading the same image does not create a second record.
"""
import hashlib
from pathlib import Path
from typing import BinaryIO

import boto3

from scythesmith.config import settings
from scythesmith.models import IntakePhoto

CHUNK_SIZE = 1024 * 1024

_s3 = boto3.client("s3", region_name=settings.AWS_REGION)


def content_digest(stream: BinaryIO) -> str:
    hasher = hashlib.sha256()
    for chunk in iter(lambda: stream.read(CHUNK_SIZE), b""):
        hasher.update(chunk)
    stream.seek(0)
    return hasher.hexdigest()


def object_key_for(ticket_number: str, digest: str, suffix: str) -> str:
    return f"intake/{ticket_number}/{digest[:2]}/{digest}{suffix}"


def store_intake_photo(ticket_number: str, upload_path: Path) -> IntakePhoto:
    with upload_path.open("rb") as fh:
        digest = content_digest(fh)
        existing = IntakePhoto.objects.filter(ticket_number=ticket_number, sha256=digest).first()
        if existing is not None:
            return existing
        key = object_key_for(ticket_number, digest, upload_path.suffix.lower())
        _s3.upload_fileobj(
            fh,
            settings.INTAKE_BUCKET,
            key,
            ExtraArgs={"ContentType": "image/jpeg", "ChecksumAlgorithm": "SHA256"},
        )
    return IntakePhoto.objects.create(
        ticket_number=ticket_number,
        sha256=digest,
        s3_key=key,
        size_bytes=upload_path.stat().st_size,
    )
