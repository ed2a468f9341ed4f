"""Unpack theme bundles uploaded by site owners."""
import os
import shutil
import stat
import zipfile
from pathlib import Path

MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5000


class BundleError(Exception):
    pass


def _member_target(dest: Path, info: zipfile.ZipInfo) -> Path:
    target = (dest / info.filename).resolve()
    if os.path.commonpath([dest, target]) != str(dest):
        raise BundleError(f"member escapes bundle root: {info.filename!r}")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise BundleError(f"symlinks are not allowed: {info.filename!r}")
    return target


def extract_bundle(archive_file, dest_dir: str) -> list[str]:
    dest = Path(dest_dir).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive_file) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise BundleError("too many files in bundle")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise BundleError("bundle too large when unpacked")

        for info in infos:
            target = _member_target(dest, info)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(str(target.relative_to(dest)))
    return written
