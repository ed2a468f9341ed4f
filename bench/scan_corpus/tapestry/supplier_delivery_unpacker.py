"""Unpacks dye-analysis result archives delivered by the external laboratory."""

from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger("tapestry.lab")

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 2 * 1024 ** 3


class UnsafeArchive(Exception):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise UnsafeArchive(f"member escapes destination: {member_name!r}")
    return target


def unpack_results(archive: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise UnsafeArchive("too many members")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise UnsafeArchive("archive expands beyond size limit")
        for member in members:
            target = _safe_target(dest, member.filename)
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("unpacked %d lab result files from %s", len(written), archive.name)
    return written


def ingest_delivery(archive: Path, job_root: Path, job_id: int) -> list[Path]:
    dest = job_root / f"job-{job_id:06d}" / "lab-results"
    try:
        return unpack_results(archive, dest)
    except (UnsafeArchive, zipfile.BadZipFile) as exc:
        log.error("rejected lab delivery %s: %s", archive.name, exc)
        quarantine = job_root / "quarantine"
        quarantine.mkdir(exist_ok=True)
        shutil.move(str(archive), quarantine / archive.name)
        return []
