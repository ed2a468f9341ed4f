"""Unpack SCORM packages uploaded by course designers into the content store."""
import shutil
import stat
import zipfile
from pathlib import Path

CONTENT_ROOT = Path("/srv/lms/scorm")
MAX_UNPACKED_BYTES = 1024**3
MAX_MEMBERS = 20_000


class PackageRejected(Exception):
    pass


def _check_member(info: zipfile.ZipInfo, dest: Path) -> Path:
    target = (dest / info.filename).resolve()
    if not target.is_relative_to(dest):
        raise PackageRejected(f"{info.filename!r} points outside the package folder")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackageRejected(f"{info.filename!r} is a symlink")
    return target


def unpack(upload: Path, package_id: str) -> Path:
    dest = (CONTENT_ROOT / package_id).resolve()
    if not dest.is_relative_to(CONTENT_ROOT.resolve()):
        raise PackageRejected("invalid package id")
    dest.mkdir(parents=True, exist_ok=False)
    try:
        with zipfile.ZipFile(upload) as zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                raise PackageRejected("too many files in package")
            if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
                raise PackageRejected("package is too large when unpacked")
            if "imsmanifest.xml" not in zf.namelist():
                raise PackageRejected("imsmanifest.xml missing")
            for info in members:
                _check_member(info, dest)
                zf.extract(info, dest)
    except (PackageRejected, zipfile.BadZipFile):
        shutil.rmtree(dest, ignore_errors=True)
        raise
    return dest
