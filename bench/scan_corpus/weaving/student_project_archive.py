"""Unpacks the zip of end-of-term project photos and drafts students hand in."""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger("projects")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".pdf", ".wif", ".txt"}
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class ArchiveError(Exception):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise ArchiveError(f"member {member_name!r} escapes the project folder")
    return target


def unpack_submission(archive: Path, submissions_root: Path, student_id: int, term: str) -> list[Path]:
    dest = (submissions_root / term / str(student_id)).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        if sum(i.file_size for i in zf.infolist()) > MAX_TOTAL_BYTES:
            raise ArchiveError("submission too large")
        for info in zf.infolist():
            if info.is_dir():
                continue
            if Path(info.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                log.info("skipping %s", info.filename)
                continue
            target = _safe_target(dest, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("student %s: %d files unpacked for %s", student_id, len(written), term)
    return written


if __name__ == "__main__":
    import sys

    for path in unpack_submission(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]):
        print(path)
