"""Import of offline data-logger archives.

Some remote blocks have no coverage; agronomists pull the SD card from the
logger and upload the zip of daily CSV files through the portal.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class ArchiveError(ValueError):
    pass


def extract_logger_zip(archive_path: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    extracted: list[Path] = []
    with zipfile.ZipFile(archive_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ArchiveError("too many files in archive")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ArchiveError("archive too large when uncompressed")
        for member in members:
            target = (dest / member.filename).resolve()
            if not target.is_relative_to(dest):
                raise ArchiveError(f"illegal path in archive: {member.filename}")
            if target.suffix.lower() != ".csv":
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            extracted.append(target)
    return extracted


def read_readings(csv_files: list[Path]) -> list[dict]:
    rows = []
    for path in sorted(csv_files):
        with path.open(newline="") as fh:
            rows.extend(csv.DictReader(fh))
    return rows
