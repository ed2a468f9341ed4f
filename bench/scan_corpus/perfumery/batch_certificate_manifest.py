"""Builds the manifest that accompanies a batch certificate bundle.

Contract fillers check each PDF against the digest listed in the manifest
before they release a batch for filling.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

READ_CHUNK = 1024 * 1024


@dataclass
class ManifestEntry:
    document: str
    size_bytes: int
    sha256: str


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(READ_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build_manifest(bundle_dir: Path, batch_number: str) -> dict:
    entries = [
        ManifestEntry(document=p.name, size_bytes=p.stat().st_size, sha256=file_digest(p))
        for p in sorted(bundle_dir.glob("*.pdf"))
    ]
    return {
        "batch_number": batch_number,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "documents": [asdict(e) for e in entries],
    }


def write_manifest(bundle_dir: Path, batch_number: str) -> Path:
    target = bundle_dir / "manifest.json"
    target.write_text(json.dumps(build_manifest(bundle_dir, batch_number), indent=2))
    return target


def verify_bundle(bundle_dir: Path) -> list[str]:
    """Return the names of documents whose digest no longer matches."""
    manifest = json.loads((bundle_dir / "manifest.json").read_text())
    return [
        entry["document"]
        for entry in manifest["documents"]
        if file_digest(bundle_dir / Path(entry["document"]).name) != entry["sha256"]
    ]
