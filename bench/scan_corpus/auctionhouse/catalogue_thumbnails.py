"""Generates catalogue thumbnails and web images from photographers' masters."""

import logging
import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from django.utils.text import slugify

log = logging.getLogger(__name__)

MAGICK = shutil.which("magick") or getattr(settings, "IMAGEMAGICK_BIN", "/usr/bin/magick")
SIZES = {"thumb": "240x240", "web": "1600x1600", "zoom": "4000x4000"}


def _output_name(lot, size_label: str, index: int) -> str:
    title = slugify(lot.title)[:60] or "lot"
    return f"{lot.sale.code}-{lot.lot_number:04d}-{index:02d}-{title}-{size_label}.jpg"


def build_images(lot, master: Path, index: int) -> dict[str, Path]:
    out_dir = Path(settings.CATALOGUE_IMAGE_ROOT) / lot.sale.code
    out_dir.mkdir(parents=True, exist_ok=True)
    produced = {}
    for label, geometry in SIZES.items():
        target = out_dir / _output_name(lot, label, index)
        args = [
            MAGICK,
            str(master),
            "-auto-orient",
            "-strip",
            "-resize", f"{geometry}>",
            "-quality", "85",
            str(target),
        ]
        subprocess.run(args, check=True, timeout=180, capture_output=True)
        produced[label] = target
    log.info("built %d images for lot %s", len(produced), lot.pk)
    return produced
