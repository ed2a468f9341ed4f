"""Accepts zipped photo sets that consignors attach to condition report requests."""

import os
import shutil
import uuid
import zipfile

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("condition_photos", __name__)

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic")
MAX_MEMBERS = 200


def _unpack_photos(archive, dest_dir: str) -> list[str]:
    saved = []
    with zipfile.ZipFile(archive) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()][:MAX_MEMBERS]
        for member in members:
            if not member.filename.lower().endswith(IMAGE_SUFFIXES):
                continue
            target = os.path.join(dest_dir, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            saved.append(os.path.relpath(target, dest_dir))
    return saved


@bp.post("/lots/<int:lot_id>/condition-photos")
@login_required
def upload_condition_photos(lot_id: int):
    upload = request.files.get("photos")
    if upload is None or not upload.filename.lower().endswith(".zip"):
        return jsonify({"error": "expected a .zip of photos"}), 400

    batch = uuid.uuid4().hex
    dest = os.path.join(current_app.config["CONDITION_PHOTO_ROOT"], str(lot_id), batch)
    os.makedirs(dest, exist_ok=True)
    saved = _unpack_photos(upload.stream, dest)
    current_app.logger.info("user %s uploaded %d photos for lot %s", current_user.id, len(saved), lot_id)
    return jsonify({"batch": batch, "files": saved}), 201
