"""Unpacks firmware bundles uploaded for roadside weather stations.

Vendors upload a zip containing the image, a manifest and optional sensor
calibration tables. The bundle is staged per station before the OTA job
pushes it over the cellular link.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class StagingArea:
    root: Path

    def slot(self, station_id: str, version: str) -> str:
        path = self.root / station_id / version
        path.mkdir(parents=True, exist_ok=True)
        return str(path)


@dataclass
class FirmwareBundle:
    archive_path: Path
    written: list[str] = field(default_factory=list)

    manifest_name = "manifest.json"

    def _copy_member(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest_dir: str) -> None:
        target = os.path.join(dest_dir, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        self.written.append(target)

    def unpack_into(self, dest_dir: str) -> list[str]:
        with zipfile.ZipFile(self.archive_path) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                self._copy_member(zf, info, dest_dir)
        return self.written

    def manifest(self, dest_dir: str) -> dict:
        with open(os.path.join(dest_dir, self.manifest_name), encoding="utf-8") as fh:
            return json.load(fh)


def stage_firmware(upload: Path, station_id: str, staging: StagingArea) -> dict:
    digest = hashlib.sha256(upload.read_bytes()).hexdigest()
    bundle = FirmwareBundle(upload)
    dest = staging.slot(station_id, digest[:12])
    files = bundle.unpack_into(dest)
    manifest = bundle.manifest(dest)
    return {
        "station": station_id,
        "version": manifest.get("version"),
        "sha256": digest,
        "files": len(files),
        "path": dest,
    }
