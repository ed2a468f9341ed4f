"""Unpack packaged artwork uploads (InDesign/Illustrator "Package" zips).

Designers often upload the whole package folder: the layout file, linked
images and fonts. Prepress needs the files on disk to re-export a PDF.
"""
import os
import shutil
import zipfile
from pathlib import Path

from printshop.config import settings

SKIP_PREFIXES = ("__MACOSX/", ".DS_Store")
MAX_UNCOMPRESSED = settings.MAX_PACKAGE_BYTES


class PackageTooLarge(ValueError):
    pass


def _members(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    members = [
        info for info in zf.infolist()
        if not info.is_dir() and not info.filename.startswith(SKIP_PREFIXES)
    ]
    if sum(info.file_size for info in members) > MAX_UNCOMPRESSED:
        raise PackageTooLarge("package exceeds size limit")
    return members


def extract_package(zip_path: Path, dest: Path) -> list[Path]:
    written = []
    with zipfile.ZipFile(zip_path) as zf:
        for info in _members(zf):
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(Path(target))
    return written


def layout_files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in {".indd", ".idml", ".ai"}]
