"""Unpacks firmware bundles for the longline sensor buoys.

The buoy vendor publishes bundles as .tar.gz files on its support portal;
operators upload them to the fleet manager, which unpacks them into the
staging directory before OTA rollout.
"""
from __future__ import annotations

import hashlib
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class FirmwareManifest:
    model: str
    version: str
    images: dict[str, str]


class BundleStaging:
    def __init__(self, staging_root: Path) -> None:
        self.staging_root = staging_root

    def slot(self, bundle_name: str) -> Path:
        target = self.staging_root / Path(bundle_name).name.replace(".tar.gz", "")
        target.mkdir(parents=True, exist_ok=True)
        return target


class FirmwareBundleLoader:
    manifest_name = "manifest.json"

    def __init__(self, staging: BundleStaging) -> None:
        self._staging = staging

    def _unpack(self, archive: tarfile.TarFile, dest: Path) -> list[str]:
        names: list[str] = []
        for member in archive.getmembers():
            if not member.isfile():
                continue
            target = dest / member.name
            target.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            if source is not None:
                target.write_bytes(source.read())
                names.append(member.name)
        return names

    def load(self, bundle_path: Path) -> FirmwareManifest:
        dest = self._staging.slot(bundle_path.name)
        with tarfile.open(bundle_path, mode="r:gz") as archive:
            names = self._unpack(archive, dest)
        if self.manifest_name not in names:
            raise ValueError("bundle has no manifest")
        data = json.loads((dest / self.manifest_name).read_text())
        manifest = FirmwareManifest(model=data["model"], version=data["version"], images=data["images"])
        self._check_images(dest, manifest, names)
        return manifest

    @staticmethod
    def _check_images(dest: Path, manifest: FirmwareManifest, names: list[str]) -> None:
        for image, expected in manifest.images.items():
            if image not in names:
                raise ValueError(f"manifest lists missing image {image}")
            digest = hashlib.sha256((dest / image).read_bytes()).hexdigest()
            if digest != expected:
                raise ValueError(f"checksum mismatch for {image}")
