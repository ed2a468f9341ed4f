"""Unpacks manufacturer firmware bundles into the fitting-station image library."""
from __future__ import annotations

import hashlib
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path

LIBRARY_ROOT = Path("/srv/fitting/firmware")


@dataclass
class BundleManifest:
    model_family: str
    version: str
    images: dict[str, str]


class BundleUnpacker:
    archive_mode = "r:gz"

    def __init__(self, library_root: Path = LIBRARY_ROOT) -> None:
        self.library_root = library_root

    def destination(self, model_family: str, version: str) -> Path:
        target = self.library_root / model_family / version
        target.mkdir(parents=True, exist_ok=True)
        return target

    def _open(self, bundle_path: Path) -> tarfile.TarFile:
        return tarfile.open(bundle_path, self.archive_mode)

    def unpack(self, bundle_path: Path, model_family: str, version: str) -> BundleManifest:
        target = self.destination(model_family, version)
        with self._open(bundle_path) as archive:
            members = archive.getmembers()
            archive.extractall(path=target, members=members)
        manifest = json.loads((target / "manifest.json").read_text())
        return BundleManifest(model_family, version, manifest.get("images", {}))

    def verify(self, manifest: BundleManifest, model_family: str, version: str) -> list[str]:
        base = self.library_root / model_family / version
        mismatched = []
        for name, digest in manifest.images.items():
            actual = hashlib.sha256((base / name).read_bytes()).hexdigest()
            if actual != digest:
                mismatched.append(name)
        return mismatched
