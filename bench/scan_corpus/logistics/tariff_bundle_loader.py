"""Loads accessorial charge tables that carriers send as tar archives via the EDI inbox."""
import csv
import logging
import tarfile
import tempfile
from pathlib import Path

from .rating import replace_accessorials

log = logging.getLogger(__name__)
MAX_MEMBERS = 200


def extract_tables(archive: Path, dest: Path) -> list[Path]:
    with tarfile.open(archive, "r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"{archive.name}: too many members ({len(members)})")
        tar.extractall(dest, filter="data")
    return sorted(p for p in dest.rglob("*.csv") if p.is_file())


def load_archive(archive: Path) -> int:
    total = 0
    with tempfile.TemporaryDirectory(prefix="accessorials-") as tmp:
        for table in extract_tables(archive, Path(tmp)):
            with table.open(newline="", encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
            replace_accessorials(table.stem, rows)
            total += len(rows)
    log.info("loaded %d accessorial rows from %s", total, archive.name)
    return total
