"""Unpacks drone survey bundles (imagery, GCPs, flight logs) uploaded by survey contractors."""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path
from typing import List


class SurveyBundle:
    ACCEPTED_SUFFIXES = {".jpg", ".tif", ".laz", ".csv", ".txt", ".json"}

    def __init__(self, archive: Path, staging_root: Path) -> None:
        self.archive = archive
        self.staging_root = staging_root
        self.extracted: List[Path] = []

    def _destination(self) -> Path:
        dest = self.staging_root / self.archive.stem
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def _target_for(self, dest: Path, info: zipfile.ZipInfo) -> str:
        return os.path.join(dest, info.filename)

    def unpack(self) -> List[Path]:
        dest = self._destination()
        with zipfile.ZipFile(self.archive) as bundle:
            for info in bundle.infolist():
                if info.is_dir():
                    continue
                if Path(info.filename).suffix.lower() not in self.ACCEPTED_SUFFIXES:
                    continue
                target = self._target_for(dest, info)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with bundle.open(info) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                self.extracted.append(Path(target))
        return self.extracted

    def image_count(self) -> int:
        return sum(1 for p in self.extracted if p.suffix.lower() in {".jpg", ".tif"})


def process_contractor_upload(upload_path: str) -> int:
    bundle = SurveyBundle(Path(upload_path), Path("/data/surveys/staging"))
    bundle.unpack()
    return bundle.image_count()
