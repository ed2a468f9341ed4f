"""On-disk layout of the build cache and its maintenance helpers."""
import os
import shutil
import time
from pathlib import Path

DIR_MODE = 0o750
FILE_MODE = 0o640
PROCESS_UMASK = 0o027
SUBDIRS = ("cas", "ac", "tmp", "quarantine")


def init_layout(root: Path) -> None:
    os.umask(PROCESS_UMASK)
    for sub in SUBDIRS:
        path = root / sub
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(path, DIR_MODE)


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def evict_older_than(root: Path, max_age_days: float) -> int:
    cutoff = time.time() - max_age_days * 86400
    removed = 0
    for entry in (root / "cas").rglob("*"):
        if entry.is_file() and entry.stat().st_atime < cutoff:
            entry.unlink(missing_ok=True)
            removed += 1
    return removed


def reset_tmp(root: Path) -> None:
    shutil.rmtree(root / "tmp", ignore_errors=True)
    (root / "tmp").mkdir(mode=DIR_MODE)
