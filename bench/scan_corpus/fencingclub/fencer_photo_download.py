"""Serves member profile photos for the club website and the scoreboard."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("photos", __name__)

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".webp"}
MAX_UPLOAD_BYTES = 4 * 1024 * 1024


def photo_dir() -> str:
    return current_app.config["MEMBER_PHOTO_DIR"]


@bp.get("/photos")
@login_required
def get_photo():
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    path = os.path.join(photo_dir(), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, max_age=3600)


@bp.post("/photos/me")
@login_required
def upload_own_photo():
    upload = request.files.get("photo")
    if upload is None:
        abort(400)
    ext = os.path.splitext(upload.filename or "")[1].lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        abort(413)
    target = os.path.join(photo_dir(), f"member-{int(current_user.id)}{ext}")
    with open(target, "wb") as fh:
        fh.write(data)
    return {"file": os.path.basename(target)}, 201
