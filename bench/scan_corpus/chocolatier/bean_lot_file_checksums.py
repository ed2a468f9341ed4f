"""Checksums for documents stored in the bean lot traceability archive.

Auditors for organic and fair-trade certification ask for proof that lot
documents were not altered after receipt. A manifest of digests is written
next to each lot folder and re-checked during audits.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

CHUNK_SIZE = 1024 * 1024
MANIFEST_NAME = "MANIFEST.sha256.json"


@dataclass
class ManifestEntry:
    relative_path: str
    size: int
    digest: str


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            h.update(chunk)
    return h.hexdigest()


def build_manifest(lot_folder: Path) -> list[ManifestEntry]:
    entries = []
    for path in sorted(lot_folder.rglob("*")):
        if path.is_file() and path.name != MANIFEST_NAME:
            entries.append(
                ManifestEntry(
                    relative_path=path.relative_to(lot_folder).as_posix(),
                    size=path.stat().st_size,
                    digest=file_digest(path),
                )
            )
    return entries


def write_manifest(lot_folder: Path) -> Path:
    target = lot_folder / MANIFEST_NAME
    data = [entry.__dict__ for entry in build_manifest(lot_folder)]
    target.write_text(json.dumps(data, indent=2))
    return target


def audit(lot_folder: Path) -> list[str]:
    recorded = json.loads((lot_folder / MANIFEST_NAME).read_text())
    problems = []
    for item in recorded:
        path = lot_folder / item["relative_path"]
        if not path.is_file():
            problems.append(f"missing: {item['relative_path']}")
        elif file_digest(path) != item["digest"]:
            problems.append(f"changed: {item['relative_path']}")
    return problems
