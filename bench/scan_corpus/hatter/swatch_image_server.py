"""Serves fabric swatch photographs to the online colour picker."""
from flask import Blueprint, abort, current_app, request, send_from_directory

from hatter.inventory import swatch_exists

bp = Blueprint("swatches", __name__, url_prefix="/swatches")

ALLOWED_SIZES = {"thumb", "medium", "full"}


def swatch_folder(size: str) -> str:
    if size not in ALLOWED_SIZES:
        abort(404)
    return f"{current_app.config['SWATCH_ROOT']}/{size}"


@bp.get("/<size>/<path:filename>")
def swatch(size: str, filename: str):
    if not swatch_exists(filename):
        abort(404)
    response = send_from_directory(swatch_folder(size), filename, max_age=86400)
    response.headers["Vary"] = "Accept"
    return response


@bp.get("/picker")
def picker():
    material = request.args.get("material", "felt")
    from hatter.inventory import swatches_for_material

    return {
        "material": material,
        "swatches": [
            {"sku": s.sku, "thumb": f"/swatches/thumb/{s.image_name}", "colour": s.colour}
            for s in swatches_for_material(material)
        ],
    }
