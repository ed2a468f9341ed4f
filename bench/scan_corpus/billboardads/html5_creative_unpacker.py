"""Unpacks HTML5 creatives for the interactive street-furniture screens.

Creatives arrive as ZIP files from agencies.  Every member path is checked
to stay inside the creative's staging folder before anything is written.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 400
MAX_UNPACKED = 40 * 1024 * 1024


class UnsafeBundle(ValueError):
    pass


def _safe_target(root: Path, member_name: str) -> Path:
    target = (root / member_name).resolve()
    if not target.is_relative_to(root):
        raise UnsafeBundle(f"member {member_name!r} escapes the bundle folder")
    return target


def unpack(zip_path: Path, staging_root: Path, creative_id: int) -> list[str]:
    root = (staging_root / f"html5-{creative_id}").resolve()
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    written: list[str] = []
    with zipfile.ZipFile(zip_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise UnsafeBundle("too many files")
        if sum(m.file_size for m in members) > MAX_UNPACKED:
            raise UnsafeBundle("unpacked size over limit")
        for member in members:
            target = _safe_target(root, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(str(target.relative_to(root)))
    if "index.html" not in written:
        shutil.rmtree(root)
        raise UnsafeBundle("bundle has no top-level index.html")
    log.info("creative %s unpacked: %d files", creative_id, len(written))
    return sorted(written)
