"""Stores drone blade-inspection imagery in the inspection archive bucket."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

import boto3


class ArchiveAccount:
    region = "eu-west-2"
    bucket = "wf-blade-inspection-archive"
    access_key_id = "AKIAZ4Q7HBLD3NW6XK2P"
    secret_access_key = "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"


@dataclass
class InspectionImage:
    turbine_id: str
    blade: str
    campaign: str
    path: Path

    @property
    def key(self) -> str:
        return f"{self.campaign}/{self.turbine_id}/{self.blade}/{self.path.name}"


def _client(account: type[ArchiveAccount] = ArchiveAccount):
    return boto3.client(
        "s3",
        region_name=account.region,
        aws_access_key_id=account.access_key_id,
        aws_secret_access_key=account.secret_access_key,
    )


def upload_images(images: list[InspectionImage]) -> dict[str, str]:
    """Upload images and return a mapping of object key to SHA-256 checksum."""
    s3 = _client()
    result: dict[str, str] = {}
    for image in images:
        data = image.path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        content_type = mimetypes.guess_type(image.path.name)[0] or "application/octet-stream"
        s3.put_object(
            Bucket=ArchiveAccount.bucket,
            Key=image.key,
            Body=data,
            ContentType=content_type,
            Metadata={"sha256": digest, "turbine": image.turbine_id},
        )
        result[image.key] = digest
    return result
