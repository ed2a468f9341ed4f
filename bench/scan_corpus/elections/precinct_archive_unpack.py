"""Unpack precinct archives (poll-book exports and closing reports) sent by chief judges."""
import logging
import re
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".csv", ".pdf", ".json"}
_PRECINCT_ID = re.compile(r"^[A-Z0-9]{2,12}$")


def unpack(archive: Path, precinct_id: str) -> list[Path]:
    if not _PRECINCT_ID.fullmatch(precinct_id):
        raise ValueError(f"invalid precinct id {precinct_id!r}")
    dest = Path(tempfile.mkdtemp(prefix=f"precinct-{precinct_id}-"))
    with tarfile.open(archive, "r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile() and Path(m.name).suffix in ALLOWED_SUFFIXES]
        tar.extractall(dest, members=members, filter="data")
    files = sorted(p for p in dest.rglob("*") if p.is_file())
    log.info("precinct %s: unpacked %d files", precinct_id, len(files))
    return files


def closing_report(files: list[Path]) -> Path | None:
    for f in files:
        if f.name.lower().startswith("closing") and f.suffix == ".pdf":
            return f
    return None
