"""Install font packs supplied with customer artwork into the RIP's font folder.

Font packs arrive as zip files; only font files are taken and every member
path is checked so nothing lands outside the destination folder.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

FONT_SUFFIXES = {".otf", ".ttf", ".woff", ".woff2"}
MAX_FONT_BYTES = 20 * 1024 * 1024


class UnsafeArchive(ValueError):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise UnsafeArchive(f"member escapes destination: {member_name!r}")
    return target


def install_font_pack(pack: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    installed: list[Path] = []
    with zipfile.ZipFile(pack) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            if Path(info.filename).suffix.lower() not in FONT_SUFFIXES:
                continue
            if info.file_size > MAX_FONT_BYTES:
                log.warning("skipping oversized font %s", info.filename)
                continue
            target = _safe_target(dest, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            installed.append(target)
    log.info("installed %d fonts from %s", len(installed), pack.name)
    return installed
