"""Content-addressed cache for rendered raster tiles.

Rendered PNG/WebP tiles are stored in S3 under a digest of their bytes so
identical ocean and blank tiles are deduplicated across zoom levels.
"""
import hashlib
from dataclasses import dataclass
from typing import Optional

import boto3

from cartographer.config import settings


@dataclass
class CachedTile:
    layer: str
    z: int
    x: int
    y: int
    digest: str
    content_type: str


class TileCache:
    def __init__(self, bucket: str = settings.TILE_CACHE_BUCKET):
        self.bucket = bucket
        self.s3 = boto3.client("s3", region_name=settings.AWS_REGION)

    @staticmethod
    def fingerprint(payload: bytes) -> str:
        return hashlib.sha256(payload).hexdigest()

    def _blob_key(self, digest: str) -> str:
        return f"blobs/{digest[:2]}/{digest}"

    def store(self, layer: str, z: int, x: int, y: int, payload: bytes,
              content_type: str = "image/png") -> CachedTile:
        digest = self.fingerprint(payload)
        self.s3.put_object(
            Bucket=self.bucket,
            Key=self._blob_key(digest),
            Body=payload,
            ContentType=content_type,
            CacheControl="public, max-age=604800, immutable",
        )
        self.s3.put_object(
            Bucket=self.bucket,
            Key=f"index/{layer}/{z}/{x}/{y}",
            Body=digest.encode("ascii"),
        )
        return CachedTile(layer, z, x, y, digest, content_type)

    def etag_for(self, layer: str, z: int, x: int, y: int) -> Optional[str]:
        try:
            obj = self.s3.get_object(Bucket=self.bucket, Key=f"index/{layer}/{z}/{x}/{y}")
        except self.s3.exceptions.NoSuchKey:
            return None
        return '"%s"' % obj["Body"].read().decode("ascii")
