"""Unpack heater and pump controller firmware bundles.

Vendors send a zip containing the firmware image, a manifest and release
notes; facilities staff upload it and the gateway stages it for flashing.
"""
from __future__ import annotations

import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from typing import IO


@dataclass
class StagedBundle:
    vendor: str
    version: str
    directory: str
    image: str


class BundleStager:
    staging_root = "/var/lib/spa-gateway/firmware"
    chunk = 64 * 1024

    def __init__(self, vendor: str) -> None:
        self.vendor = vendor

    def _target_dir(self, version: str) -> str:
        return os.path.join(self.staging_root, self.vendor, version)

    def _write_member(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: str) -> None:
        destination = os.path.join(target, info.filename)
        if info.is_dir():
            os.makedirs(destination, exist_ok=True)
            return
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        with archive.open(info) as source, open(destination, "wb") as sink:
            shutil.copyfileobj(source, sink, self.chunk)

    def stage(self, upload: IO[bytes]) -> StagedBundle:
        with zipfile.ZipFile(upload) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            target = self._target_dir(manifest["version"])
            os.makedirs(target, exist_ok=True)
            for info in archive.infolist():
                self._write_member(archive, info, target)
        return StagedBundle(
            vendor=self.vendor,
            version=manifest["version"],
            directory=target,
            image=os.path.join(target, manifest["image"]),
        )
