"""Workshop upload processing: unpack a community mod package for scanning.

Uploaded packages are ``.tar.gz`` archives. They are unpacked into a per-upload
staging directory where the content scanner and manifest validator run.
"""
from __future__ import annotations

import logging
import shutil
import tarfile
import uuid
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAX_PACKAGE_BYTES = 500 * 1024 * 1024
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 20_000
ALLOWED_SUFFIXES = {".yaml", ".json", ".lua", ".png", ".dds", ".ogg", ".wav", ".txt", ".md", ""}


@dataclass
class StagedMod:
    upload_id: str
    root: Path
    file_count: int
    unpacked_bytes: int


class PackageRejected(Exception):
    pass


def _check_members(members: list[tarfile.TarInfo]) -> int:
    if len(members) > MAX_MEMBERS:
        raise PackageRejected(f"package has {len(members)} entries")
    total = 0
    for member in members:
        if Path(member.name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise PackageRejected(f"file type not allowed: {member.name}")
        total += member.size
    if total > MAX_UNPACKED_BYTES:
        raise PackageRejected("package expands beyond the size limit")
    return total


def stage_package(package: Path, staging_root: Path) -> StagedMod:
    if package.stat().st_size > MAX_PACKAGE_BYTES:
        raise PackageRejected("package too large")
    if not tarfile.is_tarfile(package):
        raise PackageRejected("not a tar archive")
    upload_id = uuid.uuid4().hex
    dest = staging_root / upload_id
    dest.mkdir(parents=True)
    try:
        with tarfile.open(package, mode="r:gz") as archive:
            members = archive.getmembers()
            unpacked = _check_members(members)
            archive.extractall(dest)
    except (tarfile.TarError, PackageRejected):
        shutil.rmtree(dest, ignore_errors=True)
        raise
    files = sum(1 for m in members if m.isfile())
    log.info("staged upload %s: %d files, %d bytes", upload_id, files, unpacked)
    return StagedMod(upload_id, dest, files, unpacked)


def discard(staged: StagedMod) -> None:
    shutil.rmtree(staged.root, ignore_errors=True)
