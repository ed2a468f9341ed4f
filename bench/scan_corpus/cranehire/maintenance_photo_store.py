"""Photos attached to maintenance records (worn sheaves, cracked welds...).

Technicians upload photos from the workshop tablet. Files are stored under
a server-generated name; the original file name is kept only as metadata.
"""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file

bp = Blueprint("maintenance_photos", __name__)

ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png"}


def _photo_root() -> Path:
    return Path(current_app.config["PHOTO_ROOT"]).resolve()


@bp.post("/maintenance/<int:record_id>/photos")
def upload_photo(record_id: int):
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in ALLOWED_TYPES:
        abort(400)
    photo_id = uuid.uuid4().hex
    stored_name = photo_id + ALLOWED_TYPES[upload.mimetype]
    target = _photo_root() / str(record_id) / stored_name
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    from cranehire.maintenance import add_photo

    add_photo(record_id, photo_id, stored_name, original_name=upload.filename or "")
    return jsonify({"photo_id": photo_id}), 201


@bp.get("/maintenance/<int:record_id>/photos/<photo_id>")
def get_photo(record_id: int, photo_id: str):
    from cranehire.maintenance import find_photo

    photo = find_photo(record_id, photo_id)
    if photo is None:
        abort(404)
    root = _photo_root()
    path = (root / str(record_id) / photo.stored_name).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        abort(404)
    return send_file(path, mimetype=photo.mimetype, download_name=os.path.basename(path))
