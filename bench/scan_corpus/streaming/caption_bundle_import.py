"""Bulk caption import: a tarball of <lang>.vtt files for one video."""
from __future__ import annotations

import tarfile
import tempfile
from pathlib import Path

from .captions import store_track

ALLOWED_SUFFIXES = {".vtt", ".srt"}
MAX_MEMBERS = 100


def import_caption_bundle(video_id: str, archive_path: Path) -> list[str]:
    imported: list[str] = []
    with tarfile.open(archive_path, mode="r:*") as tar, tempfile.TemporaryDirectory() as tmp:
        members = [m for m in tar.getmembers() if m.isfile()]
        if len(members) > MAX_MEMBERS:
            raise ValueError("too many files in caption bundle")
        tar.extractall(tmp, members=members, filter="data")
        for path in sorted(Path(tmp).rglob("*")):
            if path.is_file() and path.suffix.lower() in ALLOWED_SUFFIXES:
                lang = path.stem.lower()
                store_track(video_id, lang, path.read_text(encoding="utf-8"))
                imported.append(lang)
    return imported
