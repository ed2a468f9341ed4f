"""Unpacks controller firmware bundles downloaded from the LED driver vendor portal."""
from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path
from typing import BinaryIO


class BundleLayout:
    manifest_name = "manifest.json"
    staging_root = Path("/var/lib/growctl/firmware")


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target_dir: Path) -> Path:
    destination = target_dir / info.filename
    destination.parent.mkdir(parents=True, exist_ok=True)
    with archive.open(info) as src, open(destination, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return destination


class FirmwareBundle:
    def __init__(self, version: str, layout: BundleLayout | None = None) -> None:
        self.version = version
        self.layout = layout or BundleLayout()
        self.target_dir = self.layout.staging_root / version

    def unpack(self, stream: BinaryIO) -> list[Path]:
        written: list[Path] = []
        with zipfile.ZipFile(stream) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                written.append(_copy_member(archive, info, self.target_dir))
        return written

    def verify(self) -> bool:
        manifest = json.loads((self.target_dir / self.layout.manifest_name).read_text())
        for entry in manifest["images"]:
            digest = hashlib.sha256((self.target_dir / entry["file"]).read_bytes()).hexdigest()
            if digest != entry["sha256"]:
                return False
        return True


def stage_bundle(version: str, stream: BinaryIO) -> FirmwareBundle:
    bundle = FirmwareBundle(version)
    bundle.unpack(stream)
    if not bundle.verify():
        shutil.rmtree(bundle.target_dir, ignore_errors=True)
        raise ValueError(f"firmware bundle {version} failed manifest verification")
    return bundle
