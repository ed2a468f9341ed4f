"""Imports zipped batches of audiometer sessions exported by branch equipment."""
from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass
class ImportLimits:
    max_members: int = 500
    max_total_bytes: int = 200 * 1024 * 1024
    suffixes: tuple[str, ...] = (".xml", ".csv")


class BatchImporter:
    def __init__(self, staging_root: Path, limits: ImportLimits | None = None) -> None:
        self.staging_root = staging_root.resolve()
        self.limits = limits or ImportLimits()

    def _member_target(self, dest: Path, info: zipfile.ZipInfo) -> Path | None:
        name = PurePosixPath(info.filename)
        if info.is_dir() or name.suffix.lower() not in self.limits.suffixes:
            return None
        if name.is_absolute() or ".." in name.parts:
            raise ValueError(f"rejected member {info.filename!r}")
        target = (dest / name).resolve()
        if not target.is_relative_to(dest):
            raise ValueError(f"rejected member {info.filename!r}")
        return target

    def extract(self, archive_path: Path, batch_id: str) -> list[Path]:
        dest = (self.staging_root / batch_id).resolve()
        dest.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        with zipfile.ZipFile(archive_path) as zf:
            infos = zf.infolist()
            if len(infos) > self.limits.max_members:
                raise ValueError("too many members")
            if sum(i.file_size for i in infos) > self.limits.max_total_bytes:
                raise ValueError("batch too large")
            for info in infos:
                target = self._member_target(dest, info)
                if target is None:
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out)
                written.append(target)
        return written
