"""Integrity manifest for restoration photographs.

Before/after photographs are attached to valuation certificates, so the
workshop keeps a manifest of digests to show the images were not altered.
"""
import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

from clockmaker.settings import PHOTO_ARCHIVE_ROOT

CHUNK_SIZE = 1 << 20
MANIFEST_NAME = "manifest.json"


def file_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            hasher.update(chunk)
    return hasher.hexdigest()


def build_manifest(ticket_dir: Path) -> dict:
    entries = {}
    for image in sorted(ticket_dir.glob("*.jpg")):
        entries[image.name] = {
            "sha256": file_digest(image),
            "bytes": image.stat().st_size,
        }
    return {
        "ticket": ticket_dir.name,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "files": entries,
    }


def write_manifest(ticket_number: str) -> Path:
    ticket_dir = Path(PHOTO_ARCHIVE_ROOT) / ticket_number
    manifest = build_manifest(ticket_dir)
    target = ticket_dir / MANIFEST_NAME
    target.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return target


def changed_files(ticket_number: str) -> list[str]:
    ticket_dir = Path(PHOTO_ARCHIVE_ROOT) / ticket_number
    recorded = json.loads((ticket_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    drift = []
    for name, meta in recorded["files"].items():
        image = ticket_dir / name
        if not image.exists() or file_digest(image) != meta["sha256"]:
            drift.append(name)
    return drift
