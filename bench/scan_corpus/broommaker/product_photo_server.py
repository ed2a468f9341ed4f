"""Serve product photos (besoms, brushes, workshop shots) for the shop front.

Photos are organised in sub-folders per product range, e.g.
/photos/besoms/garden-besom-large.jpg
"""

import mimetypes
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("photos", __name__)

IMAGE_TYPES = {".jpg", ".jpeg", ".png", ".webp"}


def photo_root() -> Path:
    return Path(current_app.config.get("PHOTO_ROOT", "/srv/broomworks/photos")).resolve()


def locate_photo(requested: str, root: Path | None = None) -> Path | None:
    root = root or photo_root()
    candidate = (root / requested).resolve()
    if not candidate.is_relative_to(root):
        return None
    if candidate.suffix.lower() not in IMAGE_TYPES or not candidate.is_file():
        return None
    return candidate


@bp.get("/photos/<path:requested>")
def photo(requested: str):
    path = locate_photo(requested)
    if path is None:
        abort(404)
    mimetype, _ = mimetypes.guess_type(path.name)
    response = send_file(path, mimetype=mimetype or "application/octet-stream", max_age=7 * 86400)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.get("/photos/<range_name>/")
def photo_listing(range_name: str):
    folder = locate_folder(range_name)
    if folder is None:
        abort(404)
    names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in IMAGE_TYPES)
    return {"range": range_name, "photos": names}


def locate_folder(range_name: str) -> Path | None:
    root = photo_root()
    folder = (root / range_name).resolve()
    if folder.parent != root or not folder.is_dir():
        return None
    return folder
