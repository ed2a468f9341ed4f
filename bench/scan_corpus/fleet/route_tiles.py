"""Cut regional OSM extracts for the offline route planner on in-cab tablets."""
from __future__ import annotations

import logging
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

OSMIUM = "osmium"
EXTRACT_ROOT = Path("/var/lib/fleet/osm-extracts")


def _bbox_arg(min_lon: float, min_lat: float, max_lon: float, max_lat: float) -> str:
    if not (-180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90):
        raise ValueError("invalid bounding box")
    return f"{min_lon:.5f},{min_lat:.5f},{max_lon:.5f},{max_lat:.5f}"


def cut_region(planet_file: Path, region_name: str, bbox: tuple[float, float, float, float]) -> Path:
    EXTRACT_ROOT.mkdir(parents=True, exist_ok=True)
    out = EXTRACT_ROOT / f"{region_name.replace('/', '_')}.osm.pbf"
    argv = [
        OSMIUM,
        "extract",
        "--bbox",
        _bbox_arg(*bbox),
        "--strategy",
        "smart",
        "--overwrite",
        "-o",
        str(out),
        str(planet_file),
    ]
    log.info("cutting extract: %s", shlex.join(argv))
    subprocess.run(argv, check=True, timeout=1800)
    return out
