"""Imports zipped photo sets of each dog sent in by the kennel handlers' phones."""
from __future__ import annotations

import os
import shutil
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

PHOTO_ROOT = "/srv/kennel/photos"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic")


@dataclass
class ImportResult:
    dog_chip: str
    stored: list[str]
    skipped: list[str]


class PhotoBundle:
    """A handler's upload: one zip per dog, folders per date."""

    def __init__(self, stream: BinaryIO, dog_chip: str) -> None:
        self._zip = zipfile.ZipFile(stream)
        self.dog_chip = dog_chip

    def members(self) -> list[zipfile.ZipInfo]:
        return [m for m in self._zip.infolist() if not m.is_dir()]

    def copy_member(self, info: zipfile.ZipInfo, target: str) -> None:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with self._zip.open(info) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)

    def close(self) -> None:
        self._zip.close()


class KennelPhotoImporter:
    def __init__(self, root: str = PHOTO_ROOT) -> None:
        self.root = root

    def destination(self, dog_chip: str) -> str:
        return os.path.join(self.root, dog_chip)

    def run(self, bundle: PhotoBundle) -> ImportResult:
        base = self.destination(bundle.dog_chip)
        stored, skipped = [], []
        for info in bundle.members():
            if not info.filename.lower().endswith(IMAGE_SUFFIXES):
                skipped.append(info.filename)
                continue
            target = os.path.join(base, info.filename)
            bundle.copy_member(info, target)
            stored.append(target)
        bundle.close()
        return ImportResult(bundle.dog_chip, stored, skipped)


def import_upload(stream: BinaryIO, dog_chip: str) -> ImportResult:
    return KennelPhotoImporter().run(PhotoBundle(stream, dog_chip))
