"""Serves swatch photographs of finished cloth to the customer portal.

Photographers drop JPEGs of each finished quality and colourway into the
swatch share; the portal shows them next to the order lines.
"""
import os
from datetime import timedelta

from flask import Blueprint, abort, current_app, jsonify, send_file

bp = Blueprint("swatches", __name__, url_prefix="/swatches")

SWATCH_DIR = os.environ.get("FULLER_SWATCH_DIR", "/srv/fuller/swatches")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")


def _list_swatches(quality_code: str):
    prefix = quality_code.upper() + "_"
    try:
        names = os.listdir(SWATCH_DIR)
    except FileNotFoundError:
        return []
    return sorted(
        n for n in names
        if n.upper().startswith(prefix) and n.lower().endswith(IMAGE_SUFFIXES)
    )


@bp.get("/quality/<quality_code>")
def swatches_for_quality(quality_code: str):
    return jsonify({
        "quality": quality_code,
        "images": [f"/swatches/image/{n}" for n in _list_swatches(quality_code)],
    })


@bp.get("/image/<path:filename>")
def swatch_image(filename: str):
    full_path = os.path.join(SWATCH_DIR, filename)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.debug("serving swatch %s", filename)
    return send_file(full_path, max_age=timedelta(days=1).total_seconds())
