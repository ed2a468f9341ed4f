"""Generate parcel thumbnails for zoning-change applications.

Clips the county orthophoto mosaic to the parcel's bounding box with
gdal_translate and writes a PNG the review board sees in the agenda.
"""
import logging
import re
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

GDAL_TRANSLATE = "gdal_translate"
PARCEL_ID_RE = re.compile(r"^\d{2}-\d{3}-\d{3}-\d{3}$")


def thumbnail_path(out_dir: Path, parcel_id: str) -> Path:
    return out_dir / f"parcel-{parcel_id}.png"


def render_thumbnail(mosaic: Path, parcel_id: str, bbox: tuple[float, float, float, float],
                     out_dir: Path, size_px: int = 640) -> Path:
    if not PARCEL_ID_RE.fullmatch(parcel_id):
        raise ValueError(f"unexpected parcel id format: {parcel_id!r}")
    minx, miny, maxx, maxy = (float(v) for v in bbox)
    out = thumbnail_path(out_dir, parcel_id)
    cmd = [
        GDAL_TRANSLATE,
        "-of", "PNG",
        "-projwin", str(minx), str(maxy), str(maxx), str(miny),
        "-outsize", str(size_px), "0",
        str(mosaic),
        str(out),
    ]
    log.debug("running %s", " ".join(cmd))
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    return out
