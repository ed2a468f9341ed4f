"""Unpack dash-cam event clip archives uploaded by the camera gateway."""
from __future__ import annotations

import logging
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

CLIP_ROOT = Path("/srv/fleet/dashcam")
ALLOWED_SUFFIXES = {".mp4", ".json", ".jpg"}
MAX_UNCOMPRESSED = 2 * 1024**3


class ArchiveRejected(Exception):
    pass


def unpack_event_archive(archive: Path, event_id: str) -> list[Path]:
    dest = (CLIP_ROOT / event_id).resolve()
    if dest.parent != CLIP_ROOT.resolve():
        raise ArchiveRejected("bad event id")
    dest.mkdir(parents=True, exist_ok=True)

    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
            raise ArchiveRejected("archive too large")
        for member in members:
            target = (dest / member.filename).resolve()
            if not target.is_relative_to(dest):
                raise ArchiveRejected(f"member escapes destination: {member.filename}")
            if target.suffix.lower() not in ALLOWED_SUFFIXES:
                log.info("skipping %s in %s", member.filename, archive.name)
                continue
            zf.extract(member, dest)
            written.append(target)
    return written
