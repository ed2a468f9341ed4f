"""Stages firmware bundles for the water-quality sensor fleet."""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

import requests


@dataclass
class FirmwareRelease:
    model: str
    version: str
    bundle_url: str


class FirmwareStager:
    """Downloads vendor bundles and unpacks them where the OTA service picks them up."""

    def __init__(self, staging_root: Path, session: Optional[requests.Session] = None) -> None:
        self.staging_root = staging_root
        self.session = session or requests.Session()

    def _download(self, release: FirmwareRelease) -> Path:
        bundle = self.staging_root / f"{release.model}-{release.version}.zip"
        with self.session.get(release.bundle_url, stream=True, timeout=60) as resp:
            resp.raise_for_status()
            with bundle.open("wb") as fh:
                shutil.copyfileobj(resp.raw, fh)
        return bundle

    def _unpack(self, bundle: Path, target: Path) -> List[Path]:
        written = []
        with zipfile.ZipFile(bundle) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                destination = target / info.filename
                destination.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, destination.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
                written.append(destination)
        return written

    def stage(self, release: FirmwareRelease) -> List[Path]:
        target = self.staging_root / release.model / release.version
        target.mkdir(parents=True, exist_ok=True)
        bundle = self._download(release)
        try:
            return self._unpack(bundle, target)
        finally:
            bundle.unlink(missing_ok=True)
