"""Installs calligraphy font packs used on certificates of registration.

Type foundries deliver packs as zip files; the scrivener uploads them via the
back office and they are unpacked into the shared font directory.
"""
import logging
import zipfile
from pathlib import Path

log = logging.getLogger("backoffice.fonts")

FONT_ROOT = Path("/srv/heraldry/fonts").resolve()
FONT_SUFFIXES = {".otf", ".ttf", ".woff2", ".txt"}


class PackRejected(Exception):
    pass


def _checked_members(zf: zipfile.ZipFile, dest: Path) -> list[zipfile.ZipInfo]:
    members = []
    for info in zf.infolist():
        if info.is_dir():
            continue
        target = (dest / info.filename).resolve()
        if not target.is_relative_to(dest):
            raise PackRejected(f"entry escapes the pack folder: {info.filename}")
        if target.suffix.lower() not in FONT_SUFFIXES:
            log.info("skipping non-font entry %s", info.filename)
            continue
        members.append(info)
    return members


def install_pack(archive: Path, pack_name: str) -> list[str]:
    if not pack_name.replace("-", "").replace("_", "").isalnum():
        raise PackRejected("pack name may contain letters, digits, - and _ only")
    dest = (FONT_ROOT / pack_name).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        members = _checked_members(zf, dest)
        for info in members:
            zf.extract(info, dest)
    installed = [m.filename for m in members]
    log.info("installed font pack %s (%d files)", pack_name, len(installed))
    return installed
