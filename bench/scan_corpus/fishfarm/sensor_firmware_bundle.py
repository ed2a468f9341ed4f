"""Stages firmware bundles for the sonde and buoy loggers.

Instrument vendors send firmware as a zip containing the image, a manifest
and release notes. Technicians upload the zip through the fleet console and
it is unpacked into a staging area before being pushed to the loggers.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Dict

STAGING_ROOT = Path("/srv/fleet/firmware-staging")


@dataclass
class FirmwareBundle:
    model: str
    version: str
    image: Path
    sha256: str


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest_root: Path) -> Path:
    target = dest_root / info.filename
    target.parent.mkdir(parents=True, exist_ok=True)
    with archive.open(info) as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, length=1 << 20)
    return target


def unpack(upload: BinaryIO, model: str) -> Dict[str, Path]:
    dest_root = STAGING_ROOT / model
    dest_root.mkdir(parents=True, exist_ok=True)
    written: Dict[str, Path] = {}
    with zipfile.ZipFile(upload) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            written[info.filename] = _copy_member(archive, info, dest_root)
    return written


def stage_bundle(upload: BinaryIO, model: str) -> FirmwareBundle:
    files = unpack(upload, model)
    manifest_path = files.get("manifest.json")
    if manifest_path is None:
        raise ValueError("bundle has no manifest.json")
    manifest = json.loads(manifest_path.read_text())
    image = files[manifest["image"]]
    digest = hashlib.sha256(image.read_bytes()).hexdigest()
    if not hmac.compare_digest(digest, str(manifest["sha256"]).lower()):
        raise ValueError("firmware image digest does not match manifest")
    return FirmwareBundle(model=model, version=manifest["version"], image=image, sha256=digest)
