"""Serves XYZ map tiles cut from drone orthomosaics.

The web map on the public restoration page shows before/after imagery for
each site; tiles are pre-rendered by gdal2tiles into TILE_ROOT/<layer>/.
"""
import os
import re

from flask import Flask, abort, jsonify, send_from_directory

app = Flask(__name__)
app.config["TILE_ROOT"] = os.environ.get("TILE_ROOT", "/srv/tiles")

LAYER_RE = re.compile(r"^[a-z0-9-]{3,64}$")


def _layer_dir(layer: str) -> str:
    if not LAYER_RE.fullmatch(layer):
        abort(404)
    return os.path.join(app.config["TILE_ROOT"], layer)


@app.get("/tiles/<layer>/<int:z>/<int:x>/<int:y>.png")
def tile(layer: str, z: int, x: int, y: int):
    if z > 22:
        abort(404)
    response = send_from_directory(_layer_dir(layer), f"{z}/{x}/{y}.png", max_age=86400)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@app.get("/tiles/<layer>/<path:asset>")
def layer_asset(layer: str, asset: str):
    """Legend images, tilemapresource.xml and the layer's metadata JSON."""
    return send_from_directory(_layer_dir(layer), asset, max_age=3600)


@app.get("/tiles")
def layers():
    root = app.config["TILE_ROOT"]
    names = sorted(
        name
        for name in os.listdir(root)
        if LAYER_RE.fullmatch(name) and os.path.isdir(os.path.join(root, name))
    )
    return jsonify({"layers": names})
