"""Unpacks zipped telemetry backfills uploaded by still controllers.

Each member is checked before it is written: it must be a plain CSV file
that lands inside the batch directory, and the archive must stay within the
size budget.
"""
import zipfile
from pathlib import Path, PurePosixPath

MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 5000


class BadArchive(Exception):
    pass


def _target_for(dest: Path, member: zipfile.ZipInfo) -> Path:
    name = PurePosixPath(member.filename)
    if name.is_absolute() or ".." in name.parts or name.suffix != ".csv":
        raise BadArchive(f"rejected member {member.filename!r}")
    target = (dest / Path(*name.parts)).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise BadArchive(f"member escapes batch dir: {member.filename!r}")
    return target


def unpack_backfill(archive_path: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise BadArchive("too many members")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BadArchive("archive too large when expanded")
        for member in members:
            target = _target_for(dest, member)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
            written.append(target)
    return written
