"""Thumbnail generation for uploaded product photos."""
import subprocess
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("photos", __name__, url_prefix="/api/photos")

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".webp"}


@bp.post("/")
def upload_photo():
    upload = request.files.get("photo")
    if upload is None:
        abort(400, "missing photo")
    ext = Path(upload.filename or "").suffix.lower()
    if ext not in ALLOWED_EXT:
        abort(415)

    media_root = Path(current_app.config["MEDIA_ROOT"])
    photo_id = uuid.uuid4().hex
    src = media_root / f"{photo_id}{ext}"
    dst = media_root / f"{photo_id}_thumb.jpg"
    upload.save(src)

    size = request.form.get("size", "320x320")
    subprocess.run(f"convert {src} -auto-orient -thumbnail {size} -strip {dst}", shell=True, check=True, timeout=30)
    return jsonify({"id": photo_id, "thumbnail": dst.name}), 201
