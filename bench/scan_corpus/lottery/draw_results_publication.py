"""Publish certified draw results files to the public results mirror.

Each results file is accompanied by a manifest listing its checksum so
that media partners can confirm the download is complete and unaltered
(the authenticity signature is handled separately by draw operations).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import boto3


@dataclass(frozen=True)
class PublishedFile:
    key: str
    size: int
    sha256: str


class ManifestSettings:
    digest_name = "sha256"
    chunk_size = 1 << 20


def file_digest(path: Path, settings: type[ManifestSettings] = ManifestSettings) -> str:
    digest = hashlib.new(settings.digest_name)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(settings.chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


class ResultsPublisher:
    def __init__(self, bucket: str | None = None) -> None:
        self.bucket = bucket or os.environ["RESULTS_BUCKET"]
        self._s3 = boto3.client("s3")

    def publish(self, game: str, draw_number: int, files: list[Path]) -> list[PublishedFile]:
        published = []
        prefix = f"results/{game}/{draw_number}"
        for path in files:
            key = f"{prefix}/{path.name}"
            checksum = file_digest(path)
            self._s3.upload_file(
                str(path), self.bucket, key,
                ExtraArgs={"Metadata": {"sha256": checksum}, "ContentType": "text/csv"},
            )
            published.append(PublishedFile(key, path.stat().st_size, checksum))
        manifest = {"game": game, "draw": draw_number, "files": [p.__dict__ for p in published]}
        self._s3.put_object(
            Bucket=self.bucket,
            Key=f"{prefix}/manifest.json",
            Body=json.dumps(manifest, indent=2).encode(),
            ContentType="application/json",
        )
        return published
