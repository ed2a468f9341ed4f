"""Imports grower delivery bundles (delivery notes, spray records, photos) uploaded each harvest."""
from __future__ import annotations

import csv
import io
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ImportResult:
    grower_code: str
    files: list[str] = field(default_factory=list)
    deliveries: list[dict] = field(default_factory=list)


class DeliveryBundleImporter:
    manifest_name = "deliveries.csv"
    chunk_size = 64 * 1024

    def __init__(self, intake_root: Path) -> None:
        self.intake_root = intake_root

    def _grower_dir(self, grower_code: str, season: int) -> str:
        target = os.path.join(self.intake_root, str(season), grower_code)
        os.makedirs(target, exist_ok=True)
        return target

    def _copy_member(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: str) -> str:
        out_path = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with archive.open(info) as src, open(out_path, "wb") as dst:
            shutil.copyfileobj(src, dst, self.chunk_size)
        return out_path

    def _read_manifest(self, archive: zipfile.ZipFile) -> list[dict]:
        with archive.open(self.manifest_name) as raw:
            reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
            return [
                {"ticket": r["ticket"], "variety": r["variety"], "net_kg": int(r["net_kg"])}
                for r in reader
            ]

    def import_bundle(self, upload: bytes, grower_code: str, season: int) -> ImportResult:
        result = ImportResult(grower_code=grower_code)
        dest = self._grower_dir(grower_code, season)
        with zipfile.ZipFile(io.BytesIO(upload)) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                result.files.append(self._copy_member(archive, info, dest))
            if self.manifest_name in archive.namelist():
                result.deliveries = self._read_manifest(archive)
        return result
