"""Imports corneal topography exports for contact-lens fittings.

The topographer software exports a ZIP per patient with maps and a CSV of
keratometry readings. Staff upload it on the fitting screen.
"""
import zipfile
from pathlib import Path

ALLOWED_SUFFIXES = {".csv", ".png", ".jpg", ".xml"}
MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class ArchiveRejected(Exception):
    pass


def _target(dest: Path, member: zipfile.ZipInfo) -> Path:
    target = (dest / member.filename).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise ArchiveRejected(f"member escapes destination: {member.filename!r}")
    return target


def extract_topography(archive_path: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ArchiveRejected("too many files in archive")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ArchiveRejected("archive too large when unpacked")
        for member in members:
            if Path(member.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                continue
            target = _target(dest, member)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as out:
                while chunk := src.read(1 << 16):
                    out.write(chunk)
            written.append(target)
    return written


def keratometry_csv(files: list[Path]) -> Path | None:
    return next((p for p in files if p.suffix.lower() == ".csv"), None)
