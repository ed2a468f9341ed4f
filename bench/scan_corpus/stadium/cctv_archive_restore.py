"""Restores archived CCTV footage from cold storage tarballs.

Footage older than 31 days is packed per camera per day and moved to the
archive bucket; when an investigation needs it, the tarball is fetched and
unpacked into the review workspace.
"""
from __future__ import annotations

import os
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import boto3

ARCHIVE_BUCKET = os.environ.get("CCTV_ARCHIVE_BUCKET", "")
REVIEW_ROOT = Path(os.environ.get("CCTV_REVIEW_ROOT", "/srv/cctv/review"))


@dataclass(frozen=True)
class ArchiveKey:
    camera: str
    day: str

    @property
    def object_key(self) -> str:
        return f"footage/{self.camera}/{self.day}.tar.gz"


def fetch_archive(key: ArchiveKey, workdir: Path) -> Path:
    local = workdir / f"{key.camera}_{key.day}.tar.gz"
    boto3.client("s3").download_file(ARCHIVE_BUCKET, key.object_key, str(local))
    return local


def unpack(tarball: Path, destination: Path) -> list[str]:
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tarball, "r:gz") as archive:
        names = [m.name for m in archive.getmembers() if m.isfile()]
        archive.extractall(destination, filter="data")
    return names


def restore(camera: str, day: str, case_ref: str) -> Path:
    if not case_ref.isalnum():
        raise ValueError("case reference must be alphanumeric")
    key = ArchiveKey(camera, day)
    target = REVIEW_ROOT / case_ref / f"{camera}_{day}"
    with tempfile.TemporaryDirectory(prefix="cctv-restore-") as tmp:
        tarball = fetch_archive(key, Path(tmp))
        unpack(tarball, target)
    return target
