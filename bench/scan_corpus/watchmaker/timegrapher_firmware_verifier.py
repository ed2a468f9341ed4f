"""Verify timegrapher firmware images before they are flashed on bench units.

The vendor publishes a manifest listing the SHA-256 digest of every image;
an image is only staged for flashing when its digest matches.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator

READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class ManifestEntry:
    filename: str
    version: str
    sha256: str
    size: int


def load_manifest(path: Path) -> Dict[str, ManifestEntry]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {item["filename"]: ManifestEntry(**item) for item in data["images"]}


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while block := handle.read(READ_CHUNK):
            yield block


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for block in _chunks(path):
        digest.update(block)
    return digest.hexdigest()


def verify_image(image: Path, manifest: Dict[str, ManifestEntry]) -> ManifestEntry:
    entry = manifest.get(image.name)
    if entry is None:
        raise LookupError(f"{image.name} is not listed in the manifest")
    if image.stat().st_size != entry.size:
        raise ValueError(f"{image.name}: size mismatch")
    if not hmac.compare_digest(file_digest(image), entry.sha256.lower()):
        raise ValueError(f"{image.name}: digest mismatch")
    return entry


def stage_images(download_dir: Path, manifest_path: Path, staging_dir: Path) -> list[str]:
    manifest = load_manifest(manifest_path)
    staging_dir.mkdir(parents=True, exist_ok=True)
    staged = []
    for image in sorted(download_dir.glob("*.bin")):
        entry = verify_image(image, manifest)
        shutil.copy2(image, staging_dir / image.name)
        staged.append(f"{entry.filename}@{entry.version}")
    return staged
