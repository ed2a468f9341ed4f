"""Prepares the shared export folder that the packing-shed workstation reads from."""

from __future__ import annotations

import csv
import grp
import os
import stat
from pathlib import Path

EXPORT_MODE_DIR = 0o2750
EXPORT_MODE_FILE = 0o640


class PackingExportFolder:
    def __init__(self, root: Path, group: str = "packing") -> None:
        self.root = root
        self.gid = grp.getgrnam(group).gr_gid

    def ensure(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        os.chown(self.root, -1, self.gid)
        os.chmod(self.root, EXPORT_MODE_DIR)
        return self.root

    def write_pick_list(self, day: str, rows: list[dict[str, str]]) -> Path:
        target = self.ensure() / f"pick-list-{day}.csv"
        old_umask = os.umask(0o027)
        try:
            with target.open("w", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=["restaurant", "product", "kg", "crate"])
                writer.writeheader()
                writer.writerows(rows)
        finally:
            os.umask(old_umask)
        os.chown(target, -1, self.gid)
        os.chmod(target, EXPORT_MODE_FILE)
        return target

    def audit(self) -> list[str]:
        problems = []
        for path in [self.root, *self.root.iterdir()]:
            mode = path.stat().st_mode
            if mode & stat.S_IWOTH:
                problems.append(f"{path} is writable by others")
        return problems
