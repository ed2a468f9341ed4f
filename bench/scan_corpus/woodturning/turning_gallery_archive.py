"""Unpack zip archives of finished-piece photos for the student showcase."""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger("gallery.archive")

SHOWCASE_ROOT = Path(os.environ.get("SHOWCASE_ROOT", "/srv/woodturning/showcase")).resolve()
ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_MEMBERS = 300


class ArchiveRejected(ValueError):
    pass


def safe_member_path(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise ArchiveRejected(f"member escapes destination: {member_name!r}")
    return target


def unpack_showcase(archive: Path, student_id: int) -> list[Path]:
    dest = (SHOWCASE_ROOT / f"student-{student_id}").resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ArchiveRejected("too many files")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ArchiveRejected("archive too large when unpacked")
        for member in members:
            if Path(member.filename).suffix.lower() not in ALLOWED:
                continue
            target = safe_member_path(dest, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("student %s: unpacked %d showcase images", student_id, len(written))
    return written


def main(argv: list[str]) -> int:
    archive, student_id = Path(argv[1]), int(argv[2])
    try:
        files = unpack_showcase(archive, student_id)
    except (ArchiveRejected, zipfile.BadZipFile) as exc:
        log.error("rejected %s: %s", archive.name, exc)
        return 1
    print(f"{len(files)} images added to the showcase")
    return 0


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main(sys.argv))
