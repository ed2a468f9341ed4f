"""Checksums for scanned batch make sheets kept in the food safety archive."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from cheesewright.settings import MAKE_SHEET_ARCHIVE

CHUNK_SIZE = 1 << 16
MANIFEST_NAME = "manifest.json"


def sheet_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            hasher.update(chunk)
    return hasher.hexdigest()


def build_manifest(batch_dir: Path) -> dict[str, str]:
    entries = {}
    for sheet in sorted(batch_dir.glob("*.pdf")):
        entries[sheet.name] = sheet_digest(sheet)
    return entries


def write_manifest(batch_code: str) -> Path:
    batch_dir = Path(MAKE_SHEET_ARCHIVE) / batch_code
    manifest = build_manifest(batch_dir)
    target = batch_dir / MANIFEST_NAME
    target.write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return target


def find_altered_sheets(batch_code: str) -> list[str]:
    batch_dir = Path(MAKE_SHEET_ARCHIVE) / batch_code
    recorded = json.loads((batch_dir / MANIFEST_NAME).read_text())
    current = build_manifest(batch_dir)
    altered = [name for name, digest in recorded.items() if current.get(name) != digest]
    altered.extend(name for name in current if name not in recorded)
    return sorted(altered)
