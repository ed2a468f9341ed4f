"""Offline map tiles for the out-apiary locator.

Volunteers visiting remote apiaries often have no signal, so the app caches
pre-rendered tiles and forage overlays served from this blueprint.
"""
import os

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("map_tiles", __name__, url_prefix="/tiles")

LAYERS = {"base", "forage", "oilseed-rape", "heather"}
MAX_ZOOM = 17


def tile_root() -> str:
    return current_app.config["TILE_ROOT"]


def tile_name(x: int, y: int) -> str:
    return f"{x}/{y}.png"


@bp.get("/<layer>/<int:z>/<int:x>/<int:y>.png")
def tile(layer: str, z: int, x: int, y: int):
    if layer not in LAYERS or z > MAX_ZOOM:
        abort(404)
    directory = os.path.join(tile_root(), layer, str(z))
    return send_from_directory(directory, tile_name(x, y), max_age=7 * 24 * 3600)


@bp.get("/overlays/<path:name>")
def overlay(name: str):
    return send_from_directory(
        os.path.join(tile_root(), "overlays"), name, mimetype="application/geo+json"
    )


@bp.get("/manifest")
def manifest():
    layers = {}
    for layer in sorted(LAYERS):
        path = os.path.join(tile_root(), layer)
        layers[layer] = sorted(int(z) for z in os.listdir(path) if z.isdigit()) if os.path.isdir(path) else []
    return {"layers": layers, "max_zoom": MAX_ZOOM}
