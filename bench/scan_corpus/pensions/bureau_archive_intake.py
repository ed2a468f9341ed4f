"""Intake for monthly bureau archives (one CSV schedule per employer)."""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 5000


def extract_archive(archive_path: Path, work_root: Path) -> list[Path]:
    dest = work_root / archive_path.name.split(".")[0]
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".csv")]
        if len(members) > MAX_MEMBERS:
            raise ValueError("too many files in bureau archive")
        tar.extractall(dest, members=members, filter="data")
    schedules = sorted(dest.rglob("*.csv"))
    log.info("extracted %d schedules from %s", len(schedules), archive_path.name)
    return schedules
