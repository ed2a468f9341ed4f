"""Export planned routes to GPX/KML for drivers whose units can't take our JSON feed."""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from fleet.routing.models import PlannedRoute
from fleet.routing.geojson import write_route_geojson

log = logging.getLogger(__name__)

EXPORT_ROOT = Path("/var/lib/fleet/route-exports")
FORMATS = {"gpx": "GPX", "kml": "KML"}


def _convert_cmd(src: Path, dest: Path, driver: str, layer_name: str) -> str:
    return f'ogr2ogr -f {driver} -nln "{layer_name}" {dest} {src}'


def _run(cmd: str) -> None:
    log.debug("running %s", cmd)
    subprocess.run(cmd, shell=True, check=True, timeout=120)


def export_route(route: PlannedRoute, fmt: str = "gpx") -> Path:
    if fmt not in FORMATS:
        raise ValueError(f"unsupported export format {fmt}")
    workdir = EXPORT_ROOT / str(route.id)
    workdir.mkdir(parents=True, exist_ok=True)

    src = write_route_geojson(route, workdir / "route.geojson")
    dest = workdir / f"route.{fmt}"
    # planners name routes like "Dallas -> Memphis (reefer)"; keep it as the layer name
    _run(_convert_cmd(src, dest, FORMATS[fmt], route.display_name))
    return dest
