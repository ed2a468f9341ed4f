"""Builds and verifies the manifest for the mould CAD archive bundles."""
import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

from pewterer.settings import MOULD_ARCHIVE_ROOT

CHUNK = 1024 * 1024
MANIFEST_NAME = "manifest.json"


def file_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            hasher.update(block)
    return hasher.hexdigest()


def build_manifest(bundle_dir: Path) -> dict:
    entries = []
    for item in sorted(bundle_dir.rglob("*")):
        if item.is_file() and item.name != MANIFEST_NAME:
            entries.append(
                {
                    "path": item.relative_to(bundle_dir).as_posix(),
                    "bytes": item.stat().st_size,
                    "sha256": file_digest(item),
                }
            )
    return {
        "bundle": bundle_dir.name,
        "generated": datetime.now(timezone.utc).isoformat(),
        "files": entries,
    }


def write_manifest(bundle_name: str) -> Path:
    bundle_dir = Path(MOULD_ARCHIVE_ROOT) / "bundles" / bundle_name
    manifest = build_manifest(bundle_dir)
    target = bundle_dir / MANIFEST_NAME
    target.write_text(json.dumps(manifest, indent=2))
    return target


def changed_files(bundle_dir: Path) -> list[str]:
    manifest = json.loads((bundle_dir / MANIFEST_NAME).read_text())
    stale = []
    for entry in manifest["files"]:
        if file_digest(bundle_dir / entry["path"]) != entry["sha256"]:
            stale.append(entry["path"])
    return stale
