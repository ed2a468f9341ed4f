"""Download of harvest-day photos taken by crew leaders in each vineyard block.

Photos are stored on disk under one folder per block, and the vineyard team
pulls them into reports for the winemaker and for the marketing team.
"""

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import login_required

bp = Blueprint("harvest_photos", __name__, url_prefix="/harvest/photos")

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic")


def _photo_root() -> str:
    return current_app.config["HARVEST_PHOTO_ROOT"]


@bp.get("/<block_code>")
@login_required
def list_block_photos(block_code: str):
    if not block_code.isalnum():
        abort(404)
    folder = os.path.join(_photo_root(), block_code)
    if not os.path.isdir(folder):
        return jsonify(photos=[])
    photos = [
        {
            "name": entry.name,
            "taken": datetime.fromtimestamp(entry.stat().st_mtime).isoformat(),
            "bytes": entry.stat().st_size,
        }
        for entry in os.scandir(folder)
        if entry.is_file() and entry.name.lower().endswith(IMAGE_SUFFIXES)
    ]
    return jsonify(photos=sorted(photos, key=lambda p: p["taken"]))


@bp.get("/download")
@login_required
def download_photo():
    block_code = request.args.get("block", "")
    filename = request.args.get("file", "")
    if not block_code or not filename:
        abort(400)
    photo_path = os.path.join(_photo_root(), block_code, filename)
    if not os.path.isfile(photo_path):
        abort(404)
    return send_file(photo_path, as_attachment=True, download_name=filename)
