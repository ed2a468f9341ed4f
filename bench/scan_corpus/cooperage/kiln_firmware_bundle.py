"""Unpacks firmware bundles for the toasting kiln controllers before flashing."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List


@dataclass
class BundleManifest:
    version: str
    controller_model: str
    files: Dict[str, str]


class BundleStager:
    """Copies every member of the vendor bundle into a staging folder."""

    chunk_size = 64 * 1024

    def __init__(self, staging_root: Path) -> None:
        self.staging_root = staging_root

    def _target_for(self, release_dir: Path, member: zipfile.ZipInfo) -> Path:
        return release_dir / member.filename

    def stage(self, bundle_path: Path, release: str) -> List[Path]:
        release_dir = self.staging_root / release
        release_dir.mkdir(parents=True, exist_ok=True)
        written: List[Path] = []
        with zipfile.ZipFile(bundle_path) as bundle:
            for member in bundle.infolist():
                target = self._target_for(release_dir, member)
                if member.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(member) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst, self.chunk_size)
                written.append(target)
        return written


class FirmwareVerifier:
    def __init__(self, stager: BundleStager) -> None:
        self.stager = stager

    @staticmethod
    def _digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    def prepare(self, bundle_path: Path, release: str) -> BundleManifest:
        files = self.stager.stage(bundle_path, release)
        manifest_path = next(p for p in files if p.name == "manifest.json")
        raw = json.loads(manifest_path.read_text())
        manifest = BundleManifest(raw["version"], raw["model"], raw["sha256"])
        for path in files:
            expected = manifest.files.get(path.name)
            if expected and expected != self._digest(path):
                raise ValueError(f"checksum mismatch for {path.name}")
        return manifest
