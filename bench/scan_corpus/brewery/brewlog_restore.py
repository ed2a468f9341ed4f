"""Restore brew log attachments (gravity photos, lab PDFs) from a zip export."""
import zipfile
from pathlib import Path

MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_MEMBERS = 5000


class RestoreError(Exception):
    pass


def _checked_target(dest: Path, member: zipfile.ZipInfo) -> Path:
    target = (dest / member.filename).resolve()
    if not target.is_relative_to(dest):
        raise RestoreError(f"member escapes destination: {member.filename}")
    return target


def restore_attachments(archive_path: Path, dest: Path) -> int:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive_path) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise RestoreError("too many files in archive")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise RestoreError("archive too large when unpacked")
        for member in members:
            target = _checked_target(dest, member)
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                while chunk := src.read(1024 * 1024):
                    out.write(chunk)
    return len(members)
