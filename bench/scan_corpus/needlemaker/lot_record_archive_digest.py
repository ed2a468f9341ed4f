"""Digest manifest for archived lot records.

Each closed lot's device history record bundle is written to cold storage
with a SHA-256 manifest so that retrieval for an audit can prove the files
are unchanged since release.
"""
import hashlib
import json
from pathlib import Path
from typing import Dict

from needlemaker.config import settings

CHUNK_SIZE = 1024 * 1024
MANIFEST_NAME = "MANIFEST.sha256.json"


def file_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            hasher.update(chunk)
    return hasher.hexdigest()


def build_manifest(lot_dir: Path) -> Dict[str, str]:
    entries = {}
    for item in sorted(lot_dir.rglob("*")):
        if item.is_file() and item.name != MANIFEST_NAME:
            entries[str(item.relative_to(lot_dir))] = file_digest(item)
    return entries


def write_manifest(lot_number: str) -> Path:
    lot_dir = Path(settings.LOT_ARCHIVE_ROOT) / lot_number
    manifest = {
        "lot": lot_number,
        "algorithm": "sha256",
        "files": build_manifest(lot_dir),
    }
    target = lot_dir / MANIFEST_NAME
    target.write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return target


def verify_manifest(lot_number: str) -> list:
    lot_dir = Path(settings.LOT_ARCHIVE_ROOT) / lot_number
    recorded = json.loads((lot_dir / MANIFEST_NAME).read_text())["files"]
    current = build_manifest(lot_dir)
    mismatched = [name for name, digest in recorded.items() if current.get(name) != digest]
    missing = [name for name in recorded if name not in current]
    return sorted(set(mismatched + missing))
