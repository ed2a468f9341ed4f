"""Checksums for production batch record exports sent to supermarket QA.

Every nightly export of batch records is accompanied by a manifest listing the
SHA-256 digest of each file so the receiving side can detect truncation.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass
class ManifestEntry:
    name: str
    size: int
    digest: str


class DigestSettings:
    algorithm = "sha256"
    chunk_size = CHUNK


def file_digest(path: Path, settings: type[DigestSettings] = DigestSettings) -> str:
    h = hashlib.new(settings.algorithm)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(settings.chunk_size), b""):
            h.update(chunk)
    return h.hexdigest()


def build_manifest(export_dir: Path) -> list[ManifestEntry]:
    entries = []
    for path in sorted(export_dir.glob("batch_*.csv")):
        entries.append(ManifestEntry(path.name, path.stat().st_size, file_digest(path)))
    return entries


def write_manifest(export_dir: Path) -> Path:
    entries = build_manifest(export_dir)
    manifest = export_dir / "MANIFEST.json"
    manifest.write_text(
        json.dumps(
            {"algorithm": DigestSettings.algorithm, "files": [e.__dict__ for e in entries]},
            indent=2,
        )
    )
    return manifest


def verify_manifest(export_dir: Path) -> list[str]:
    data = json.loads((export_dir / "MANIFEST.json").read_text())
    mismatched = []
    for entry in data["files"]:
        path = export_dir / Path(entry["name"]).name
        if not path.exists() or file_digest(path) != entry["digest"]:
            mismatched.append(entry["name"])
    return mismatched
