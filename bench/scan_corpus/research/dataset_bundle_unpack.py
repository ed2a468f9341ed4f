"""Unpack dataset bundles uploaded through the sharing portal.

Collaborators upload a .tar.gz of their dataset; a worker unpacks it into a
staging area, computes checksums and hands it to the catalogue. Staging is
cleaned up if anything fails so half-unpacked datasets never get published.
"""
from __future__ import annotations

import hashlib
import logging
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 200 * 1024**3
MAX_MEMBERS = 500_000


@dataclass
class UnpackedDataset:
    root: Path
    file_count: int
    total_bytes: int
    checksums: dict[str, str]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def unpack_bundle(bundle: Path, staging_root: Path, upload_id: str) -> UnpackedDataset:
    if bundle.stat().st_size > MAX_BUNDLE_BYTES:
        raise ValueError("bundle exceeds the 200 GiB upload limit")

    dest = staging_root / upload_id
    dest.mkdir(parents=True, exist_ok=False)
    try:
        with tarfile.open(bundle, mode="r:*") as tar:
            members = tar.getmembers()
            if len(members) > MAX_MEMBERS:
                raise ValueError(f"bundle has {len(members)} entries; limit is {MAX_MEMBERS}")
            tar.extractall(dest)

        checksums, total = {}, 0
        for path in sorted(p for p in dest.rglob("*") if p.is_file()):
            rel = path.relative_to(dest).as_posix()
            checksums[rel] = _sha256(path)
            total += path.stat().st_size
    except Exception:
        shutil.rmtree(dest, ignore_errors=True)
        raise

    log.info("unpacked upload %s: %d files, %d bytes", upload_id, len(checksums), total)
    return UnpackedDataset(root=dest, file_count=len(checksums), total_bytes=total, checksums=checksums)
