"""Integrity manifest for exported boiling batch logs.

Each night the pan-house controller exports the day's boiling logs (brine
density, pan temperature, crystal harvest weight) as CSV. The exporter writes
a SHA-256 manifest next to them so the quality office can detect truncated
or altered files before importing them into the batch register.
"""
import hashlib
import json
from datetime import date
from pathlib import Path

from saltboiler.config import settings

CHUNK_SIZE = 1024 * 1024
MANIFEST_NAME = "manifest.json"


def file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            sha.update(chunk)
    return sha.hexdigest()


def build_manifest(export_dir: Path) -> dict[str, str]:
    return {
        log.name: file_digest(log)
        for log in sorted(export_dir.glob("pan_*.csv"))
    }


def write_manifest(day: date) -> Path:
    export_dir = Path(settings.BATCH_EXPORT_ROOT) / day.isoformat()
    manifest = {
        "day": day.isoformat(),
        "algorithm": "sha256",
        "files": build_manifest(export_dir),
    }
    target = export_dir / MANIFEST_NAME
    target.write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return target


def verify_export(export_dir: Path) -> list[str]:
    manifest = json.loads((export_dir / MANIFEST_NAME).read_text())
    mismatched = []
    for name, expected in manifest["files"].items():
        log = export_dir / name
        if not log.exists() or file_digest(log) != expected:
            mismatched.append(name)
    return mismatched
