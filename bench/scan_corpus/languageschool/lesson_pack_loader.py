"""Loader for lesson packs uploaded by tutors.

A lesson pack is a ZIP archive holding a ``lesson.json`` manifest plus
audio clips, worksheets and images. Packs are unpacked into the course's
materials folder and then indexed.
"""
from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Dict, List

MATERIALS_ROOT = Path("/srv/lingua/materials")
ALLOWED_SUFFIXES = {".json", ".mp3", ".ogg", ".pdf", ".png", ".jpg", ".txt"}


class LessonPackError(Exception):
    pass


def _members(archive: zipfile.ZipFile) -> List[zipfile.ZipInfo]:
    members = [m for m in archive.infolist() if not m.is_dir()]
    names = {Path(m.filename).name for m in members}
    if "lesson.json" not in names:
        raise LessonPackError("lesson pack has no lesson.json manifest")
    return [m for m in members if Path(m.filename).suffix.lower() in ALLOWED_SUFFIXES]


def unpack_lesson_pack(pack_path: Path, course_code: str, lesson_no: int) -> Dict[str, object]:
    destination = MATERIALS_ROOT / course_code / f"lesson-{lesson_no:02d}"
    destination.mkdir(parents=True, exist_ok=True)
    written: List[str] = []
    with zipfile.ZipFile(pack_path) as archive:
        for member in _members(archive):
            target = destination / member.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(member.filename)
    manifest_files = sorted(destination.rglob("lesson.json"))
    manifest = json.loads(manifest_files[0].read_text(encoding="utf-8"))
    return {"course": course_code, "lesson": lesson_no, "files": written, "title": manifest.get("title")}
