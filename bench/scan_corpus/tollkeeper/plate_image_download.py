"""Evidence image download for the penalty appeals desk.

Appeals officers open the gantry photo attached to a plate-read event to
compare it with the motorist's registration documents.
"""
import os

from flask import Blueprint, abort, send_file
from flask_login import login_required

from tollkeeper.config import settings
from tollkeeper.repositories import gantries

bp = Blueprint("evidence_images", __name__, url_prefix="/appeals")

IMAGE_ROOT = settings.PLATE_IMAGE_ROOT
ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png")


def _image_path(gantry_id: str, image_name: str) -> str:
    folder = gantries.get(gantry_id).image_folder
    return os.path.join(IMAGE_ROOT, folder, image_name)


@bp.get("/images/<gantry_id>/<path:image_name>")
@login_required
def evidence_image(gantry_id: str, image_name: str):
    if not gantries.exists(gantry_id) or not image_name.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    path = _image_path(gantry_id, image_name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="image/jpeg", max_age=0)


@bp.get("/images/<gantry_id>")
@login_required
def list_gantry_images(gantry_id: str):
    if not gantries.exists(gantry_id):
        abort(404)
    folder = os.path.join(IMAGE_ROOT, gantries.get(gantry_id).image_folder)
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_SUFFIXES))
    return {"gantry": gantry_id, "images": names[-100:]}
