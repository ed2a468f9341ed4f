"""Unpack hub firmware releases uploaded by the device manufacturer.

The manufacturer uploads ``release-<version>.tar.gz`` through the partner
portal.  We unpack it into the staging area, check the manifest hashes and
then publish the images to the OTA bucket.
"""
from __future__ import annotations

import hashlib
import json
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/srv/ota/staging")


class ReleaseError(Exception):
    pass


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_release(archive: Path, version: str) -> Path:
    if not version.replace(".", "").isdigit():
        raise ReleaseError(f"invalid version string {version!r}")
    dest = STAGING_ROOT / version
    dest.mkdir(parents=True, exist_ok=False)
    with tarfile.open(archive, mode="r:gz") as tar:
        tar.extractall(dest, filter="data")
    return dest


def verify_manifest(release_dir: Path) -> dict:
    manifest = json.loads((release_dir / "manifest.json").read_text())
    root = release_dir.resolve()
    for entry in manifest["images"]:
        image = (release_dir / entry["file"]).resolve()
        if not image.is_relative_to(root) or not image.is_file():
            raise ReleaseError(f"manifest references missing file {entry['file']}")
        if _sha256(image) != entry["sha256"]:
            raise ReleaseError(f"hash mismatch for {entry['file']}")
    log.info("release %s verified (%d images)", manifest.get("version"), len(manifest["images"]))
    return manifest
