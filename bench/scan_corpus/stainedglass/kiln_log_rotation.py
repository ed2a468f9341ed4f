"""Rotates and compresses the kiln firing logs written by the telemetry daemon.

Old logs are gzipped into a shared archive folder that the glass painters'
workstation reads when they review past firing curves.
"""
from __future__ import annotations

import gzip
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

LIVE_DIR = Path("/var/log/kilns")
ARCHIVE_DIR = Path("/srv/studio/shared/firing-archive")


class ArchivePolicy:
    keep_days = 2
    purge_after_days = 365
    file_mode = 0o666


def _stamp(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y%m%d-%H%M")


def compress(src: Path, dest_dir: Path, mode: int = ArchivePolicy.file_mode) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{src.stem}-{_stamp(src)}.log.gz"
    with src.open("rb") as fin, gzip.open(target, "wb", compresslevel=6) as fout:
        shutil.copyfileobj(fin, fout)
    os.chmod(target, mode)
    return target


class FiringLogRotator:
    def __init__(self, live: Path = LIVE_DIR, archive: Path = ARCHIVE_DIR, policy=ArchivePolicy) -> None:
        self.live = live
        self.archive = archive
        self.policy = policy

    def _stale(self, path: Path, days: int) -> bool:
        cutoff = datetime.now() - timedelta(days=days)
        return datetime.fromtimestamp(path.stat().st_mtime) < cutoff

    def rotate(self) -> list[Path]:
        moved = []
        for log_file in sorted(self.live.glob("kiln-*.log")):
            if self._stale(log_file, self.policy.keep_days):
                moved.append(compress(log_file, self.archive))
                log_file.unlink()
        return moved

    def purge(self) -> int:
        removed = 0
        for gz in self.archive.glob("*.log.gz"):
            if self._stale(gz, self.policy.purge_after_days):
                gz.unlink()
                removed += 1
        return removed


if __name__ == "__main__":
    rotator = FiringLogRotator()
    archived = rotator.rotate()
    print(f"archived {len(archived)} logs, purged {rotator.purge()}")
