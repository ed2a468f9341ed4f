"""Serve route survey photos to wardens reviewing obstruction reports."""
from __future__ import annotations

import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file

from bridlepath.auth import warden_required
from bridlepath.surveys import photos_for_route

bp = Blueprint("survey_photos", __name__, url_prefix="/wardens/photos")

THUMB_SUFFIX = "_thumb"


def photo_root() -> str:
    return current_app.config.get("SURVEY_PHOTO_ROOT", "/srv/bridlepath/photos")


def _photo_path(route_code: str, filename: str, thumbnail: bool = False) -> str:
    if thumbnail:
        stem, ext = os.path.splitext(filename)
        filename = f"{stem}{THUMB_SUFFIX}{ext}"
    return os.path.join(photo_root(), route_code, filename)


@bp.get("/<route_code>")
@warden_required
def index(route_code: str):
    return {
        "route": route_code,
        "photos": [p.filename for p in photos_for_route(route_code)],
    }


@bp.get("/<route_code>/<path:filename>")
@warden_required
def photo(route_code: str, filename: str):
    path = _photo_path(route_code, filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, max_age=86400)


@bp.get("/<route_code>/thumb/<path:filename>")
@warden_required
def thumbnail(route_code: str, filename: str):
    path = _photo_path(route_code, filename, thumbnail=True)
    if not os.path.isfile(path):
        path = _photo_path(route_code, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, max_age=86400)
