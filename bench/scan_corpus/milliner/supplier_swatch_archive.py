"""Unpacks swatch image archives that straw suppliers send with each new season."""
from __future__ import annotations

import tarfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class UnpackResult:
    supplier: str
    season: str
    extracted: list[str]
    skipped: list[str]


class SwatchArchive:
    image_suffixes = (".jpg", ".jpeg", ".png", ".webp")
    max_member_bytes = 25 * 1024 * 1024

    def __init__(self, swatch_root: Path) -> None:
        self.swatch_root = swatch_root

    def _target_dir(self, supplier: str, season: str) -> Path:
        target = (self.swatch_root / supplier / season).resolve()
        target.mkdir(parents=True, exist_ok=True)
        return target

    def _acceptable(self, member: tarfile.TarInfo, dest: Path) -> bool:
        if not member.isfile() or member.size > self.max_member_bytes:
            return False
        if not member.name.lower().endswith(self.image_suffixes):
            return False
        return (dest / member.name).resolve().is_relative_to(dest)

    def unpack(self, archive_path: Path, supplier: str, season: str) -> UnpackResult:
        dest = self._target_dir(supplier, season)
        extracted, skipped = [], []
        with tarfile.open(archive_path, "r:*") as tar:
            members = []
            for member in tar.getmembers():
                (members if self._acceptable(member, dest) else skipped).append(member)
            tar.extractall(dest, members=members, filter="data")
            extracted = [m.name for m in members]
        return UnpackResult(supplier, season, extracted, [m.name for m in skipped])
