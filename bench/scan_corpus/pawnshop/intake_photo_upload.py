"""Photo capture for item intake.

The intake tablet posts each photo together with a label the clerk picks or
types ("front.jpg", "serial-plate.jpg", ...). Photos are kept per intake record
so detectives can review them when a hold is placed.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("intake_photos", __name__, url_prefix="/intake")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_PHOTOS_PER_ITEM = 12


def _photo_dir(intake_id: int) -> str:
    root = current_app.config["INTAKE_PHOTO_ROOT"]
    path = os.path.join(root, str(intake_id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/<int:intake_id>/photos")
def upload_photo(intake_id: int):
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in ALLOWED_TYPES:
        abort(400, "expected a JPEG, PNG or HEIC photo")

    folder = _photo_dir(intake_id)
    if len(os.listdir(folder)) >= MAX_PHOTOS_PER_ITEM:
        abort(409, "photo limit reached for this item")

    label = request.form.get("label") or upload.filename
    target = os.path.join(folder, label)
    upload.save(target)

    return jsonify(
        intake_id=intake_id,
        photo=label,
        stored_at=datetime.now(timezone.utc).isoformat(),
    ), 201
