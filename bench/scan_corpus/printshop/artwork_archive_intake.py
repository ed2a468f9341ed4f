"""Unpacks multi-file artwork packages (.tar.gz) uploaded through the portal.

Designers often send an InDesign package: the PDF plus Links/ and Fonts/.
We unpack into the job's workspace so preflight can find every file.
"""
from __future__ import annotations

import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

WORKSPACE_ROOT = Path("/srv/printshop/workspaces")
MAX_MEMBERS = 2000


class ArchiveRejected(Exception):
    pass


def _workspace(job_id: int) -> Path:
    ws = WORKSPACE_ROOT / f"job-{job_id:07d}" / "artwork"
    ws.mkdir(parents=True, exist_ok=True)
    return ws


def unpack_package(job_id: int, upload: Path) -> list[Path]:
    if not tarfile.is_tarfile(upload):
        raise ArchiveRejected(f"{upload.name} is not a tar archive")

    dest = _workspace(job_id)
    with tarfile.open(upload, mode="r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ArchiveRejected(f"too many files ({len(members)})")
        tar.extractall(path=dest)

    pdfs = sorted(dest.rglob("*.pdf"))
    log.info("job %s: unpacked %d files, %d PDFs", job_id, len(members), len(pdfs))
    return pdfs


def discard_package(job_id: int) -> None:
    shutil.rmtree(_workspace(job_id), ignore_errors=True)
