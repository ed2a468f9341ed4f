"""Member profile photos for the website, the ladder page and scoreboards."""
from __future__ import annotations

import os
import uuid

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("member_photos", __name__)

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".webp"}
MAX_BYTES = 4 * 1024 * 1024


def _photo_dir() -> str:
    return current_app.config["MEMBER_PHOTO_DIR"]


@bp.get("/member-photos")
@login_required
def fetch_photo():
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    return send_from_directory(_photo_dir(), filename, max_age=3600)


@bp.post("/member-photos")
@login_required
def upload_photo():
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    ext = os.path.splitext(upload.filename)[1].lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        abort(413)
    stored_name = f"{int(current_user.id)}-{uuid.uuid4().hex}{ext}"
    with open(os.path.join(_photo_dir(), stored_name), "wb") as fh:
        fh.write(data)
    current_user.photo_file = stored_name
    current_app.extensions["sqlalchemy"].session.commit()
    return {"file": stored_name}, 201
