"""Prepares the spool directories used by the handheld sync receiver.

The receiver (running as ``wt-sync``) drops incoming batches into ``incoming``;
the import worker and the photo converter, which run under their own service
accounts, move them through ``processing`` to ``done`` or ``failed``.
"""
import logging
import os
import shutil
import stat
import time
from pathlib import Path

from wheeltapper.config import settings

log = logging.getLogger(__name__)

SPOOL_ROOT = Path(settings.SYNC_SPOOL_ROOT)
SPOOL_SUBDIRS = ("incoming", "processing", "done", "failed")
RETENTION_DAYS = 14


def prepare_spool(root: Path = SPOOL_ROOT) -> dict[str, Path]:
    paths = {}
    for name in SPOOL_SUBDIRS:
        path = root / name
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
        paths[name] = path
    log.info("spool ready under %s", root)
    return paths


def purge_done(root: Path = SPOOL_ROOT, days: int = RETENTION_DAYS) -> int:
    cutoff = time.time() - days * 86400
    removed = 0
    for entry in (root / "done").iterdir():
        if entry.stat().st_mtime < cutoff:
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed += 1
    return removed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    prepare_spool()
    log.info("purged %d old batches", purge_done())
