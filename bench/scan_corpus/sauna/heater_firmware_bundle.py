"""Unpacks vendor firmware bundles uploaded by facilities staff for the heater fleet."""
from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List


@dataclass
class BundleManifest:
    vendor: str
    model: str
    version: str
    checksums: Dict[str, str]

    @classmethod
    def from_bytes(cls, raw: bytes) -> "BundleManifest":
        doc = json.loads(raw)
        return cls(doc["vendor"], doc["model"], doc["version"], doc.get("sha256", {}))


class FirmwareBundle:
    def __init__(self, archive_path: Path, staging_root: Path) -> None:
        self.archive_path = archive_path
        self.staging_root = staging_root
        self.manifest: BundleManifest | None = None

    def _destination(self) -> Path:
        assert self.manifest is not None
        dest = self.staging_root / self.manifest.model / self.manifest.version
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def unpack(self) -> List[Path]:
        written: List[Path] = []
        with zipfile.ZipFile(self.archive_path) as zf:
            self.manifest = BundleManifest.from_bytes(zf.read("manifest.json"))
            dest = self._destination()
            for info in zf.infolist():
                if info.is_dir() or info.filename == "manifest.json":
                    continue
                target = dest / info.filename
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read(info))
                written.append(target)
        return written

    def verify(self, files: List[Path]) -> Dict[str, bool]:
        assert self.manifest is not None
        results: Dict[str, bool] = {}
        for path in files:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            results[path.name] = self.manifest.checksums.get(path.name) == digest
        return results


def stage_upload(archive_path: str, staging_root: str = "/srv/firmware/staging") -> Dict[str, bool]:
    bundle = FirmwareBundle(Path(archive_path), Path(staging_root))
    return bundle.verify(bundle.unpack())
