"""Unpack ancillary-data bundles (attitude, ephemeris, GCP chips) uploaded by partners."""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".xml", ".txt", ".tif", ".json", ".oem", ".aem"}


def unpack_bundle(archive: Path, dest_root: Path) -> list[Path]:
    dest = dest_root / archive.stem.split(".")[0]
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = [
            m for m in tar.getmembers()
            if m.isfile() and Path(m.name).suffix.lower() in ALLOWED_SUFFIXES
        ]
        tar.extractall(path=dest, members=members, filter="data")
    extracted = sorted(p for p in dest.rglob("*") if p.is_file())
    log.info("unpacked %d ancillary files from %s", len(extracted), archive.name)
    return extracted
