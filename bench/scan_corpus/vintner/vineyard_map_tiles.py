"""Serves pre-rendered map tiles of the estate's vineyard blocks.

Tiles are rendered nightly from the drone survey into a z/x/y folder layout and
served to the leaflet map in the vineyard manager's app.
"""

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import login_required

bp = Blueprint("vineyard_tiles", __name__, url_prefix="/maps")

LAYERS = {"ndvi", "rgb", "elevation", "blocks"}
MAX_ZOOM = 21


def _tile_root(layer: str) -> str:
    return current_app.config["TILE_ROOTS"][layer]


@bp.get("/<layer>/<int:z>/<int:x>/<int:y>.png")
@login_required
def vineyard_tile(layer: str, z: int, x: int, y: int):
    if layer not in LAYERS or z > MAX_ZOOM:
        abort(404)
    response = send_from_directory(_tile_root(layer), f"{z}/{x}/{y}.png", max_age=86400)
    response.headers["X-Tile-Layer"] = layer
    return response


@bp.get("/<layer>/legend/<name>")
@login_required
def layer_legend(layer: str, name: str):
    if layer not in LAYERS:
        abort(404)
    return send_from_directory(_tile_root(layer), f"legend/{name}")


@bp.get("/layers")
@login_required
def available_layers():
    return {"layers": sorted(LAYERS), "max_zoom": MAX_ZOOM}
