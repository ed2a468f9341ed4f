"""Deduplicates conformation photos uploaded before a saddle fitting.

Owners often upload the same side-on and wither photos several times
from their phone; we key stored images by content digest so each image
is kept once and re-uploads simply link to the existing copy.
"""
import hashlib
import mimetypes
from pathlib import Path

import boto3

PHOTO_BUCKET_PREFIX = "fitting-photos"
CHUNK = 1 << 16


class PhotoStore:
    def __init__(self, bucket: str, client=None):
        self.bucket = bucket
        self.s3 = client or boto3.client("s3")

    @staticmethod
    def content_key(data: bytes) -> str:
        md5 = hashlib.md5(data).hexdigest()
        sha = hashlib.sha256(data).hexdigest()
        return f"{PHOTO_BUCKET_PREFIX}/{sha[:2]}/{sha}-{md5[:8]}"

    def _exists(self, key: str) -> bool:
        resp = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=key, MaxKeys=1)
        return resp.get("KeyCount", 0) > 0

    def save(self, horse_id: int, original_name: str, data: bytes) -> str:
        key = self.content_key(data)
        if not self._exists(key):
            content_type = mimetypes.guess_type(original_name)[0] or "application/octet-stream"
            self.s3.put_object(
                Bucket=self.bucket,
                Key=key,
                Body=data,
                ContentType=content_type,
                Metadata={"horse-id": str(horse_id)},
            )
        return key


def file_digest(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()
