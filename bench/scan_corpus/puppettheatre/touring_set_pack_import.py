"""Unpacks set packs (lighting plots, cue sheets, flat drawings) sent by co-producers."""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger("touring.setpacks")


@dataclass
class SetPackSettings:
    landing_dir: Path = Path("/srv/touring/setpacks")
    max_members: int = 2_000
    max_total_bytes: int = 500 * 1024 * 1024


@dataclass
class ImportResult:
    production: str
    files: list[str] = field(default_factory=list)
    total_bytes: int = 0


class SetPackImporter:
    def __init__(self, settings: SetPackSettings | None = None) -> None:
        self.settings = settings or SetPackSettings()

    def _destination(self, production: str) -> Path:
        slug = "".join(ch for ch in production.lower() if ch.isalnum() or ch == "-")
        target = self.settings.landing_dir / slug
        target.mkdir(parents=True, exist_ok=True)
        return target

    def _check_budget(self, archive: zipfile.ZipFile) -> None:
        infos = archive.infolist()
        if len(infos) > self.settings.max_members:
            raise ValueError("Too many files in set pack")
        if sum(info.file_size for info in infos) > self.settings.max_total_bytes:
            raise ValueError("Set pack too large")

    def _write_member(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path) -> int:
        out_path = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with archive.open(info) as src, open(out_path, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return info.file_size

    def import_pack(self, production: str, pack_path: Path) -> ImportResult:
        result = ImportResult(production=production)
        dest = self._destination(production)
        with zipfile.ZipFile(pack_path) as archive:
            self._check_budget(archive)
            for info in archive.infolist():
                if info.is_dir():
                    continue
                result.total_bytes += self._write_member(archive, info, dest)
                result.files.append(info.filename)
        logger.info("Imported %d files for %s", len(result.files), production)
        return result
