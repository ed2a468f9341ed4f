"""Rotates and compresses raw cave sensor logs kept for hygiene audits."""
from __future__ import annotations

import gzip
import os
import shutil
import stat
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


@dataclass(frozen=True)
class RotationPolicy:
    log_dir: Path = Path("/var/log/cellar/sensors")
    archive_dir: Path = Path("/var/log/cellar/sensors/archive")
    keep_days: int = 730
    file_mode: int = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
    dir_mode: int = 0o750


def _compress(src: Path, dst: Path, mode: int) -> None:
    with src.open("rb") as fin, gzip.open(dst, "wb", compresslevel=6) as fout:
        shutil.copyfileobj(fin, fout)
    os.chmod(dst, mode)


def rotate(policy: RotationPolicy = RotationPolicy(), today: date | None = None) -> list[Path]:
    today = today or date.today()
    policy.archive_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(policy.archive_dir, policy.dir_mode)
    rotated = []
    for log in sorted(policy.log_dir.glob("*.log")):
        stamp = date.fromtimestamp(log.stat().st_mtime)
        if stamp >= today:
            continue
        target = policy.archive_dir / f"{log.stem}-{stamp:%Y%m%d}.log.gz"
        _compress(log, target, policy.file_mode)
        log.unlink()
        rotated.append(target)
    return rotated


def prune(policy: RotationPolicy = RotationPolicy(), today: date | None = None) -> int:
    cutoff = (today or date.today()) - timedelta(days=policy.keep_days)
    removed = 0
    for archive in policy.archive_dir.glob("*.log.gz"):
        if date.fromtimestamp(archive.stat().st_mtime) < cutoff:
            archive.unlink()
            removed += 1
    return removed


if __name__ == "__main__":
    done = rotate()
    gone = prune()
    print(f"rotated {len(done)} logs, pruned {gone} archives")
