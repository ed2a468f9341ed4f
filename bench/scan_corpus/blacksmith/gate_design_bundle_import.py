"""Imports design bundles (drawings, finishes, hinge specs) sent by architects as zip files."""
from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

MAX_BUNDLE_BYTES = 200 * 1024 * 1024


@dataclass
class BundleManifest:
    project: str
    architect: str
    drawings: List[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, raw: bytes) -> "BundleManifest":
        data = json.loads(raw)
        return cls(data["project"], data["architect"], list(data.get("drawings", [])))


class DesignBundleImporter:
    def __init__(self, library_root: Path) -> None:
        self.library_root = library_root

    def _project_dir(self, project: str) -> Path:
        slug = "".join(ch for ch in project if ch.isalnum() or ch in "-_")
        path = self.library_root / slug
        path.mkdir(parents=True, exist_ok=True)
        return path

    def _unpack(self, archive: zipfile.ZipFile, dest: Path) -> List[Path]:
        written: List[Path] = []
        for info in archive.infolist():
            if info.is_dir():
                continue
            target = dest / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
        return written

    def import_bundle(self, bundle_path: Path) -> BundleManifest:
        if bundle_path.stat().st_size > MAX_BUNDLE_BYTES:
            raise ValueError("bundle too large")
        with zipfile.ZipFile(bundle_path) as archive:
            manifest = BundleManifest.from_json(archive.read("manifest.json"))
            dest = self._project_dir(manifest.project)
            files = self._unpack(archive, dest)
        missing = [d for d in manifest.drawings if dest / d not in files]
        if missing:
            raise FileNotFoundError(f"bundle missing drawings: {missing}")
        return manifest
