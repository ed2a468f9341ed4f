"""Unpacks the weekly chargeback report bundle sent by the acquirer.

The bundle is a zip of CSVs and PDF evidence files. Members are written one by
one after checking that each lands inside the target directory.
"""
import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBER_BYTES = 200 * 1024 * 1024
ALLOWED_SUFFIXES = {".csv", ".pdf", ".txt"}


class ArchiveRejected(ValueError):
    pass


def _target_for(dest: Path, member: zipfile.ZipInfo) -> Path:
    target = (dest / member.filename).resolve()
    if not target.is_relative_to(dest):
        raise ArchiveRejected(f"member escapes destination: {member.filename!r}")
    if target.suffix.lower() not in ALLOWED_SUFFIXES:
        raise ArchiveRejected(f"unexpected file type: {member.filename!r}")
    if member.file_size > MAX_MEMBER_BYTES:
        raise ArchiveRejected(f"member too large: {member.filename!r}")
    return target


def unpack_bundle(bundle: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            target = _target_for(dest, member)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("unpacked %d files from %s", len(written), bundle.name)
    return written
