"""Unpacks zipped photo bundles captured by handhelds during wheel inspections."""
import shutil
import zipfile
from pathlib import Path

from wheeltapper.config import settings

PHOTO_ROOT = Path(settings.PHOTO_ROOT).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png"}
MAX_PHOTO_BYTES = 25 * 1024 * 1024


class BundleError(Exception):
    pass


def _target(base: Path, member_name: str) -> Path:
    target = (base / member_name).resolve()
    if not target.is_relative_to(base):
        raise BundleError(f"member escapes bundle folder: {member_name}")
    return target


def unpack_bundle(bundle_path: Path, inspection_id: int) -> list[Path]:
    base = (PHOTO_ROOT / f"{inspection_id // 1000:04d}" / str(inspection_id)).resolve()
    base.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle_path) as bundle:
        for info in bundle.infolist():
            if info.is_dir() or Path(info.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                continue
            if info.file_size > MAX_PHOTO_BYTES:
                raise BundleError(f"{info.filename} exceeds size limit")
            target = _target(base, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with bundle.open(info) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    return written
