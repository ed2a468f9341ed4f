"""Duplicate detection for condition-report photographs.

Conservators often upload the same photo of a damaged spine or foxed
endpaper twice (once from the studio camera, again from a phone). Before a
photo is attached to a condition report we fingerprint it and reuse the
stored copy when it has been seen before.
"""
import hashlib
from dataclasses import dataclass
from pathlib import Path

import boto3

PHOTO_BUCKET = "bindery-condition-photos"
CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredPhoto:
    fingerprint: str
    key: str
    size: int


def fingerprint(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class PhotoLibrary:
    def __init__(self, bucket: str = PHOTO_BUCKET):
        self.bucket = bucket
        self.s3 = boto3.client("s3")

    def _key_for(self, report_id: int, fp: str, suffix: str) -> str:
        return f"reports/{report_id}/{fp}{suffix.lower()}"

    def _exists(self, key: str) -> bool:
        resp = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=key, MaxKeys=1)
        return resp.get("KeyCount", 0) > 0

    def attach(self, report_id: int, photo: Path) -> StoredPhoto:
        fp = fingerprint(photo)
        key = self._key_for(report_id, fp, photo.suffix)
        if not self._exists(key):
            self.s3.upload_file(
                str(photo), self.bucket, key, ExtraArgs={"ContentType": "image/jpeg"}
            )
        return StoredPhoto(fingerprint=fp, key=key, size=photo.stat().st_size)

    def attach_many(self, report_id: int, photos: list[Path]) -> list[StoredPhoto]:
        seen: dict[str, StoredPhoto] = {}
        for photo in photos:
            stored = self.attach(report_id, photo)
            seen.setdefault(stored.fingerprint, stored)
        return list(seen.values())
