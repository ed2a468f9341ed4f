"""Converts uploaded GeoTIFFs to Cloud Optimized GeoTIFFs.

Runs as a Celery task after a raster upload.  The client picks the
compression and the target projection in the upload form.
"""
from __future__ import annotations

import logging
import os
import re
import subprocess
from pathlib import Path

from celery import shared_task

log = logging.getLogger(__name__)

UPLOAD_ROOT = Path(os.environ.get("RASTER_UPLOAD_ROOT", "/srv/uploads/rasters"))
COG_ROOT = Path(os.environ.get("COG_ROOT", "/srv/cog"))
COMPRESSIONS = {"deflate": "DEFLATE", "lzw": "LZW", "webp": "WEBP", "jpeg": "JPEG"}
SRS_PATTERN = re.compile(r"^EPSG:\d{4,6}$")


def build_command(source: Path, target: Path, compression: str, target_srs: str | None) -> list[str]:
    args = [
        "gdal_translate",
        "-of", "COG",
        "-co", f"COMPRESS={COMPRESSIONS[compression]}",
        "-co", "BLOCKSIZE=512",
        "-co", "OVERVIEWS=AUTO",
    ]
    if target_srs:
        args += ["-co", f"TARGET_SRS={target_srs}"]
    args += [str(source), str(target)]
    return args


@shared_task(bind=True, max_retries=2, acks_late=True)
def convert_to_cog(self, upload_id: int, compression: str = "deflate", target_srs: str | None = None) -> str:
    if compression not in COMPRESSIONS:
        raise ValueError(f"unsupported compression {compression!r}")
    if target_srs is not None and not SRS_PATTERN.match(target_srs):
        raise ValueError(f"unsupported projection {target_srs!r}")

    source = UPLOAD_ROOT / f"{int(upload_id)}.tif"
    target = COG_ROOT / f"{int(upload_id)}.cog.tif"
    COG_ROOT.mkdir(parents=True, exist_ok=True)

    cmd = build_command(source, target, compression, target_srs)
    try:
        completed = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=3600)
    except subprocess.TimeoutExpired as exc:
        raise self.retry(exc=exc, countdown=300)
    except subprocess.CalledProcessError as exc:
        log.error("gdal_translate failed for upload %s: %s", upload_id, exc.stderr[-2000:])
        raise
    if completed.stderr:
        log.debug("gdal_translate warnings for %s: %s", upload_id, completed.stderr[-500:])
    log.info("wrote COG %s", target)
    return str(target)
