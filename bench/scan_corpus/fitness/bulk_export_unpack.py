"""Unpacks full-account export archives uploaded by athletes.

Suunto / Coros / TrainingPeaks "download my data" archives are .tar.gz;
we extract them to a scratch dir and return the activity files inside.
"""
from __future__ import annotations

import tarfile
import tempfile
from pathlib import Path

ACTIVITY_SUFFIXES = {".fit", ".gpx", ".tcx"}
MAX_ARCHIVE_BYTES = 2 * 1024**3
MAX_MEMBERS = 50_000


def unpack_export(archive_path: Path) -> tuple[Path, list[Path]]:
    if archive_path.stat().st_size > MAX_ARCHIVE_BYTES:
        raise ValueError("archive exceeds size limit")
    workdir = Path(tempfile.mkdtemp(prefix="acct-import-"))
    with tarfile.open(archive_path, "r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError("archive has too many entries")
        tar.extractall(path=workdir, members=members, filter="data")
    files = sorted(
        p for p in workdir.rglob("*")
        if p.is_file() and p.suffix.lower() in ACTIVITY_SUFFIXES
    )
    return workdir, files
