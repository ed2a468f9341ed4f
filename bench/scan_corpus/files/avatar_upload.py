"""Profile picture uploads."""
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from PIL import Image
from werkzeug.utils import secure_filename

bp = Blueprint("avatars", __name__)

ALLOWED = {"png", "jpg", "jpeg", "webp"}
MAX_SIDE = 512


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


@bp.post("/profile/avatar")
@login_required
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None or not upload.filename:
        abort(400, "no file")
    original = secure_filename(upload.filename)
    ext = _extension(original)
    if ext not in ALLOWED:
        abort(400, "unsupported image type")

    stored_name = f"{current_user.id}-{uuid.uuid4().hex}.{ext}"
    dest = os.path.join(current_app.config["AVATAR_DIR"], stored_name)

    img = Image.open(upload.stream)
    img.thumbnail((MAX_SIDE, MAX_SIDE))
    img.save(dest)

    current_user.avatar = stored_name
    current_user.save()
    return jsonify({"avatar": stored_name, "original": original}), 201
