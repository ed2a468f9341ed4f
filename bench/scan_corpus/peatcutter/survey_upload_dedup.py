"""Deduplication of drone imagery uploads.

Pilots often re-upload the same orthomosaic tiles when a flight sync is
interrupted in the field. Before storing a tile in the imagery bucket we
fingerprint its contents and skip tiles already stored for the site.
"""

import hashlib
import logging
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024


class ImageryDeduplicator:
    def __init__(self, bucket: str, s3_client=None):
        self.bucket = bucket
        self.s3 = s3_client or boto3.client("s3")

    @staticmethod
    def content_hash(path: Path) -> str:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
                digest.update(chunk)
        return digest.hexdigest()

    @staticmethod
    def object_key(site_code: str, digest: str, suffix: str) -> str:
        return f"imagery/{site_code}/{digest[:2]}/{digest}{suffix}"

    def exists(self, key: str) -> bool:
        try:
            self.s3.head_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if exc.response["Error"]["Code"] in ("404", "NoSuchKey"):
                return False
            raise
        return True

    def store_tile(self, site_code: str, tile_path: Path) -> str:
        digest = self.content_hash(tile_path)
        key = self.object_key(site_code, digest, tile_path.suffix.lower())
        if self.exists(key):
            log.info("Tile %s already stored as %s, skipping", tile_path.name, key)
            return key
        self.s3.upload_file(
            str(tile_path),
            self.bucket,
            key,
            ExtraArgs={"Metadata": {"sha256": digest, "site": site_code, "original": tile_path.name}},
        )
        log.info("Stored tile %s for site %s", tile_path.name, site_code)
        return key

    def store_flight(self, site_code: str, flight_dir: Path) -> list[str]:
        return [self.store_tile(site_code, p) for p in sorted(flight_dir.glob("*.tif"))]
