"""Import a season archive exported from the old league management software.

Secretaries upload a .zip containing one CSV per league plus the bowler
photos; we unpack it into a staging folder and then load the CSVs.
"""
from __future__ import annotations

import csv
import shutil
import tempfile
import zipfile
from pathlib import Path

from .loader import load_league_csv

STAGING_ROOT = Path("/var/lib/leagues/staging")
MAX_ARCHIVE_BYTES = 200 * 1024 * 1024


class ArchiveImportError(Exception):
    pass


def _unpack(upload_path: Path, dest: Path) -> list[Path]:
    if upload_path.stat().st_size > MAX_ARCHIVE_BYTES:
        raise ArchiveImportError("archive too large")
    with zipfile.ZipFile(upload_path) as zf:
        bad = zf.testzip()
        if bad is not None:
            raise ArchiveImportError(f"corrupt member {bad}")
        zf.extractall(dest)
    return sorted(dest.rglob("*.csv"))


def import_season(upload_path: Path, season_id: int) -> dict[str, int]:
    STAGING_ROOT.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=f"season{season_id}-", dir=STAGING_ROOT))
    try:
        counts = {}
        for csv_path in _unpack(upload_path, workdir):
            with csv_path.open(newline="", encoding="utf-8-sig") as fh:
                counts[csv_path.stem] = load_league_csv(season_id, csv.DictReader(fh))
        return counts
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
