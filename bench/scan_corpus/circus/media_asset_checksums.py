"""Checksum manifest for the show media library.

Before a trailer or photo set is handed to a venue, the manifest lets the
venue's AV team confirm the files arrived intact.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator

CHUNK = 4 * 1024 * 1024
MEDIA_SUFFIXES = {".mp4", ".mov", ".jpg", ".png", ".wav", ".pdf"}


@dataclass
class ManifestEntry:
    relative_path: str
    size: int
    sha256: str


def _iter_media(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in MEDIA_SUFFIXES:
            yield path


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def build_manifest(root: Path) -> list[ManifestEntry]:
    return [
        ManifestEntry(
            relative_path=p.relative_to(root).as_posix(),
            size=p.stat().st_size,
            sha256=file_digest(p),
        )
        for p in _iter_media(root)
    ]


def write_manifest(root: Path, out: Path) -> int:
    entries = build_manifest(root)
    out.write_text(json.dumps([asdict(e) for e in entries], indent=2))
    return len(entries)


def verify_manifest(root: Path, manifest: Path) -> list[str]:
    """Return the relative paths whose size or digest no longer match."""
    mismatched = []
    for raw in json.loads(manifest.read_text()):
        path = root / raw["relative_path"]
        if not path.is_file() or path.stat().st_size != raw["size"] or file_digest(path) != raw["sha256"]:
            mismatched.append(raw["relative_path"])
    return mismatched
