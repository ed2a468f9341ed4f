"""Imports zipped sensor logs that field crews bring back on USB sticks.

Buoys that lost their uplink store CSV logs locally; the crew zips the
folder on the boat laptop and the shore office imports it.
"""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass
class ImportLimits:
    max_members: int = 500
    max_member_bytes: int = 50 * 1024 * 1024
    suffixes: tuple[str, ...] = (".csv",)


class MemberGuard:
    def __init__(self, dest: Path, limits: ImportLimits) -> None:
        self._dest = dest.resolve()
        self._limits = limits

    def target(self, info: zipfile.ZipInfo) -> Path | None:
        name = PurePosixPath(info.filename)
        if info.is_dir() or name.suffix.lower() not in self._limits.suffixes:
            return None
        if name.is_absolute() or ".." in name.parts:
            raise ValueError(f"rejected member path {info.filename!r}")
        if info.file_size > self._limits.max_member_bytes:
            raise ValueError(f"member too large: {info.filename!r}")
        resolved = (self._dest / name).resolve()
        if not resolved.is_relative_to(self._dest):
            raise ValueError(f"member escapes destination: {info.filename!r}")
        return resolved


class SensorLogImporter:
    def __init__(self, dest: Path, limits: ImportLimits | None = None) -> None:
        self._limits = limits or ImportLimits()
        self._guard = MemberGuard(dest, self._limits)

    def extract(self, archive_path: Path) -> list[Path]:
        written: list[Path] = []
        with zipfile.ZipFile(archive_path) as archive:
            infos = archive.infolist()
            if len(infos) > self._limits.max_members:
                raise ValueError("too many files in archive")
            for info in infos:
                target = self._guard.target(info)
                if target is None:
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as src:
                    target.write_bytes(src.read(self._limits.max_member_bytes + 1)[: self._limits.max_member_bytes])
                written.append(target)
        return written

    @staticmethod
    def row_count(path: Path) -> int:
        with io.open(path, newline="", encoding="utf-8") as handle:
            return sum(1 for _ in csv.reader(handle)) - 1
