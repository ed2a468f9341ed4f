"""Imports hospitality menu bundles supplied by the external caterer.

Each bundle is a zip with the menu JSON plus dish photos; it is unpacked into
the hospitality site's media folder so the box booking pages can show it.
"""
from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MEDIA_ROOT = Path("/var/www/hospitality/media/menus")
MAX_BUNDLE_BYTES = 50 * 1024 * 1024


@dataclass
class MenuBundle:
    fixture_id: str
    menu: dict
    images: list[str]


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path) -> Path:
    target = dest / info.filename
    if info.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with archive.open(info) as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def import_bundle(fixture_id: str, upload: BinaryIO) -> MenuBundle:
    dest = MEDIA_ROOT / fixture_id
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(upload) as archive:
        total = sum(info.file_size for info in archive.infolist())
        if total > MAX_BUNDLE_BYTES:
            raise ValueError("menu bundle too large")
        written = [_copy_member(archive, info, dest) for info in archive.infolist()]
    menu_path = dest / "menu.json"
    if not menu_path.exists():
        raise ValueError("bundle has no menu.json")
    images = [p.name for p in written if p.suffix.lower() in {".jpg", ".jpeg", ".png", ".webp"}]
    return MenuBundle(fixture_id, json.loads(menu_path.read_text("utf-8")), images)
