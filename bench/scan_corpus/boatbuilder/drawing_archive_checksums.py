"""Integrity manifest for the lines-plan and construction drawings archive.

Each scanned drawing (PDF, TIFF or DXF) gets a SHA-256 checksum so that
duplicate scans can be detected and bit-rot on the archive disk noticed
during the monthly verification run.
"""
from __future__ import annotations

import csv
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)

DRAWING_SUFFIXES = {".pdf", ".tif", ".tiff", ".dxf"}
CHUNK = 1024 * 1024


@dataclass
class ManifestEntry:
    relpath: str
    size: int
    sha256: str


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def walk_drawings(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in DRAWING_SUFFIXES:
            yield path


def build_manifest(root: Path) -> list[ManifestEntry]:
    entries = []
    for path in walk_drawings(root):
        entries.append(
            ManifestEntry(
                relpath=str(path.relative_to(root)),
                size=path.stat().st_size,
                sha256=file_checksum(path),
            )
        )
    return entries


def write_manifest(entries: list[ManifestEntry], target: Path) -> None:
    with target.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["relpath", "size", "sha256"])
        for e in entries:
            writer.writerow([e.relpath, e.size, e.sha256])


def verify_against(root: Path, manifest: Path) -> list[str]:
    problems = []
    with manifest.open(newline="") as fh:
        for row in csv.DictReader(fh):
            path = root / row["relpath"]
            if not path.exists():
                problems.append(f"missing: {row['relpath']}")
            elif file_checksum(path) != row["sha256"]:
                problems.append(f"changed: {row['relpath']}")
    for p in problems:
        log.warning("archive check: %s", p)
    return problems


def find_duplicates(entries: list[ManifestEntry]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for e in entries:
        seen.setdefault(e.sha256, []).append(e.relpath)
    return {k: v for k, v in seen.items() if len(v) > 1}
