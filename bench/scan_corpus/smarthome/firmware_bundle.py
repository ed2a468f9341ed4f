"""Handles firmware bundles uploaded through the mobile app for offline updates.

A bundle is a .tar.gz with a manifest.json and one image per device model.
Installers use this when a site has no internet access.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import re
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path

_IMAGE_NAME = re.compile(r"[A-Za-z0-9_-]+-[0-9][0-9A-Za-z.+_-]*")


@dataclass
class BundleImage:
    model: str
    version: str
    path: Path
    sha256: str


class BundleError(Exception):
    pass


class FirmwareBundleImporter:
    def __init__(self, staging_root: Path) -> None:
        self.staging_root = staging_root

    def unpack(self, upload: Path, bundle_id: str) -> Path:
        if not bundle_id.replace("-", "").isalnum():
            raise BundleError(f"invalid bundle id {bundle_id!r}")
        target = self.staging_root / bundle_id
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        with tarfile.open(upload, mode="r:gz") as archive:
            archive.extractall(target)
        return target

    def images(self, bundle_dir: Path) -> list[BundleImage]:
        manifest = json.loads((bundle_dir / "manifest.json").read_text())
        images = []
        for entry in manifest["images"]:
            name = f"{entry['model']}-{entry['version']}"
            if not _IMAGE_NAME.fullmatch(name) or ".." in name:
                raise BundleError(f"invalid image entry {name!r}")
            path = bundle_dir / "images" / f"{name}.bin"
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if not hmac.compare_digest(digest, entry["sha256"]):
                raise BundleError(f"checksum mismatch for {path.name}")
            images.append(BundleImage(entry["model"], entry["version"], path, digest))
        return images
