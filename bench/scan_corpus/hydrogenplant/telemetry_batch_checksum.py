"""Uploads hourly electrolyser telemetry batches to S3 with an end-to-end checksum manifest."""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, asdict
from pathlib import Path
from typing import Iterable

import boto3

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BatchEntry:
    key: str
    size: int
    sha256_hex: str


def file_digest(path: Path) -> bytes:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.digest()


class BatchUploader:
    """Pushes parquet batches and a manifest so the data lake can verify completeness."""

    def __init__(self, bucket: str, prefix: str = "telemetry/electrolyser") -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.s3 = boto3.client("s3")

    def _key(self, hour_tag: str, path: Path) -> str:
        return f"{self.prefix}/{hour_tag}/{path.name}"

    def upload_one(self, hour_tag: str, path: Path) -> BatchEntry:
        digest = file_digest(path)
        key = self._key(hour_tag, path)
        with path.open("rb") as fh:
            self.s3.put_object(
                Bucket=self.bucket,
                Key=key,
                Body=fh,
                ChecksumSHA256=base64.b64encode(digest).decode("ascii"),
            )
        return BatchEntry(key=key, size=path.stat().st_size, sha256_hex=digest.hex())

    def upload_hour(self, hour_tag: str, files: Iterable[Path]) -> str:
        entries = [self.upload_one(hour_tag, p) for p in sorted(files)]
        manifest_key = f"{self.prefix}/{hour_tag}/_manifest.json"
        self.s3.put_object(
            Bucket=self.bucket,
            Key=manifest_key,
            Body=json.dumps({"hour": hour_tag, "files": [asdict(e) for e in entries]}).encode(),
            ContentType="application/json",
        )
        return manifest_key
