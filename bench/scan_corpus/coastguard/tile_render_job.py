"""Renders drift-prediction overlays to PNG tiles for the incident briefing pack."""
import logging
import os
import re
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

OVERLAY_DIR = Path(os.environ.get("DRIFT_OVERLAY_DIR", "/srv/drift/overlays"))
EXPORT_DIR = Path(os.environ.get("TILE_EXPORT_DIR", "/srv/exports/tiles"))
ZOOM_RE = re.compile(r"^\d{1,2}(-\d{1,2})?$")


def render_overlay(job: dict) -> Path:
    zoom = job.get("zoom", "8-14")
    if not ZOOM_RE.match(zoom):
        raise ValueError(f"invalid zoom range: {zoom!r}")
    incident_id = str(int(job["incident_id"]))
    source = OVERLAY_DIR / f"drift-{incident_id}.tif"
    out_dir = EXPORT_DIR / incident_id
    out_dir.mkdir(parents=True, exist_ok=True)

    cmd = ["gdal2tiles.py", f"--zoom={zoom}", "--processes=4", str(source), str(out_dir)]
    log.info("rendering drift overlay for incident %s", incident_id)
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        log.error("gdal2tiles failed: %s", result.stderr[-2000:])
        raise RuntimeError("tile render failed")
    return out_dir
