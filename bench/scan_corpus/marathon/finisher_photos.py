"""Serve finish-line photos to runners from the photo partner's upload share."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from photos.index import photos_for_bib

bp = Blueprint("photos", __name__, url_prefix="/photos")


def _photo_root() -> str:
    return current_app.config["FINISH_PHOTO_ROOT"]


def _photo_path(event: str, name: str) -> str:
    return os.path.join(_photo_root(), event, name)


@bp.get("/<event>")
@login_required
def list_photos(event: str):
    return {"photos": photos_for_bib(event, current_user.bib)}


@bp.get("/<event>/<path:name>")
@login_required
def download_photo(event: str, name: str):
    path = _photo_path(event, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="image/jpeg", as_attachment=True)
