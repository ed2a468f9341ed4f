"""Unpacks CAD bundles sent in by architects and monument designers.

Larger commissions (war memorials, church steps, cladding) arrive as a zip
of DXF drawings, PDFs and reference photos.  The bundle is unpacked into
the job folder so the CNC programmers can pick up the drawings.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

JOBS_ROOT = Path(os.environ.get("JOBS_ROOT", "/srv/jobs"))
MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 2 * 1024 ** 3
DRAWING_EXT = {".dxf", ".dwg", ".pdf", ".jpg", ".png", ".step", ".stl"}


class BundleTooLarge(Exception):
    pass


def job_folder(job_number: int) -> Path:
    folder = JOBS_ROOT / f"J{job_number:06d}" / "incoming"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def unpack_bundle(bundle_path: str, job_number: int) -> list[str]:
    dest = job_folder(job_number)
    written: list[str] = []
    with zipfile.ZipFile(bundle_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise BundleTooLarge(f"{len(members)} files in bundle")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BundleTooLarge("bundle expands past size limit")
        for member in members:
            if Path(member.filename).suffix.lower() not in DRAWING_EXT:
                log.info("skipping %s", member.filename)
                continue
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(member.filename)
    log.info("job %s: unpacked %d drawings", job_number, len(written))
    return written


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    for name in unpack_bundle(sys.argv[1], int(sys.argv[2])):
        print(name)
