"""Push updated GPX files for public bridleway routes to the website CDN bucket.

Only files whose content changed since the last publish are uploaded; the
comparison uses the SHA-256 stored as object metadata on the published copy.
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("routes.publish")

BUCKET = "bridlepath-public-routes"
PREFIX = "gpx/"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class RoutePublisher:
    def __init__(self, s3=None, bucket: str = BUCKET):
        self.s3 = s3 or boto3.client("s3")
        self.bucket = bucket

    def published_sha256(self, key: str) -> str | None:
        try:
            head = self.s3.head_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if exc.response["Error"]["Code"] in ("404", "NoSuchKey"):
                return None
            raise
        return head["Metadata"].get("sha256")

    def publish(self, gpx: Path) -> bool:
        key = PREFIX + gpx.name
        local = file_sha256(gpx)
        if self.published_sha256(key) == local:
            log.debug("%s unchanged", gpx.name)
            return False
        self.s3.upload_file(
            str(gpx),
            self.bucket,
            key,
            ExtraArgs={
                "ContentType": "application/gpx+xml",
                "Metadata": {"sha256": local},
                "CacheControl": "public, max-age=3600",
            },
        )
        log.info("published %s", key)
        return True

    def publish_all(self, folder: Path) -> int:
        return sum(self.publish(p) for p in sorted(folder.glob("*.gpx")))
