"""Unpacks cover and interior artwork bundles uploaded by design agencies.

Agencies upload a .tar.gz per ISBN through the production portal; the
worker unpacks it next to the typeset files and generates thumbnails.
"""
import logging
import tarfile
from pathlib import Path

from PIL import Image

log = logging.getLogger(__name__)

ASSET_ROOT = Path("/srv/production/assets")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
THUMB_SIZE = (400, 600)


def unpack_bundle(upload: Path, isbn: str) -> Path:
    dest = ASSET_ROOT / isbn / "artwork"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(upload, "r:gz") as tar:
        tar.extractall(dest)
    log.info("unpacked %s into %s", upload.name, dest)
    return dest


def make_thumbnails(folder: Path) -> list[Path]:
    thumbs_dir = folder / "_thumbs"
    thumbs_dir.mkdir(exist_ok=True)
    made = []
    for image_path in sorted(folder.rglob("*")):
        if image_path.suffix.lower() not in IMAGE_SUFFIXES or thumbs_dir in image_path.parents:
            continue
        with Image.open(image_path) as img:
            img.thumbnail(THUMB_SIZE)
            out = thumbs_dir / f"{image_path.stem}.jpg"
            img.convert("RGB").save(out, "JPEG", quality=85)
            made.append(out)
    return made


def process_upload(upload: Path, isbn: str) -> list[Path]:
    return make_thumbnails(unpack_bundle(upload, isbn))
