"""Publishes approved cartoons to the glass painters' bench workstations.

Cartoons are copied into a group-readable share that the bench PCs mount;
painters are members of the 'benches' group.
"""
from __future__ import annotations

import grp
import os
import shutil
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ShareLayout:
    root: Path = Path("/srv/studio/bench-share")
    group: str = "benches"
    dir_mode: int = 0o2750
    file_mode: int = 0o640


class BenchPublisher:
    def __init__(self, layout: ShareLayout = ShareLayout()) -> None:
        self.layout = layout
        self._gid = grp.getgrnam(layout.group).gr_gid

    def _prepare_dir(self, commission_ref: str) -> Path:
        target = self.layout.root / commission_ref
        target.mkdir(parents=True, exist_ok=True)
        os.chown(target, -1, self._gid)
        os.chmod(target, self.layout.dir_mode)
        return target

    def _place(self, src: Path, dest_dir: Path) -> Path:
        dest = dest_dir / src.name
        shutil.copy2(src, dest)
        os.chown(dest, -1, self._gid)
        os.chmod(dest, self.layout.file_mode)
        return dest

    def publish(self, commission_ref: str, cartoons: list[Path]) -> list[Path]:
        folder = self._prepare_dir(commission_ref)
        return [self._place(c, folder) for c in cartoons if c.suffix.lower() in {".pdf", ".png", ".tif"}]

    def withdraw(self, commission_ref: str) -> None:
        shutil.rmtree(self.layout.root / commission_ref, ignore_errors=True)


if __name__ == "__main__":
    import sys

    ref = sys.argv[1]
    files = [Path(p) for p in sys.argv[2:]]
    for placed in BenchPublisher().publish(ref, files):
        print(placed)
