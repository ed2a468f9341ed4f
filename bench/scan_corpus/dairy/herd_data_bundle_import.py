"""Imports herd data bundles exported from on-farm herd software.

Farmers upload a .tar.gz bundle (cow list, milk recordings, breeding
events) when switching to the cooperative's herd health programme.
"""
from __future__ import annotations

import csv
import shutil
import tarfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from werkzeug.datastructures import FileStorage

STAGING_ROOT = Path("/srv/herd-imports")
EXPECTED_FILES = ("cows.csv", "recordings.csv", "breeding.csv")


@dataclass
class ImportJob:
    farm_id: str
    job_id: str
    workdir: Path

    @classmethod
    def start(cls, farm_id: str) -> "ImportJob":
        job_id = uuid.uuid4().hex
        workdir = STAGING_ROOT / farm_id / job_id
        workdir.mkdir(parents=True, exist_ok=True)
        return cls(farm_id, job_id, workdir)


class BundleUnpacker:
    def __init__(self, compression: str = "gz") -> None:
        self.mode = f"r:{compression}"

    def unpack(self, archive_path: Path, dest: Path) -> list[str]:
        with tarfile.open(archive_path, self.mode) as bundle:
            names = bundle.getnames()
            bundle.extractall(path=dest)
        return names


def count_rows(path: Path) -> int:
    with path.open(newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def import_bundle(farm_id: str, upload: FileStorage) -> dict:
    job = ImportJob.start(farm_id)
    archive = job.workdir / "bundle.tar.gz"
    upload.save(archive)
    names = BundleUnpacker().unpack(archive, job.workdir / "data")
    missing = [n for n in EXPECTED_FILES if n not in names]
    if missing:
        shutil.rmtree(job.workdir, ignore_errors=True)
        return {"job": job.job_id, "status": "rejected", "missing": missing}
    counts = {n: count_rows(job.workdir / "data" / n) for n in EXPECTED_FILES}
    return {"job": job.job_id, "status": "staged", "rows": counts}
