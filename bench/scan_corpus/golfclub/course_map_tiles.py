"""Installs hole-flyover map bundles uploaded by the GPS mapping vendor through the admin page."""
from __future__ import annotations

import json
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class MapBundleSettings:
    install_root: Path = field(
        default_factory=lambda: Path(os.environ.get("COURSE_MAP_ROOT", "/var/lib/buggy-gps/maps"))
    )
    manifest_name: str = "manifest.json"


class MapBundleInstaller:
    def __init__(self, settings: MapBundleSettings | None = None) -> None:
        self._settings = settings or MapBundleSettings()

    def _staging_dir(self, course_code: str) -> Path:
        staging = self._settings.install_root / ".staging" / course_code
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir(parents=True)
        return staging

    def _unpack(self, bundle: zipfile.ZipFile, staging: Path) -> int:
        written = 0
        for info in bundle.infolist():
            if info.is_dir():
                continue
            target = os.path.join(staging, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written += 1
        return written

    def install(self, bundle_path: Path, course_code: str) -> dict:
        staging = self._staging_dir(course_code)
        with zipfile.ZipFile(bundle_path) as bundle:
            count = self._unpack(bundle, staging)
        manifest = json.loads((staging / self._settings.manifest_name).read_text())
        live = self._settings.install_root / course_code
        if live.exists():
            shutil.rmtree(live)
        staging.rename(live)
        return {"course": course_code, "files": count, "holes": len(manifest.get("holes", []))}
