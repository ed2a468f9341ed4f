"""Serves the gate camera snapshots attached to passage log entries."""
from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import login_required

bp = Blueprint("passage_photos", __name__, url_prefix="/photos")

ALLOWED_EXTENSIONS = (".jpg", ".jpeg", ".png")


def photo_root() -> str:
    return current_app.config["PASSAGE_PHOTO_DIR"]


@bp.get("/")
@login_required
def list_photos():
    root = photo_root()
    entries = []
    for name in sorted(os.listdir(root)):
        if not name.lower().endswith(ALLOWED_EXTENSIONS):
            continue
        stat = os.stat(os.path.join(root, name))
        entries.append(
            {
                "name": name,
                "size": stat.st_size,
                "taken": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
            }
        )
    return jsonify(entries)


@bp.get("/<path:filename>")
@login_required
def get_photo(filename: str):
    if not filename.lower().endswith(ALLOWED_EXTENSIONS):
        abort(404)
    full_path = os.path.join(photo_root(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, max_age=3600)


@bp.get("/by-passage/<int:passage_id>")
@login_required
def photo_for_passage(passage_id: int):
    name = f"passage-{passage_id:08d}.jpg"
    full_path = os.path.join(photo_root(), name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="image/jpeg", max_age=3600)
