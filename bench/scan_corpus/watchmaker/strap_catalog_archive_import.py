"""Import the strap supplier's image archive into the boutique media store."""
from __future__ import annotations

import os
import shutil
import tarfile
from pathlib import Path
from typing import List

MEDIA_ROOT = Path(os.environ.get("BOUTIQUE_MEDIA_ROOT", "/srv/boutique/media/straps"))
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
MAX_MEMBER_BYTES = 25 * 1024 * 1024


class ArchiveRejected(Exception):
    pass


def _checked_target(member: tarfile.TarInfo, destination: Path) -> Path:
    if not member.isfile():
        raise ArchiveRejected(f"{member.name}: only regular files are accepted")
    if member.size > MAX_MEMBER_BYTES:
        raise ArchiveRejected(f"{member.name}: file too large")
    target = (destination / member.name).resolve()
    if not target.is_relative_to(destination):
        raise ArchiveRejected(f"{member.name}: escapes the media folder")
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        raise ArchiveRejected(f"{member.name}: unexpected file type")
    return target


def import_archive(archive: Path, destination: Path = MEDIA_ROOT) -> List[Path]:
    destination = destination.resolve()
    destination.mkdir(parents=True, exist_ok=True)
    imported: List[Path] = []
    with tarfile.open(archive, mode="r:*") as tar:
        for member in tar.getmembers():
            if member.isdir():
                continue
            target = _checked_target(member, destination)
            source = tar.extractfile(member)
            if source is None:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with source, target.open("wb") as out:
                shutil.copyfileobj(source, out)
            imported.append(target)
    return imported
