"""Thumbnail generation for uploaded avatar images."""
import re
import subprocess
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("avatars", __name__, url_prefix="/api/avatars")

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".webp"}
SIZE_RE = re.compile(r"^\d{2,4}x\d{2,4}$")


@bp.post("/")
def upload_avatar():
    upload = request.files.get("image")
    if upload is None:
        abort(400, "missing image")
    ext = Path(upload.filename or "").suffix.lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    size = request.form.get("size", "256x256")
    if not SIZE_RE.fullmatch(size):
        abort(400, "size must look like 256x256")

    media_root = Path(current_app.config["MEDIA_ROOT"])
    image_id = uuid.uuid4().hex
    src = media_root / f"{image_id}{ext}"
    dst = media_root / f"{image_id}_thumb.jpg"
    upload.save(src)

    subprocess.run(
        ["convert", str(src), "-auto-orient", "-thumbnail", size, "-strip", str(dst)],
        check=True,
        timeout=30,
    )
    return jsonify({"id": image_id, "thumbnail": dst.name}), 201
