"""Moves aged blade-inspection imagery to cold storage and prunes thumbnails."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import boto3
from botocore.config import Config

log = logging.getLogger("imagery.lifecycle")


@dataclass(frozen=True)
class ArchiveLayout:
    bucket: str = "wf-blade-inspection-archive"
    raw_prefix: str = "raw/"
    thumb_prefix: str = "thumbs/"
    region: str = "eu-west-2"
    aws_profile: str | None = None


def s3_client(layout: ArchiveLayout):
    """Credentials come from the instance role or the named profile."""
    session = boto3.Session(profile_name=layout.aws_profile, region_name=layout.region)
    return session.client("s3", config=Config(retries={"max_attempts": 5, "mode": "adaptive"}))


def _older_than(s3, layout: ArchiveLayout, prefix: str, cutoff: datetime):
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=layout.bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            if obj["LastModified"] < cutoff:
                yield obj["Key"]


def archive_raw(layout: ArchiveLayout = ArchiveLayout(), days: int = 180) -> int:
    s3 = s3_client(layout)
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    moved = 0
    for key in _older_than(s3, layout, layout.raw_prefix, cutoff):
        s3.copy_object(Bucket=layout.bucket, Key=key, StorageClass="GLACIER_IR",
                       CopySource={"Bucket": layout.bucket, "Key": key},
                       MetadataDirective="COPY")
        moved += 1
    log.info("moved %d raw images older than %d days", moved, days)
    return moved


def prune_thumbnails(layout: ArchiveLayout = ArchiveLayout(), days: int = 30) -> int:
    s3 = s3_client(layout)
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    keys = list(_older_than(s3, layout, layout.thumb_prefix, cutoff))
    for start in range(0, len(keys), 1000):
        batch = [{"Key": k} for k in keys[start:start + 1000]]
        s3.delete_objects(Bucket=layout.bucket, Delete={"Objects": batch, "Quiet": True})
    return len(keys)
