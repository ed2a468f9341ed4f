"""Unpacks document archives (certificates, invoices, warranties) that
contractors upload when closing out a work order."""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 200 * 1024 * 1024


def unpack_closeout_archive(archive: Path, work_order_dir: Path) -> list[Path]:
    dest = work_order_dir / "closeout"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile()]
        if len(members) > MAX_MEMBERS:
            raise ValueError("archive has too many files")
        if sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("archive too large")
        tar.extractall(path=dest, members=members, filter="data")
    files = sorted(p for p in dest.rglob("*") if p.is_file())
    log.info("unpacked %d closeout documents into %s", len(files), dest)
    return files
