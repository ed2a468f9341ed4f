"""Landing-zone layout for files pulled from SFTP partners before ingestion.

Directories are group-readable so the ingestion service account (same unix
group) can pick files up; nothing is readable by other users.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

LANDING_ROOT = Path(os.environ.get("LANDING_ROOT", "/data/landing"))
DIR_MODE = 0o750
FILE_MODE = 0o640


def partner_dir(partner: str, day: str) -> Path:
    path = LANDING_ROOT / partner / day
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    os.chmod(path, DIR_MODE)
    return path


def land_file(src: str, partner: str, day: str) -> tuple[Path, str]:
    dest = partner_dir(partner, day) / Path(src).name
    old_umask = os.umask(0o027)
    try:
        shutil.copyfile(src, dest)
    finally:
        os.umask(old_umask)
    os.chmod(dest, FILE_MODE)
    digest = hashlib.sha256(dest.read_bytes()).hexdigest()
    return dest, digest


def pending_files(partner: str) -> list[Path]:
    base = LANDING_ROOT / partner
    return sorted(p for p in base.glob("*/*") if p.is_file() and not p.name.endswith(".done"))
