"""Serves restoration photos from the workshop archive to logged-in staff."""
import os
from datetime import datetime

from flask import Blueprint, current_app, jsonify, send_from_directory
from flask_login import login_required

bp = Blueprint("photos", __name__, url_prefix="/workshop/photos")

PHOTO_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _root() -> str:
    return current_app.config["PHOTO_ARCHIVE_ROOT"]


@bp.get("/")
@login_required
def index():
    items = []
    with os.scandir(_root()) as entries:
        for entry in entries:
            if entry.is_file() and os.path.splitext(entry.name)[1].lower() in PHOTO_EXTENSIONS:
                st = entry.stat()
                items.append(
                    {
                        "name": entry.name,
                        "size": st.st_size,
                        "modified": datetime.fromtimestamp(st.st_mtime).isoformat(),
                    }
                )
    items.sort(key=lambda item: item["name"])
    return jsonify(photos=items)


@bp.get("/<path:filename>")
@login_required
def photo(filename: str):
    return send_from_directory(_root(), filename, max_age=3600)
