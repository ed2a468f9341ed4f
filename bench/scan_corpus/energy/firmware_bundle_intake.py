"""Intake of meter firmware bundles uploaded by vendors through the supplier portal.

A bundle is a .tar.gz containing ``manifest.json`` and one or more image files.
Bundles are unpacked into a staging area where QA picks them up for lab testing
before anything is scheduled for over-the-air deployment.
"""
from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tarfile
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/srv/firmware/staging")


class BundleError(Exception):
    pass


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_bundle(upload: Path, vendor: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    dest = STAGING_ROOT / vendor / stamp
    dest.mkdir(parents=True, exist_ok=False)
    try:
        with tarfile.open(upload, "r:gz") as tar:
            tar.extractall(dest)
    except (tarfile.TarError, OSError) as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise BundleError(f"cannot unpack {upload.name}: {exc}") from exc
    return dest


def verify_manifest(bundle_dir: Path) -> dict:
    manifest_path = bundle_dir / "manifest.json"
    if not manifest_path.is_file():
        raise BundleError("manifest.json missing")
    manifest = json.loads(manifest_path.read_text())
    for image in manifest.get("images", []):
        image_path = bundle_dir / Path(image["file"]).name
        if not image_path.is_file() or _sha256(image_path) != image["sha256"].lower():
            raise BundleError(f"checksum mismatch for {image['file']}")
    return manifest


def intake(upload: Path, vendor: str) -> dict:
    bundle_dir = unpack_bundle(upload, vendor)
    manifest = verify_manifest(bundle_dir)
    log.info("staged %s firmware %s from %s", vendor, manifest.get("version"), upload.name)
    return {"vendor": vendor, "path": str(bundle_dir), "version": manifest.get("version")}
