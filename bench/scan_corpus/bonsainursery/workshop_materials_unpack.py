"""Unpack instructors' material bundles for upcoming workshops.

Instructors upload a ZIP with slides, species sheets and wiring diagrams;
the bundle is unpacked into the workshop's media folder.
"""
from __future__ import annotations

import logging
import shutil
import stat
import zipfile
from pathlib import Path

log = logging.getLogger("workshops.materials")

MEDIA_ROOT = Path("/srv/bonsainursery/workshop-media")
MAX_FILES = 500
MAX_BYTES = 200 * 1024 * 1024


class UnsafeBundle(Exception):
    pass


def _safe_target(root: Path, member_name: str) -> Path:
    target = (root / member_name).resolve()
    if not target.is_relative_to(root):
        raise UnsafeBundle(f"member escapes the workshop folder: {member_name!r}")
    return target


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def unpack_materials(bundle: Path, workshop_id: int) -> list[Path]:
    root = (MEDIA_ROOT / f"workshop-{workshop_id:05d}").resolve()
    root.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(bundle) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_BYTES:
            raise UnsafeBundle("bundle is too large")
        for info in infos:
            if _is_symlink(info):
                raise UnsafeBundle(f"symbolic links are not allowed: {info.filename!r}")
            target = _safe_target(root, info.filename)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("unpacked %d files for workshop %d", len(written), workshop_id)
    return written
