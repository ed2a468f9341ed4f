"""Prepares per-studio upload folders for recital recordings on the shared media volume."""
from __future__ import annotations

import grp
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class MediaVolumeLayout:
    root: Path = Path("/srv/media/recitals")
    group_name: str = "recital-media"
    dir_mode: int = 0o2750
    file_mode: int = 0o640


class UploadDirectoryManager:
    def __init__(self, layout: MediaVolumeLayout = MediaVolumeLayout()) -> None:
        self.layout = layout
        self._gid = grp.getgrnam(layout.group_name).gr_gid

    def _ensure_dir(self, path: Path) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        os.chown(path, -1, self._gid)
        os.chmod(path, self.layout.dir_mode)
        return path

    def studio_inbox(self, studio_code: str, season: str) -> Path:
        return self._ensure_dir(self.layout.root / season / studio_code / "inbox")

    def studio_published(self, studio_code: str, season: str) -> Path:
        return self._ensure_dir(self.layout.root / season / studio_code / "published")

    def publish(self, studio_code: str, season: str, source: Path) -> Path:
        target = self.studio_published(studio_code, season) / source.name
        shutil.copy2(source, target)
        os.chown(target, -1, self._gid)
        os.chmod(target, self.layout.file_mode)
        return target

    def prepare_season(self, season: str, studio_codes: Iterable[str]) -> list[Path]:
        created = []
        for code in studio_codes:
            created.append(self.studio_inbox(code, season))
            created.append(self.studio_published(code, season))
        return created


if __name__ == "__main__":
    manager = UploadDirectoryManager()
    for folder in manager.prepare_season("2025-spring", ["central", "northside", "riverside"]):
        print(folder)
