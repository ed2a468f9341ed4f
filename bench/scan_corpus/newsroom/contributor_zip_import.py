"""Unpack zip batches uploaded by stringers into a staging directory."""
import shutil
import zipfile
from pathlib import Path

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 2 * 1024 ** 3


class ArchiveRejected(Exception):
    pass


def _safe_target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise ArchiveRejected(f"member escapes staging dir: {member_name!r}")
    return target


def unpack_batch(archive_path: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive_path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS:
            raise ArchiveRejected("too many files in batch")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise ArchiveRejected("batch too large")
        for info in infos:
            target = _safe_target(dest, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    return written
