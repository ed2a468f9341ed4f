"""Extracts zipped attachment packs (thickness gauging, photos) sent by survey firms."""
from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass(frozen=True)
class ExtractLimits:
    max_members: int = 2000
    max_total_bytes: int = 2 * 1024 ** 3


class AttachmentPackExtractor:
    limits = ExtractLimits()

    def __init__(self, dest_root: Path) -> None:
        self.dest_root = dest_root

    def _member_target(self, dest: Path, info: zipfile.ZipInfo) -> Path:
        name = PurePosixPath(info.filename)
        if name.is_absolute() or ".." in name.parts:
            raise ValueError(f"rejected member path: {info.filename}")
        target = (dest / name).resolve()
        if not target.is_relative_to(dest):
            raise ValueError(f"member escapes destination: {info.filename}")
        return target

    def _check_limits(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > self.limits.max_members:
            raise ValueError("too many members in attachment pack")
        if sum(i.file_size for i in infos) > self.limits.max_total_bytes:
            raise ValueError("attachment pack too large when expanded")

    def extract(self, pack: Path, survey_ref: str) -> list[Path]:
        dest = (self.dest_root / survey_ref).resolve()
        dest.mkdir(parents=True, exist_ok=True)
        out: list[Path] = []
        with zipfile.ZipFile(pack) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            self._check_limits(infos)
            for info in infos:
                target = self._member_target(dest, info)
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
                out.append(target)
        return out
