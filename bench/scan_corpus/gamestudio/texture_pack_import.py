"""Unpacks community texture packs (.zip) into the workshop staging area."""
from __future__ import annotations

import logging
import shutil
import stat
import uuid
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_ENTRIES = 5_000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
IMAGE_SUFFIXES = {".png", ".dds", ".tga", ".json", ".txt"}


class PackRejected(Exception):
    pass


def _validate(infos: list[zipfile.ZipInfo], dest: Path) -> None:
    if len(infos) > MAX_ENTRIES:
        raise PackRejected("too many entries")
    if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise PackRejected("pack expands beyond the size limit")
    root = dest.resolve()
    for info in infos:
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackRejected(f"symlink entry not allowed: {info.filename}")
        target = (root / info.filename).resolve()
        if not target.is_relative_to(root):
            raise PackRejected(f"entry escapes the pack folder: {info.filename}")
        if not info.is_dir() and target.suffix.lower() not in IMAGE_SUFFIXES:
            raise PackRejected(f"file type not allowed: {info.filename}")


def unpack(pack: Path, staging_root: Path) -> Path:
    dest = staging_root / uuid.uuid4().hex
    dest.mkdir(parents=True)
    try:
        with zipfile.ZipFile(pack) as zf:
            infos = zf.infolist()
            _validate(infos, dest)
            for info in infos:
                zf.extract(info, dest)
    except (zipfile.BadZipFile, PackRejected):
        shutil.rmtree(dest, ignore_errors=True)
        raise
    log.info("unpacked %s into %s", pack.name, dest)
    return dest
