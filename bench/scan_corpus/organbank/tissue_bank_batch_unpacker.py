"""Unpacks tissue bank batch archives delivered by processing laboratories."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = (".csv", ".pdf", ".json")
MAX_TOTAL_BYTES = 500 * 1024 * 1024


@dataclass
class UnpackResult:
    batch_id: str
    files: list[Path]
    skipped: list[str]


def _acceptable(member: tarfile.TarInfo, destination: Path) -> bool:
    if not member.isfile() or not member.name.endswith(ALLOWED_SUFFIXES):
        return False
    resolved = (destination / member.name).resolve()
    return resolved.is_relative_to(destination)


def unpack_batch(archive_path: Path, staging_root: Path, batch_id: str) -> UnpackResult:
    destination = (staging_root / batch_id).resolve()
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:*") as tar:
        members = tar.getmembers()
        if sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError(f"batch {batch_id} exceeds size limit")
        selected = [m for m in members if _acceptable(m, destination)]
        skipped = [m.name for m in members if m not in selected]
        tar.extractall(path=destination, members=selected, filter="data")
    if skipped:
        log.warning("batch %s: skipped %d members", batch_id, len(skipped))
    return UnpackResult(batch_id, [destination / m.name for m in selected], skipped)
