"""Publishes month-end sales and duty summaries into the accountants' drop folder."""
from __future__ import annotations

import grp
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DropPermissions:
    group: str = "accounts"
    dir_mode: int = 0o2750
    file_mode: int = 0o640


class AccountsDrop:
    def __init__(self, root: Path, perms: DropPermissions = DropPermissions()) -> None:
        self.root = root
        self.perms = perms

    def _gid(self) -> int:
        return grp.getgrnam(self.perms.group).gr_gid

    def _period_dir(self, period: str) -> Path:
        folder = self.root / period
        folder.mkdir(parents=True, exist_ok=True)
        os.chown(folder, -1, self._gid())
        os.chmod(folder, self.perms.dir_mode)
        return folder

    def _finalise(self, path: Path) -> Path:
        os.chown(path, -1, self._gid())
        os.chmod(path, self.perms.file_mode)
        return path

    def publish_summary(self, period: str, summary: dict) -> Path:
        target = self._period_dir(period) / "summary.json"
        target.write_text(json.dumps(summary, indent=2, default=str))
        return self._finalise(target)

    def publish_file(self, period: str, source: Path) -> Path:
        target = self._period_dir(period) / source.name
        shutil.copyfile(source, target)
        return self._finalise(target)
