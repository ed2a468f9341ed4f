"""Produce per-ward GeoJSON extracts of collection rounds for the public map.

Called from the waste services admin screen when an officer republishes a
ward after round changes.
"""
import logging
import os
import subprocess
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("ward_map", __name__)
log = logging.getLogger(__name__)

OGR2OGR = os.environ.get("OGR2OGR_BIN", "/usr/bin/ogr2ogr")


def _ogr_args(src: Path, out: Path, ward_id: int, layer_title: str) -> list[str]:
    return [
        OGR2OGR,
        "-f", "GeoJSON",
        "-t_srs", "EPSG:4326",
        "-nln", f'"{layer_title}"',
        str(out),
        str(src),
        "collection_rounds",
        "-where", f"ward_id={ward_id:d}",
    ]


def export_ward(ward_id: int, layer_title: str) -> Path:
    src = Path(current_app.config["ROUNDS_GPKG"])
    out = Path(current_app.config["PUBLIC_MAP_DIR"]) / f"ward_{ward_id:d}.geojson"
    cmd = " ".join(_ogr_args(src, out, ward_id, layer_title))
    subprocess.run(cmd, shell=True, check=True, timeout=120)
    return out


@bp.post("/admin/wards/<int:ward_id>/republish")
def republish(ward_id: int):
    title = request.form.get("title", f"Ward {ward_id}")
    out = export_ward(ward_id, title)
    log.info("Republished map for ward %d -> %s", ward_id, out.name)
    return jsonify({"file": out.name})
