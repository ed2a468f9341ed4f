"""Unpacks project bundles uploaded by clients (source files + reference material)."""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 5_000
MAX_TOTAL_BYTES = 2 * 1024**3


class BundleRejected(Exception):
    pass


def unpack_bundle(archive: Path, dest: Path) -> list[str]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise BundleRejected(f"{archive.name}: too many entries ({len(members)})")
        total = sum(m.size for m in members if m.isfile())
        if total > MAX_TOTAL_BYTES:
            raise BundleRejected(f"{archive.name}: unpacked size too large")
        try:
            tar.extractall(path=dest, filter="data")
        except tarfile.FilterError as exc:
            raise BundleRejected(f"{archive.name}: {exc}") from exc
    names = [m.name for m in members if m.isfile()]
    log.info("unpacked %d files from %s", len(names), archive.name)
    return names
