"""Import batches of surf-photo tarballs uploaded by contracted beach photographers."""
from __future__ import annotations

import logging
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

import boto3

log = logging.getLogger("photos.import")

STAGING_ROOT = Path(os.environ.get("PHOTO_STAGING", "/srv/photos/staging"))
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


@dataclass
class BatchJob:
    bucket: str
    key: str
    photographer_id: str

    @property
    def batch_name(self) -> str:
        return Path(self.key).name.split(".")[0]


class PhotoBatchImporter:
    def __init__(self, s3=None) -> None:
        self.s3 = s3 or boto3.client("s3")

    def _download(self, job: BatchJob) -> Path:
        local = STAGING_ROOT / "archives" / f"{job.batch_name}.tar.gz"
        local.parent.mkdir(parents=True, exist_ok=True)
        self.s3.download_file(job.bucket, job.key, str(local))
        return local

    def _unpack(self, archive: Path, dest: Path) -> None:
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, mode="r:*") as tar:
            members = [m for m in tar.getmembers() if m.isfile() or m.isdir()]
            tar.extractall(path=dest, members=members)

    def run(self, job: BatchJob) -> List[Path]:
        archive = self._download(job)
        dest = STAGING_ROOT / job.photographer_id / job.batch_name
        self._unpack(archive, dest)
        photos = [p for p in dest.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES]
        log.info("batch %s from %s: %d photos", job.batch_name, job.photographer_id, len(photos))
        archive.unlink(missing_ok=True)
        return photos


def handle_s3_event(event: dict, _context: object = None) -> int:
    importer = PhotoBatchImporter()
    total = 0
    for record in event.get("Records", []):
        bucket = record["s3"]["bucket"]["name"]
        key = record["s3"]["object"]["key"]
        photographer = key.split("/")[1] if key.count("/") >= 2 else "unknown"
        total += len(importer.run(BatchJob(bucket, key, photographer)))
    return total
