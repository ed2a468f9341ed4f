"""Restores archived forecast model runs from tarballs kept in cold storage."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

import boto3

log = logging.getLogger(__name__)


@dataclass
class ArchiveLocation:
    bucket: str
    key: str


class ForecastArchiveRestorer:
    extraction_filter = "data"

    def __init__(self, work_dir: Path, s3_client=None) -> None:
        self.work_dir = work_dir
        self.s3 = s3_client or boto3.client("s3")

    def _download(self, loc: ArchiveLocation) -> Path:
        local = self.work_dir / Path(loc.key).name
        self.s3.download_file(loc.bucket, loc.key, str(local))
        return local

    def restore(self, loc: ArchiveLocation, run_id: str) -> List[str]:
        archive = self._download(loc)
        dest = self.work_dir / run_id
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, "r:gz") as tar:
            members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".grb2")]
            tar.extractall(dest, members=members, filter=self.extraction_filter)
        log.info("restored %d model files for run %s", len(members), run_id)
        archive.unlink(missing_ok=True)
        return [m.name for m in members]
