"""Unpack SSIM schedule archives uploaded through the slot coordination portal."""
from __future__ import annotations

import logging
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger("schedules.archive")

ACCEPTED_SUFFIXES = (".ssim", ".csv")
MAX_TOTAL_BYTES = 200 * 1024 * 1024


def unpack_schedule_archive(fileobj, into: Path | None = None) -> list[Path]:
    """Extract an uploaded .tar.gz and return the schedule files it contained."""
    workdir = into or Path(tempfile.mkdtemp(prefix="ssim-"))
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        total = sum(m.size for m in tar.getmembers() if m.isfile())
        if total > MAX_TOTAL_BYTES:
            raise ValueError(f"archive expands to {total} bytes, limit is {MAX_TOTAL_BYTES}")
        tar.extractall(path=workdir, filter="data")
    files = sorted(p for p in workdir.rglob("*") if p.is_file() and p.suffix.lower() in ACCEPTED_SUFFIXES)
    log.info("unpacked %d schedule files into %s", len(files), workdir)
    return files
