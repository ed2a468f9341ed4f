"""Unpack the ZIP archives field teams upload at the end of a traverse.

An archive bundles GPS tracks, radar profiles and the daily log sheets; the
members are unpacked into a per-traverse folder for the processing pipeline.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("glacierlab.unpack")

MAX_TOTAL_BYTES = 8 * 1024**3


@dataclass
class UnpackResult:
    traverse_id: str
    files: list[str]
    total_bytes: int


class TraverseArchiveUnpacker:
    def __init__(self, work_root: Path) -> None:
        self.work_root = work_root

    def destination(self, traverse_id: str) -> Path:
        if not traverse_id.isalnum():
            raise ValueError("traverse id must be alphanumeric")
        dest = self.work_root / traverse_id
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def unpack(self, archive_path: Path, traverse_id: str) -> UnpackResult:
        dest = self.destination(traverse_id)
        written: list[str] = []
        total = 0
        with zipfile.ZipFile(archive_path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_TOTAL_BYTES:
                raise ValueError("archive expands beyond the allowed size")
            for info in archive.infolist():
                target = os.path.join(dest, info.filename)
                if info.is_dir():
                    os.makedirs(target, exist_ok=True)
                    continue
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with archive.open(info) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                written.append(info.filename)
                total += info.file_size
        log.info("traverse %s: unpacked %d files (%d bytes)", traverse_id, len(written), total)
        return UnpackResult(traverse_id, written, total)


def unpack_pending(inbox: Path, work_root: Path) -> list[UnpackResult]:
    unpacker = TraverseArchiveUnpacker(work_root)
    results = []
    for archive_path in sorted(inbox.glob("*.zip")):
        results.append(unpacker.unpack(archive_path, archive_path.stem))
        archive_path.unlink()
    return results
