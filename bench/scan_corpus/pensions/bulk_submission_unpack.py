"""Unpack bulk contribution submissions from payroll bureaux.

Bureaux that run payroll for many employers send a single .tar.gz per month
over the employer portal, holding one CSV schedule per employer.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_ARCHIVE_BYTES = 200 * 1024 * 1024


def unpack_submission(archive_path: Path, work_root: Path) -> list[Path]:
    if archive_path.stat().st_size > MAX_ARCHIVE_BYTES:
        raise ValueError("submission archive too large")
    dest = work_root / archive_path.name.split(".")[0]
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:*") as tar:
        tar.extractall(dest)
    schedules = sorted(dest.rglob("*.csv"))
    log.info("unpacked %d schedules from %s", len(schedules), archive_path.name)
    return schedules


def process_submission(archive_path: Path, work_root: Path, importer) -> int:
    count = 0
    for csv_path in unpack_submission(archive_path, work_root):
        importer.import_schedule(csv_path)
        count += 1
    return count
