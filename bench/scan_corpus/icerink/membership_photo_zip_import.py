"""Bulk-imports membership card photos from a zip supplied by the club photographer."""
from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png"}
MAX_PHOTO_BYTES = 8 * 1024 * 1024


@dataclass
class PhotoImport:
    written: list[Path] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)


def _target_for(dest: Path, info: zipfile.ZipInfo) -> Path | None:
    name = PurePosixPath(info.filename)
    if info.is_dir() or name.suffix.lower() not in PHOTO_SUFFIXES:
        return None
    if info.file_size > MAX_PHOTO_BYTES:
        return None
    target = (dest / name).resolve()
    if not target.is_relative_to(dest):
        return None
    return target


def import_photos(archive: Path, dest: Path) -> PhotoImport:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    result = PhotoImport()
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = _target_for(dest, info)
            if target is None:
                result.rejected.append(info.filename)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            result.written.append(target)
    return result


if __name__ == "__main__":
    import sys

    outcome = import_photos(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{len(outcome.written)} photos imported, {len(outcome.rejected)} rejected")
