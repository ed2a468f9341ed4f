"""Unpacks ZIP bundles of instructor paperwork into the staff records folder.

Instructors joining the roster upload a ZIP with their teaching status
letter, insurance certificate, first-aid card and medical; the bundle is
unpacked into that instructor's folder for the operations manager.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

STAFF_DOCS_ROOT = Path("/srv/dive-centre/staff-docs")
MAX_MEMBERS = 200
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


class UnsafeArchive(Exception):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise UnsafeArchive(f"member escapes destination: {member_name!r}")
    return target


def unpack_instructor_bundle(instructor_id: int, bundle: Path) -> list[Path]:
    dest = (STAFF_DOCS_ROOT / f"instructor-{instructor_id:05d}").resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(bundle) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise UnsafeArchive("too many files")
        if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
            raise UnsafeArchive("archive too large when unpacked")
        for member in members:
            target = _safe_target(dest, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("unpacked %d documents for instructor %s", len(written), instructor_id)
    return written
