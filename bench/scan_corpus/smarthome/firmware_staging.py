"""Stages downloaded firmware images before they are flashed to devices."""
from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

STAGING_DIR_MODE = 0o750
IMAGE_FILE_MODE = 0o640
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass
class StagedImage:
    model: str
    version: str
    path: Path


class FirmwareStaging:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(mode=STAGING_DIR_MODE, parents=True, exist_ok=True)
        os.chmod(self.root, STAGING_DIR_MODE)

    def stage(self, model: str, version: str, source: Path) -> StagedImage:
        for part in (model, version):
            if not _NAME_RE.fullmatch(part) or ".." in part:
                raise ValueError(f"invalid model or version: {part!r}")
        model_dir = self.root / model
        model_dir.mkdir(mode=STAGING_DIR_MODE, exist_ok=True)
        target = model_dir / f"{version}.bin"
        tmp = target.with_suffix(".part")
        shutil.copyfile(source, tmp)
        os.chmod(tmp, IMAGE_FILE_MODE)
        os.replace(tmp, target)
        return StagedImage(model, version, target)

    def purge(self, model: str, keep: int = 2) -> list[Path]:
        if not _NAME_RE.fullmatch(model) or ".." in model:
            raise ValueError(f"invalid model: {model!r}")
        model_dir = self.root / model
        images = sorted(model_dir.glob("*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
        removed = []
        for old in images[keep:]:
            old.unlink()
            removed.append(old)
        return removed
