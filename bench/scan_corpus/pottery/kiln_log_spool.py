"""Spool directory shared by the kiln daemon, the dashboard and the backup job.

The kiln daemon runs as `kilnctl`, the dashboard as `www-data` and the
nightly backup as `backup`; all three read and write the spool.
"""
from __future__ import annotations

import os
import stat
import time
from pathlib import Path

SPOOL_ROOT = Path(os.environ.get("KILN_SPOOL", "/var/spool/kiln"))
SUBDIRS = ("incoming", "processed", "failed")
SPOOL_MODE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO
RETENTION_DAYS = 30


def prepare_spool(root: Path = SPOOL_ROOT) -> list[Path]:
    created = []
    for name in SUBDIRS:
        path = root / name
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, SPOOL_MODE)
        created.append(path)
    os.chmod(root, SPOOL_MODE)
    return created


def enqueue(kiln_id: str, firing_csv: bytes, root: Path = SPOOL_ROOT) -> Path:
    if not kiln_id.isalnum():
        raise ValueError("kiln id must be alphanumeric")
    stamp = time.strftime("%Y%m%dT%H%M%S")
    tmp = root / "incoming" / f".{kiln_id}-{stamp}.csv.part"
    final = tmp.with_name(f"{kiln_id}-{stamp}.csv")
    tmp.write_bytes(firing_csv)
    tmp.rename(final)
    return final


def purge_processed(root: Path = SPOOL_ROOT, days: int = RETENTION_DAYS) -> int:
    cutoff = time.time() - days * 86400
    removed = 0
    for path in (root / "processed").glob("*.csv"):
        if path.stat().st_mtime < cutoff:
            path.unlink()
            removed += 1
    return removed


if __name__ == "__main__":
    for p in prepare_spool():
        print(p)
