"""Restores archived van route histories from the monthly tarballs in cold storage."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

import boto3

log = logging.getLogger("routes.archive")


@dataclass
class ArchiveLocation:
    bucket: str = "pressandfold-route-archive"
    prefix: str = "monthly/"


class RouteArchiveRestorer:
    def __init__(self, restore_root: Path, location: ArchiveLocation | None = None) -> None:
        self.restore_root = restore_root
        self.location = location or ArchiveLocation()
        self.s3 = boto3.client("s3")

    def _download(self, month: str) -> Path:
        key = f"{self.location.prefix}routes-{month}.tar.gz"
        local = self.restore_root / "_downloads" / Path(key).name
        local.parent.mkdir(parents=True, exist_ok=True)
        self.s3.download_file(self.location.bucket, key, str(local))
        return local

    def restore(self, month: str) -> Path:
        archive = self._download(month)
        dest = self.restore_root / month
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(path=dest, filter="data")
        log.info("Restored route archive %s into %s", month, dest)
        archive.unlink()
        return dest

    def restored_vans(self, month: str) -> list[str]:
        dest = self.restore_root / month
        return sorted(p.stem for p in dest.glob("*/*.geojson"))
