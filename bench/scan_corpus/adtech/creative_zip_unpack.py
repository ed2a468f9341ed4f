"""Unpack zipped HTML5 creatives uploaded through the self-serve console."""
import shutil
import zipfile
from pathlib import Path
from typing import BinaryIO

MAX_FILES = 200
MAX_UNCOMPRESSED = 20 * 1024 * 1024


class CreativeArchiveError(ValueError):
    pass


def _target_for(root: Path, member: zipfile.ZipInfo) -> Path:
    target = (root / member.filename).resolve()
    if not target.is_relative_to(root):
        raise CreativeArchiveError(f"entry escapes bundle root: {member.filename!r}")
    return target


def unpack_creative_zip(upload: BinaryIO, dest_dir: str) -> list[str]:
    root = Path(dest_dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    written: list[str] = []

    with zipfile.ZipFile(upload) as zf:
        entries = [m for m in zf.infolist() if not m.is_dir()]
        if len(entries) > MAX_FILES:
            raise CreativeArchiveError("too many files in bundle")
        if sum(m.file_size for m in entries) > MAX_UNCOMPRESSED:
            raise CreativeArchiveError("bundle too large when unpacked")

        for member in entries:
            target = _target_for(root, member)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, length=64 * 1024)
            written.append(str(target.relative_to(root)))

    if "index.html" not in written:
        raise CreativeArchiveError("bundle has no top-level index.html")
    return written
