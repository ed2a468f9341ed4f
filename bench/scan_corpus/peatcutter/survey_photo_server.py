"""Serves field survey photographs to the internal mapping viewer.

Surveyors photograph gully erosion, bare peat and dam condition at each
monitoring point. The viewer shows a thumbnail on the map and loads the
full photograph when a point is clicked.
"""

import os

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

bp = Blueprint("survey_photos", __name__)

PHOTO_ROOT = os.environ.get("SURVEY_PHOTO_ROOT", "/srv/peatcutter/survey-photos")
THUMB_SUFFIX = "_thumb.jpg"
MIME_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


def photo_path(site_code: str, name: str, thumbnail: bool) -> str:
    if thumbnail:
        stem, _ = os.path.splitext(name)
        name = stem + THUMB_SUFFIX
    return os.path.join(PHOTO_ROOT, site_code.upper(), name)


@bp.get("/sites/<site_code>/photo")
@login_required
def get_photo(site_code: str):
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = photo_path(site_code, name, request.args.get("thumb") == "1")
    if not os.path.isfile(path):
        abort(404)
    mimetype = MIME_TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")
    return send_file(path, mimetype=mimetype, max_age=3600)
