"""Rasterizes photo-engraving jobs (pet portraits, memorial plaques) for the laser."""
import logging
import os
import tempfile
from dataclasses import dataclass

from PIL import Image, ImageOps

log = logging.getLogger(__name__)

DPI = 500
DITHER_MODES = {"jarvis": Image.Dither.FLOYDSTEINBERG, "none": Image.Dither.NONE}


@dataclass
class RasterSpec:
    width_in: float
    height_in: float
    dither: str = "jarvis"
    invert: bool = False


def _prepare(img: Image.Image, spec: RasterSpec) -> Image.Image:
    px = (int(spec.width_in * DPI), int(spec.height_in * DPI))
    gray = ImageOps.grayscale(ImageOps.exif_transpose(img))
    fitted = ImageOps.fit(gray, px, method=Image.Resampling.LANCZOS)
    if spec.invert:
        fitted = ImageOps.invert(fitted)
    return fitted.convert("1", dither=DITHER_MODES.get(spec.dither, Image.Dither.NONE))


def rasterize(photo_path: str, spec: RasterSpec) -> str:
    """Return the path of a 1-bit BMP the laser driver can pick up."""
    with Image.open(photo_path) as img:
        bitmap = _prepare(img, spec)
    out_path = tempfile.mktemp(prefix="engrave_", suffix=".bmp")
    bitmap.save(out_path, format="BMP", dpi=(DPI, DPI))
    log.info("rasterized %s -> %s (%dx%d)", photo_path, out_path, *bitmap.size)
    return out_path


def submit(photo_path: str, spec: RasterSpec, queue) -> str:
    out = rasterize(photo_path, spec)
    try:
        job_id = queue.enqueue_raster(out, dpi=DPI)
    except Exception:
        os.unlink(out)
        raise
    return job_id
