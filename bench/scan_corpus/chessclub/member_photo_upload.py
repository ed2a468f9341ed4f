"""Upload of member profile photos for the club roster and badges."""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("member_photos", __name__, url_prefix="/members/photo")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp"}
MAX_BYTES = 4 * 1024 * 1024


def _photo_root() -> Path:
    root = Path(current_app.config["MEMBER_PHOTO_ROOT"])
    root.mkdir(parents=True, exist_ok=True)
    return root


def _extension(original: str) -> str:
    ext = Path(secure_filename(original)).suffix.lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(415)
    return ext


@bp.route("", methods=["POST"])
@login_required
def upload_photo():
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    ext = _extension(upload.filename)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        abort(413)

    stored_name = f"{current_user.id}-{uuid.uuid4().hex}{ext}"
    (_photo_root() / stored_name).write_bytes(data)

    db = current_app.extensions["db_engine"]
    from sqlalchemy import text

    with db.begin() as conn:
        conn.execute(
            text("UPDATE members SET photo_file = :f WHERE id = :id"),
            {"f": stored_name, "id": current_user.id},
        )
    return jsonify(photo=stored_name), 201


@bp.route("/<int:member_id>")
@login_required
def show_photo(member_id: int):
    db = current_app.extensions["db_engine"]
    from sqlalchemy import text

    with db.connect() as conn:
        stored_name = conn.execute(
            text("SELECT photo_file FROM members WHERE id = :id"), {"id": member_id}
        ).scalar()
    if not stored_name:
        abort(404)
    return send_from_directory(_photo_root(), stored_name)
