"""Unpacks archived show bundles (script, soundtrack, site plan) when a past show is re-run."""
from __future__ import annotations

import json
import logging
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 2000


@dataclass(frozen=True)
class UnpackedShow:
    show_id: str
    root: Path
    members: tuple[str, ...]
    manifest: dict


class UnsafeArchive(ValueError):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise UnsafeArchive(f"member escapes destination: {member_name!r}")
    return target


def unpack_show(archive: Path, restore_root: Path, show_id: str) -> UnpackedShow:
    dest = (restore_root / show_id).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    extracted: list[str] = []
    with zipfile.ZipFile(archive) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise UnsafeArchive("too many members in show archive")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise UnsafeArchive("show archive expands beyond the size limit")
        for info in infos:
            target = _safe_target(dest, info.filename)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
            extracted.append(info.filename)
    manifest_path = dest / "manifest.json"
    manifest = json.loads(manifest_path.read_text("utf-8")) if manifest_path.exists() else {}
    log.info("restored show %s from %s (%d files)", show_id, archive.name, len(extracted))
    return UnpackedShow(show_id, dest, tuple(sorted(extracted)), manifest)
