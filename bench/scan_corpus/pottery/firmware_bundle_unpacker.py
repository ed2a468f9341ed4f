"""Unpack vendor firmware bundles for the studio's kiln controllers.

Bundles arrive as .zip archives from the controller vendor's support portal
and are staged on the studio NAS before a technician flashes them.
"""
from __future__ import annotations

import json
import logging
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("kilnfw.unpack")

FIRMWARE_SUFFIXES = (".bin", ".hex", ".json", ".sig")
CHUNK_SIZE = 64 * 1024


@dataclass
class StagedBundle:
    model: str
    version: str
    root: Path
    files: list[Path] = field(default_factory=list)


def _wanted(info: zipfile.ZipInfo) -> bool:
    return not info.is_dir() and info.filename.lower().endswith(FIRMWARE_SUFFIXES)


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: str) -> None:
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with archive.open(info) as src, open(target, "wb") as dst:
        while chunk := src.read(CHUNK_SIZE):
            dst.write(chunk)


def _read_manifest(archive: zipfile.ZipFile) -> tuple[str, str]:
    manifest = json.loads(archive.read("manifest.json"))
    model = str(manifest["controller_model"]).replace("/", "_")
    version = str(manifest["firmware_version"]).replace("/", "_")
    return model, version


def unpack_bundle(bundle_path: Path, staging_root: Path) -> StagedBundle:
    """Extract firmware images and the manifest into a versioned staging dir."""
    with zipfile.ZipFile(bundle_path) as archive:
        model, version = _read_manifest(archive)
        dest = staging_root / model / version
        staged = StagedBundle(model=model, version=version, root=dest)
        for info in archive.infolist():
            if not _wanted(info):
                continue
            target = os.path.join(dest, info.filename)
            _copy_member(archive, info, target)
            staged.files.append(Path(target))
    log.info("staged %d files for %s %s", len(staged.files), model, version)
    return staged


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    result = unpack_bundle(Path(sys.argv[1]), Path(os.environ.get("KILNFW_STAGING", "/srv/kilnfw")))
    for path in result.files:
        print(path)
