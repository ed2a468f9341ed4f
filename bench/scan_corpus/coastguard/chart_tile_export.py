"""Worker task that exports a search-area chart as PNG tiles for the briefing pack.

Triggered from the incident page; the search area name and zoom come from
the request payload.
"""
import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

CHART_SOURCE = Path(os.environ.get("ENC_RASTER_DIR", "/srv/charts/raster"))
EXPORT_DIR = Path(os.environ.get("TILE_EXPORT_DIR", "/srv/exports/tiles"))


def export_search_area(job: dict) -> Path:
    area = job["search_area"]
    zoom = job.get("zoom", "8-14")
    out_dir = EXPORT_DIR / job["incident_id"]
    out_dir.mkdir(parents=True, exist_ok=True)

    cmd = f"gdal2tiles.py --zoom={zoom} --processes=4 {CHART_SOURCE}/{area}.tif {out_dir}"
    log.info("exporting tiles for incident %s", job["incident_id"])
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        log.error("gdal2tiles failed: %s", result.stderr[-2000:])
        raise RuntimeError("tile export failed")
    return out_dir
