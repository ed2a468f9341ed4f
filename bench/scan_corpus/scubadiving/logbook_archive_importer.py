"""Bulk import of logbook archives from visiting instructors.

Freelance instructors send a ZIP of their student dive logs and signed
training records at the end of a course; the archive is unpacked into the
course folder so the paperwork can be checked and filed.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

RECORDS_ROOT = Path("/srv/dive-centre/training-records")
MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 500 * 1024 * 1024
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".csv", ".uddf", ".xml"}


class ArchiveRejected(Exception):
    pass


def _course_dir(course_id: int) -> Path:
    target = RECORDS_ROOT / f"course-{course_id:06d}"
    target.mkdir(parents=True, exist_ok=True)
    return target


def import_archive(course_id: int, archive_path: Path) -> list[Path]:
    dest = _course_dir(course_id)
    written: list[Path] = []
    with zipfile.ZipFile(archive_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ArchiveRejected("too many files in archive")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ArchiveRejected("archive too large when unpacked")
        for member in members:
            if Path(member.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                log.info("skipping %s in course %s archive", member.filename, course_id)
                continue
            target = dest / member.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("imported %d files for course %s", len(written), course_id)
    return written
