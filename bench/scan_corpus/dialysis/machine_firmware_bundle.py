"""Staging of firmware bundles for dialysis machines.

Biomedical engineers upload the vendor's firmware bundle (a zip with
the image, release notes and a signature manifest). The bundle is
unpacked into a per-release staging folder before rollout to chairs.
"""
from __future__ import annotations

import hashlib
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class StagingArea:
    root: Path = Path("/var/lib/fleet/firmware")

    def for_release(self, model: str, version: str) -> str:
        folder = self.root / model / version
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder)


class BundleUnpacker:
    chunk = 1 << 16
    manifest_name = "manifest.json"

    def __init__(self, staging: StagingArea | None = None) -> None:
        self._staging = staging or StagingArea()

    def _copy_member(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: str) -> str:
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as out:
            while block := src.read(self.chunk):
                out.write(block)
        return target

    def unpack(self, bundle_path: Path, model: str, version: str) -> dict[str, str]:
        dest = self._staging.for_release(model, version)
        written: dict[str, str] = {}
        with zipfile.ZipFile(bundle_path) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                written[info.filename] = self._copy_member(archive, info, dest)
        return written

    def verify_manifest(self, written: dict[str, str]) -> bool:
        manifest_path = written.get(self.manifest_name)
        if manifest_path is None:
            return False
        with open(manifest_path) as fh:
            manifest = json.load(fh)
        for name, expected in manifest.get("sha256", {}).items():
            path = written.get(name)
            if path is None:
                return False
            with open(path, "rb") as fh:
                if hashlib.sha256(fh.read()).hexdigest() != expected:
                    return False
        return True
