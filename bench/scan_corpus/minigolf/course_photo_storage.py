"""Stores marketing photos of each course on the shared media volume used by the web servers."""
from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

DIR_MODE = 0o750
FILE_MODE = 0o640
ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


@dataclass(frozen=True)
class StoredPhoto:
    venue_id: int
    course_slug: str
    path: Path
    sha256: str


class CoursePhotoStorage:
    def __init__(self, root: str | os.PathLike) -> None:
        self._root = Path(root)

    def _course_dir(self, venue_id: int, course_slug: str) -> Path:
        if not course_slug.replace("-", "").isalnum():
            raise ValueError("course slug must be alphanumeric with dashes")
        folder = self._root / f"venue-{venue_id:04d}" / course_slug
        folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        return folder

    def save(self, venue_id: int, course_slug: str, content_type: str, stream: BinaryIO) -> StoredPhoto:
        suffix = ALLOWED_TYPES.get(content_type)
        if suffix is None:
            raise ValueError(f"unsupported content type {content_type}")
        folder = self._course_dir(venue_id, course_slug)
        tmp_path = folder / ".incoming"
        digest = hashlib.sha256()
        with open(tmp_path, "wb") as out:
            while chunk := stream.read(65536):
                digest.update(chunk)
                out.write(chunk)
        final = folder / f"{digest.hexdigest()[:20]}{suffix}"
        shutil.move(tmp_path, final)
        os.chmod(final, FILE_MODE)
        return StoredPhoto(venue_id, course_slug, final, digest.hexdigest())

    def list_photos(self, venue_id: int, course_slug: str) -> list[Path]:
        folder = self._root / f"venue-{venue_id:04d}" / course_slug
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.suffix in ALLOWED_TYPES.values())

    def delete(self, photo: StoredPhoto) -> None:
        photo.path.unlink(missing_ok=True)
