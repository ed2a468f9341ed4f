"""Imports swatch image bundles sent by cloth suppliers.

Each season mills send a zip of swatch photographs named after the cloth
reference (for example ``H&S/Bunch-214/214032.jpg``). The images are
unpacked into the media library that the portal's cloth picker reads from.
"""
import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

SWATCH_LIBRARY = Path(os.environ.get("HC_SWATCH_LIBRARY", "/srv/hc/media/swatches"))
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp")
MAX_MEMBER_BYTES = 15 * 1024 * 1024
MAX_MEMBERS = 5000


class BundleRejected(Exception):
    pass


def _image_members(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = [i for i in zf.infolist() if not i.is_dir()]
    if len(infos) > MAX_MEMBERS:
        raise BundleRejected(f"bundle has {len(infos)} entries, limit is {MAX_MEMBERS}")
    return [
        i for i in infos
        if i.filename.lower().endswith(IMAGE_EXTENSIONS) and i.file_size <= MAX_MEMBER_BYTES
    ]


def import_bundle(bundle_path: str, supplier_code: str) -> int:
    """Unpack a supplier's swatch bundle; return the number of images written."""
    dest_root = SWATCH_LIBRARY / supplier_code
    dest_root.mkdir(parents=True, exist_ok=True)
    written = 0
    with zipfile.ZipFile(bundle_path) as zf:
        for info in _image_members(zf):
            target = os.path.join(dest_root, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written += 1
    log.info("supplier %s: %d swatch images imported from %s", supplier_code, written, bundle_path)
    return written


def prune_supplier(supplier_code: str, keep: set[str]) -> int:
    """Remove swatches for cloths no longer in the supplier's range."""
    removed = 0
    for path in (SWATCH_LIBRARY / supplier_code).rglob("*"):
        if path.is_file() and path.stem not in keep:
            path.unlink()
            removed += 1
    return removed
