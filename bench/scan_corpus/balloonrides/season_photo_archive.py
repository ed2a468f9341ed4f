"""Restores a season's photo archive that the marketing team uploads as a tarball."""
from __future__ import annotations

import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


@dataclass
class RestoreSummary:
    archive: str
    extracted: List[str] = field(default_factory=list)
    rejected: List[str] = field(default_factory=list)


class PhotoArchiveRestorer:
    """Extracts only regular image files that stay inside the gallery folder."""

    def __init__(self, gallery_root: Path) -> None:
        self.gallery_root = gallery_root.resolve()

    def _inside(self, member: tarfile.TarInfo) -> bool:
        target = (self.gallery_root / member.name).resolve()
        return target.is_relative_to(self.gallery_root)

    def _select(self, tar: tarfile.TarFile, summary: RestoreSummary) -> List[tarfile.TarInfo]:
        chosen = []
        for member in tar.getmembers():
            ok = (member.isfile() and self._inside(member)
                  and Path(member.name).suffix.lower() in IMAGE_SUFFIXES)
            (chosen if ok else summary.rejected).append(member if ok else member.name)
        return chosen

    def restore(self, archive: Path) -> RestoreSummary:
        summary = RestoreSummary(archive.name)
        self.gallery_root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, "r:*") as tar:
            members = self._select(tar, summary)
            tar.extractall(self.gallery_root, members=members, filter="data")
        summary.extracted = [m.name for m in members]
        return summary
