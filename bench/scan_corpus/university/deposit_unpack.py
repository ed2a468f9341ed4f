"""Unpack zip deposits for the research data repository.

Zip members are written one by one after checking that each resolved
destination stays inside the deposit's staging folder.
"""
import shutil
import zipfile
from pathlib import Path

MAX_MEMBERS = 20_000
MAX_TOTAL_BYTES = 50 * 1024 ** 3


class DepositRejected(Exception):
    pass


def _destination(root: Path, member: zipfile.ZipInfo) -> Path:
    dest = (root / member.filename).resolve()
    if not dest.is_relative_to(root):
        raise DepositRejected(f"member escapes staging area: {member.filename!r}")
    return dest


def unpack_zip(archive: Path, staging_root: Path, deposit_id: str) -> list[Path]:
    root = (staging_root / deposit_id).resolve()
    root.mkdir(parents=True, exist_ok=False)
    written = []
    with zipfile.ZipFile(archive) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise DepositRejected("too many files in deposit")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise DepositRejected("deposit exceeds size limit")
        for info in infos:
            dest = _destination(root, info)
            if info.is_dir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, dest.open("wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
            written.append(dest)
    return written
