"""Handles gateway firmware bundles uploaded by vendors through the contractor portal.

A bundle is a .tar.gz containing MANIFEST.json plus the image files.  We unpack
it into a staging area, check every image against the manifest checksums and
then hand the staging folder to the approval workflow.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
import uuid
from pathlib import Path

from geo_common.settings import settings

STAGING_ROOT = Path(settings.FIRMWARE_STAGING_ROOT)
MAX_BUNDLE_BYTES = 512 * 1024 * 1024


class BundleRejected(Exception):
    pass


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def stage_bundle(upload_path: Path, vendor: str) -> Path:
    if upload_path.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleRejected("bundle too large")
    staging = STAGING_ROOT / f"{uuid.uuid4().hex}"
    staging.mkdir(parents=True)
    try:
        with tarfile.open(upload_path, mode="r:gz") as tf:
            tf.extractall(staging)
        manifest = json.loads((staging / "MANIFEST.json").read_text())
        if manifest.get("vendor") != vendor:
            raise BundleRejected("manifest vendor does not match uploading account")
        for entry in manifest["images"]:
            image = staging / Path(entry["file"]).name
            if not image.is_file() or _sha256(image) != entry["sha256"].lower():
                raise BundleRejected(f"checksum mismatch for {entry['file']}")
    except (BundleRejected, tarfile.TarError, KeyError, json.JSONDecodeError):
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging
