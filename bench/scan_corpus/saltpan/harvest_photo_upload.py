"""Photo uploads from the pan crews.

Crews photograph the salt crust before raking and any pan wall damage; the
photos are attached to the day's harvest log entry for that pan.
"""
import os
import uuid
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("harvest_photos", __name__, url_prefix="/api/harvest")

PHOTO_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _photo_dir(pan_id: str, day: date) -> str:
    root = current_app.config["HARVEST_PHOTO_ROOT"]
    return os.path.join(root, day.isoformat(), secure_filename(pan_id))


def _stored_name(original: str) -> str:
    cleaned = secure_filename(original) or "photo.jpg"
    stem, ext = os.path.splitext(cleaned)
    if ext.lower() not in PHOTO_EXTENSIONS:
        abort(415, description=f"unsupported photo type {ext or '(none)'}")
    return f"{stem[:40]}-{uuid.uuid4().hex[:8]}{ext.lower()}"


@bp.post("/<pan_id>/photos")
def upload_photos(pan_id: str):
    files = request.files.getlist("photos")
    if not files:
        abort(400, description="no photos in request")
    day = date.fromisoformat(request.form.get("day", date.today().isoformat()))
    folder = _photo_dir(pan_id, day)
    os.makedirs(folder, exist_ok=True)
    saved = []
    for upload in files:
        name = _stored_name(upload.filename or "")
        upload.save(os.path.join(folder, name))
        saved.append(name)
    current_app.logger.info("pan %s: %d photos stored for %s", pan_id, len(saved), day)
    return jsonify(pan=pan_id, day=day.isoformat(), photos=saved), 201
