"""Chain-of-custody manifests for CCTV evidence exports.

Every clip handed to police is listed in a manifest with its size and digest
so the receiving force can confirm the files were not altered in transit.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

READ_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class ManifestEntry:
    filename: str
    size_bytes: int
    digest: str
    algorithm: str = "sha256"


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    hasher = hashlib.new(algorithm)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(READ_CHUNK), b""):
            hasher.update(chunk)
    return hasher.hexdigest()


def build_manifest(export_dir: Path, case_ref: str, operator: str) -> dict:
    entries = [
        ManifestEntry(p.name, p.stat().st_size, file_digest(p))
        for p in sorted(export_dir.glob("*.mp4"))
    ]
    return {
        "case_ref": case_ref,
        "exported_by": operator,
        "exported_at": datetime.now(timezone.utc).isoformat(),
        "files": [asdict(e) for e in entries],
    }


def write_manifest(export_dir: Path, case_ref: str, operator: str) -> Path:
    manifest = build_manifest(export_dir, case_ref, operator)
    target = export_dir / f"{case_ref}_manifest.json"
    target.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return target


def verify_export(export_dir: Path, manifest_path: Path) -> list[str]:
    """Return the names of clips whose digest no longer matches the manifest."""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    mismatched = []
    for entry in manifest["files"]:
        clip = export_dir / Path(entry["filename"]).name
        if entry.get("algorithm") != "sha256" or not clip.is_file() or file_digest(clip) != entry["digest"]:
            mismatched.append(entry["filename"])
    return mismatched
