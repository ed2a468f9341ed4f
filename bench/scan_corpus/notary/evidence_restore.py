"""Restores an evidence archive for a records request or audit.

Archives come back from cold storage or, for transfers between platforms,
from the previous provider.
"""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)


def restore_archive(archive: Path, dest_root: Path, session_id: str) -> list[Path]:
    dest = dest_root / session_id
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tf:
        members = [m for m in tf.getmembers() if m.isfile() or m.isdir()]
        tf.extractall(path=dest, members=members, filter="data")
    restored = sorted(p for p in dest.rglob("*") if p.is_file())
    log.info("restored %d files for session %s", len(restored), session_id)
    return restored
