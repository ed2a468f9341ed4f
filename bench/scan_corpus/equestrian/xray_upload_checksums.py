"""Integrity manifest for radiograph uploads from the equine vet practice.

The practice uploads DICOM and JPEG radiographs after lameness work-ups; a
SHA-256 manifest is written next to each batch so later corruption or partial
copies to the archive disk can be detected.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List

CHUNK_SIZE = 1 << 20
MANIFEST_NAME = "manifest.sha256.json"


@dataclass
class ManifestEntry:
    relative_path: str
    size_bytes: int
    sha256: str


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build_manifest(batch_dir: Path, suffixes: Iterable[str] = (".dcm", ".jpg")) -> List[ManifestEntry]:
    wanted = {s.lower() for s in suffixes}
    entries = []
    for path in sorted(batch_dir.rglob("*")):
        if path.is_file() and path.suffix.lower() in wanted:
            entries.append(
                ManifestEntry(
                    relative_path=path.relative_to(batch_dir).as_posix(),
                    size_bytes=path.stat().st_size,
                    sha256=file_digest(path),
                )
            )
    return entries


def write_manifest(batch_dir: Path) -> Path:
    entries = build_manifest(batch_dir)
    target = batch_dir / MANIFEST_NAME
    target.write_text(json.dumps([e.__dict__ for e in entries], indent=2))
    return target


def verify_batch(batch_dir: Path) -> Dict[str, str]:
    """Return a mapping of relative path to problem for every mismatch."""
    recorded = json.loads((batch_dir / MANIFEST_NAME).read_text())
    problems: Dict[str, str] = {}
    for item in recorded:
        path = batch_dir / item["relative_path"]
        if not path.is_file():
            problems[item["relative_path"]] = "missing"
        elif file_digest(path) != item["sha256"]:
            problems[item["relative_path"]] = "checksum mismatch"
    return problems
