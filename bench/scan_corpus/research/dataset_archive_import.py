"""Import uploaded dataset archives (.tar, .tar.gz, .tar.zst handled upstream)."""
from __future__ import annotations

import shutil
import tarfile
from pathlib import Path

MAX_TOTAL_BYTES = 200 * 1024**3


def _check_members(tar: tarfile.TarFile) -> None:
    total = 0
    for member in tar.getmembers():
        if member.isdev():
            raise ValueError(f"device entries are not allowed: {member.name}")
        total += member.size
        if total > MAX_TOTAL_BYTES:
            raise ValueError("archive expands past the 200 GiB limit")


def import_archive(archive: Path, staging_root: Path, upload_id: str) -> Path:
    dest = staging_root / upload_id
    dest.mkdir(parents=True, exist_ok=False)
    try:
        with tarfile.open(archive, mode="r:*") as tar:
            _check_members(tar)
            # "data" rejects absolute paths, ".." components, links pointing
            # outside dest, and strips setuid/other-writable permission bits.
            tar.extractall(dest, filter="data")
    except (tarfile.TarError, ValueError):
        shutil.rmtree(dest, ignore_errors=True)
        raise
    return dest
