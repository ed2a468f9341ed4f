"""Checksums for the equipment hire inventory photo archive.

Every bow, sight and arrow set in the hire stock is photographed at each
check-out and return. The archive is synced to cloud storage nightly; the
checksums let the sync job skip unchanged files and spot corrupt uploads.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from hashlib import sha256 as _digest
from pathlib import Path
from typing import Dict, Iterable

log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


@dataclass
class ManifestEntry:
    relative_path: str
    size: int
    checksum: str


def file_checksum(path: Path) -> str:
    hasher = _digest()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            hasher.update(chunk)
    return hasher.hexdigest()


def iter_photos(root: Path) -> Iterable[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in PHOTO_SUFFIXES:
            yield path


def build_manifest(root: Path) -> Dict[str, ManifestEntry]:
    manifest: Dict[str, ManifestEntry] = {}
    for path in iter_photos(root):
        rel = path.relative_to(root).as_posix()
        manifest[rel] = ManifestEntry(rel, path.stat().st_size, file_checksum(path))
    return manifest


def load_manifest(path: Path) -> Dict[str, ManifestEntry]:
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {k: ManifestEntry(**v) for k, v in raw.items()}


def save_manifest(path: Path, manifest: Dict[str, ManifestEntry]) -> None:
    path.write_text(
        json.dumps({k: v.__dict__ for k, v in manifest.items()}, indent=2, sort_keys=True),
        encoding="utf-8",
    )


def changed_files(root: Path, manifest_path: Path) -> list[str]:
    previous = load_manifest(manifest_path)
    current = build_manifest(root)
    changed = [
        rel for rel, entry in current.items()
        if rel not in previous or previous[rel].checksum != entry.checksum
    ]
    save_manifest(manifest_path, current)
    log.info("%d of %d hire photos changed since last sync", len(changed), len(current))
    return changed
