"""Integrity manifest for heritage survey photographs.

Field surveyors upload raw photographs of existing pargeting panels. Each
upload is fingerprinted so duplicate frames are skipped and the archive
manifest can be re-verified after copying to cold storage.
"""
import hashlib
import json
from pathlib import Path
from typing import Iterable

from pargeter.config import settings

CHUNK_SIZE = 1024 * 1024


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            h.update(chunk)
    return h.hexdigest()


def build_manifest(site_ref: str, photos: Iterable[Path]) -> dict:
    entries: dict[str, str] = {}
    seen: set[str] = set()
    for photo in photos:
        digest = file_digest(photo)
        if digest in seen:
            continue
        seen.add(digest)
        entries[photo.name] = digest
    return {"site": site_ref, "algorithm": "sha256", "files": entries}


def write_manifest(site_ref: str, photo_dir: Path) -> Path:
    photos = sorted(
        p for p in photo_dir.iterdir() if p.suffix.lower() in settings.PHOTO_EXTENSIONS
    )
    manifest = build_manifest(site_ref, photos)
    out = photo_dir / "manifest.json"
    out.write_text(json.dumps(manifest, indent=2))
    return out


def verify_manifest(photo_dir: Path) -> list[str]:
    manifest = json.loads((photo_dir / "manifest.json").read_text())
    mismatched = []
    for name, expected in manifest["files"].items():
        if file_digest(photo_dir / name) != expected:
            mismatched.append(name)
    return mismatched
