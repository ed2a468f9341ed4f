"""Imports photo bundles from the official show photographer.

After each show the photographer uploads a ZIP of images sorted into one
folder per class; the images are unpacked into the gallery media directory.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from typing import IO, List

GALLERY_ROOT = os.environ.get("GALLERY_MEDIA_ROOT", "/srv/yard/gallery")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


@dataclass
class ImportSummary:
    show_id: str
    written: List[str]
    skipped: List[str]


def _target_for(show_dir: str, member: zipfile.ZipInfo) -> str:
    return os.path.join(show_dir, member.filename)


def _copy_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, target: str) -> None:
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with archive.open(member) as src, open(target, "wb") as dst:
        while chunk := src.read(1 << 16):
            dst.write(chunk)


def import_show_photos(show_id: str, upload: IO[bytes]) -> ImportSummary:
    show_dir = os.path.join(GALLERY_ROOT, show_id)
    summary = ImportSummary(show_id, [], [])
    with zipfile.ZipFile(upload) as archive:
        for member in archive.infolist():
            if member.is_dir():
                continue
            if not member.filename.lower().endswith(IMAGE_SUFFIXES):
                summary.skipped.append(member.filename)
                continue
            target = _target_for(show_dir, member)
            _copy_member(archive, member, target)
            summary.written.append(target)
    return summary


def class_folders(show_id: str) -> List[str]:
    show_dir = os.path.join(GALLERY_ROOT, show_id)
    if not os.path.isdir(show_dir):
        return []
    return sorted(d for d in os.listdir(show_dir) if os.path.isdir(os.path.join(show_dir, d)))
