"""Gate camera snapshots for passage log entries, served to signed-in keepers."""
from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import login_required

bp = Blueprint("photo_store", __name__, url_prefix="/snapshots")

ALLOWED_EXTENSIONS = (".jpg", ".jpeg", ".png")


def snapshot_dir() -> str:
    return current_app.config["PASSAGE_PHOTO_DIR"]


@bp.get("/")
@login_required
def index():
    root = snapshot_dir()
    items = []
    with os.scandir(root) as entries:
        for entry in entries:
            if entry.is_file() and entry.name.lower().endswith(ALLOWED_EXTENSIONS):
                stat = entry.stat()
                items.append(
                    {
                        "name": entry.name,
                        "size": stat.st_size,
                        "taken": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
                    }
                )
    items.sort(key=lambda item: item["taken"], reverse=True)
    return jsonify(items)


@bp.get("/<path:filename>")
@login_required
def snapshot(filename: str):
    if not filename.lower().endswith(ALLOWED_EXTENSIONS):
        abort(404)
    return send_from_directory(snapshot_dir(), filename, max_age=3600)


@bp.get("/latest/<lock_id>")
@login_required
def latest_for_lock(lock_id: str):
    prefix = f"{lock_id}-"
    root = snapshot_dir()
    candidates = sorted(
        name for name in os.listdir(root)
        if name.startswith(prefix) and name.lower().endswith(ALLOWED_EXTENSIONS)
    )
    if not candidates:
        abort(404)
    return send_from_directory(root, candidates[-1], max_age=60)
