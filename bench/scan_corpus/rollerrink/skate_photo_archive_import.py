"""Imports photo packs from the event photographer after themed skate nights.

The photographer uploads a .tar.gz per event; photos are unpacked into the
gallery folder for that event and thumbnails are generated later.
"""
from __future__ import annotations

import tarfile
from dataclasses import dataclass
from pathlib import Path

GALLERY_ROOT = Path("/srv/rink/gallery")
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png"}
MAX_MEMBER_BYTES = 40 * 1024 * 1024


@dataclass
class ImportSummary:
    event_slug: str
    imported: int = 0
    skipped: int = 0


class PhotoPackImporter:
    def __init__(self, gallery_root: Path = GALLERY_ROOT) -> None:
        self.gallery_root = gallery_root.resolve()

    def _event_dir(self, event_slug: str) -> Path:
        if not event_slug.replace("-", "").isalnum():
            raise ValueError("event slug must be letters, digits and dashes")
        folder = self.gallery_root / event_slug
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _wanted(self, member: tarfile.TarInfo) -> bool:
        return (
            member.isfile()
            and Path(member.name).suffix.lower() in PHOTO_SUFFIXES
            and member.size <= MAX_MEMBER_BYTES
        )

    def import_pack(self, pack_path: Path, event_slug: str) -> ImportSummary:
        summary = ImportSummary(event_slug=event_slug)
        target = self._event_dir(event_slug)
        with tarfile.open(pack_path, mode="r:gz") as pack:
            members = []
            for member in pack.getmembers():
                if self._wanted(member):
                    members.append(member)
                else:
                    summary.skipped += 1
            pack.extractall(path=target, members=members, filter="data")
            summary.imported = len(members)
        return summary
