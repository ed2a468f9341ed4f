"""Permissions for the signed-off proof archive.

Approved proofs are the contractual record of what the customer signed off.
They are written by the portal service and read by the prepress group only.
"""
import grp
import os
import shutil
import stat
from pathlib import Path

from printshop.config import settings

ARCHIVE_ROOT = Path(settings.SIGNED_PROOF_ROOT)
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
DIR_MODE = 0o750


def _prepress_gid() -> int:
    return grp.getgrnam(settings.PREPRESS_GROUP).gr_gid


def archive_signed_proof(proof_pdf: Path, job_number: str, revision: int) -> Path:
    job_dir = ARCHIVE_ROOT / job_number
    job_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(job_dir, DIR_MODE)
    target = job_dir / f"{job_number}-r{revision:02d}-signed.pdf"
    shutil.copy2(proof_pdf, target)
    os.chown(target, -1, _prepress_gid())
    os.chmod(target, FILE_MODE)
    return target


def audit_permissions() -> list[str]:
    problems = []
    for path in ARCHIVE_ROOT.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & (stat.S_IWGRP | stat.S_IWOTH | stat.S_IROTH):
            problems.append(f"{path}: {oct(mode)}")
    return problems
