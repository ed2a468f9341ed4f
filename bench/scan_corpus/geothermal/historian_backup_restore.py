"""Restores historian archive backups pulled from the offsite backup provider."""
from __future__ import annotations

import logging
import sys
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)


def restore(archive: Path, target_dir: Path) -> list[str]:
    target_dir.mkdir(parents=True, exist_ok=True)
    restored = []
    with tarfile.open(archive, mode="r:*") as tf:
        members = [m for m in tf.getmembers() if m.isfile() or m.isdir()]
        # "data" rejects absolute paths, .. components, links leaving the
        # target and device files
        tf.extractall(target_dir, members=members, filter="data")
        restored = [m.name for m in members if m.isfile()]
    log.info("restored %d files from %s into %s", len(restored), archive.name, target_dir)
    return restored


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if len(sys.argv) != 3:
        sys.exit("usage: historian_backup_restore.py ARCHIVE TARGET_DIR")
    restore(Path(sys.argv[1]), Path(sys.argv[2]))
