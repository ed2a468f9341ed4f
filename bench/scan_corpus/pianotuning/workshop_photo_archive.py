"""Browse and download photos from the restoration workshop archive."""
import mimetypes
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import login_required

bp = Blueprint("photo_archive", __name__, url_prefix="/workshop/photos")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _archive_root() -> str:
    return current_app.config["PHOTO_ARCHIVE_ROOT"]


@bp.get("/")
@login_required
def list_photos():
    root = _archive_root()
    photos = []
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        if not entry.is_file():
            continue
        if os.path.splitext(entry.name)[1].lower() not in ALLOWED_EXTENSIONS:
            continue
        stat = entry.stat()
        photos.append(
            {
                "name": entry.name,
                "size": stat.st_size,
                "taken": datetime.fromtimestamp(stat.st_mtime).isoformat(),
            }
        )
    return jsonify(photos=photos)


@bp.get("/<path:filename>")
@login_required
def download_photo(filename: str):
    full_path = os.path.join(_archive_root(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, max_age=3600)
