"""Files finished engraving programs into the per-commission archive on the workshop NAS."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from datetime import date
from pathlib import Path

log = logging.getLogger("engraving.archive")

ARCHIVE_ROOT = Path(os.environ.get("ENGRAVING_ARCHIVE", "/mnt/nas/engraving-archive"))
DIR_MODE = 0o750
FILE_MODE = 0o640


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def archive_dir_for(commission_id: int, finished: date) -> Path:
    return ARCHIVE_ROOT / f"{finished:%Y}" / f"{commission_id:06d}"


def archive_program(commission_id: int, program: Path, finished: date | None = None) -> Path:
    finished = finished or date.today()
    target_dir = archive_dir_for(commission_id, finished)
    os.makedirs(target_dir, mode=DIR_MODE, exist_ok=True)
    target = target_dir / program.name
    shutil.copy2(program, target)
    os.chmod(target, FILE_MODE)
    checksum = _sha256(target)
    manifest = target_dir / "SHA256SUMS"
    with open(manifest, "a", encoding="ascii") as fh:
        fh.write(f"{checksum}  {program.name}\n")
    os.chmod(manifest, FILE_MODE)
    log.info("archived %s for commission %s (%s)", program.name, commission_id, checksum[:12])
    return target


def verify_archive(commission_id: int, finished: date) -> list[str]:
    target_dir = archive_dir_for(commission_id, finished)
    problems = []
    for line in (target_dir / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        checksum, name = line.split("  ", 1)
        if _sha256(target_dir / name) != checksum:
            problems.append(name)
    return problems
