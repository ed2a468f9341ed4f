"""Storage of judging photos for quilt show entries.

Photographers upload full-size photos of each entry on intake day. Photos
are written into one folder per show and category; the image resizer and
the gallery publisher, which run as separate service accounts, add their
own derived files next to the originals.
"""
import os
from pathlib import Path

from quilter.config import settings
from quilter.show.models import ShowEntry

STORAGE_MODES = {
    "category_dir": 0o777,
    "photo": 0o644,
}

PHOTO_ROOT = Path(settings.SHOW_PHOTO_ROOT)


class ShowPhotoStorage:
    def __init__(self, root: Path = PHOTO_ROOT, modes: dict = STORAGE_MODES):
        self.root = root
        self.modes = modes

    def category_dir(self, entry: ShowEntry) -> Path:
        folder = self.root / str(entry.show.year) / entry.category.code
        if not folder.exists():
            folder.mkdir(parents=True)
            folder.chmod(self.modes["category_dir"])
        return folder

    def save_photo(self, entry: ShowEntry, view: str, data: bytes) -> Path:
        if view not in {"front", "back", "detail"}:
            raise ValueError(f"Unknown photo view {view!r}")
        path = self.category_dir(entry) / f"entry-{entry.entry_number:04d}-{view}.jpg"
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        os.chmod(tmp, self.modes["photo"])
        tmp.replace(path)
        return path

    def photos_for(self, entry: ShowEntry) -> list[Path]:
        folder = self.category_dir(entry)
        return sorted(folder.glob(f"entry-{entry.entry_number:04d}-*.jpg"))
