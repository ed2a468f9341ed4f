"""Extracts the photo archives guides upload after each departure for the tour gallery."""
from __future__ import annotations

import logging
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
MAX_PHOTO_BYTES = 40 * 1024 * 1024
MAX_PHOTOS = 500


class UnsafeArchiveError(ValueError):
    pass


@dataclass
class ExtractionResult:
    departure_id: int
    photos: list[Path] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise UnsafeArchiveError(f"member escapes gallery folder: {member_name!r}")
    return target


def extract_gallery(archive_path: Path, gallery_root: Path, departure_id: int) -> ExtractionResult:
    dest = gallery_root / str(departure_id)
    dest.mkdir(parents=True, exist_ok=True)
    result = ExtractionResult(departure_id)
    with zipfile.ZipFile(archive_path) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_PHOTOS:
            raise UnsafeArchiveError(f"archive holds {len(members)} files, limit is {MAX_PHOTOS}")
        for member in members:
            suffix = Path(member.filename).suffix.lower()
            if suffix not in PHOTO_SUFFIXES or member.file_size > MAX_PHOTO_BYTES:
                result.ignored.append(member.filename)
                continue
            target = _safe_target(dest, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            result.photos.append(target)
    log.info(
        "departure %s: %d photos extracted, %d ignored",
        departure_id,
        len(result.photos),
        len(result.ignored),
    )
    return result
