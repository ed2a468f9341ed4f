"""Unpacks ZIP bundles of lot scans uploaded through the describers' tool."""
from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

ALLOWED = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
MAX_TOTAL_BYTES = 2 * 1024**3


@dataclass
class UnpackResult:
    written: list[Path] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)


class BundleUnpacker:
    def __init__(self, target_root: Path) -> None:
        self.target_root = target_root.resolve()

    def _target_for(self, dest: Path, member: zipfile.ZipInfo) -> Path | None:
        name = PurePosixPath(member.filename)
        if member.is_dir() or name.is_absolute() or ".." in name.parts:
            return None
        if name.suffix.lower() not in ALLOWED:
            return None
        target = (dest / Path(*name.parts)).resolve()
        return target if target.is_relative_to(dest) else None

    def unpack(self, lot_number: str, bundle: Path) -> UnpackResult:
        dest = (self.target_root / lot_number).resolve()
        if not dest.is_relative_to(self.target_root):
            raise ValueError("invalid lot number")
        dest.mkdir(parents=True, exist_ok=True)
        result = UnpackResult()
        with zipfile.ZipFile(bundle) as zf:
            if sum(m.file_size for m in zf.infolist()) > MAX_TOTAL_BYTES:
                raise ValueError("bundle too large once extracted")
            for member in zf.infolist():
                target = self._target_for(dest, member)
                if target is None:
                    result.rejected.append(member.filename)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(member) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out)
                result.written.append(target)
        return result
