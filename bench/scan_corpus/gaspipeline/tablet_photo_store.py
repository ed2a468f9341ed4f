"""Persist right-of-way inspection photos uploaded from field tablets (Flask)."""
from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("row_photos", __name__, url_prefix="/api/inspections")

EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _photo_root() -> Path:
    return Path(current_app.config["ROW_PHOTO_ROOT"])


def stored_name(original: str) -> str:
    cleaned = secure_filename(original) or "photo"
    suffix = Path(cleaned).suffix.lower()
    if suffix not in EXTENSIONS:
        abort(415)
    return f"{uuid.uuid4().hex}{suffix}"


@bp.post("/<int:work_order>/photos")
@login_required
def upload_photo(work_order: int):
    photo = request.files.get("photo")
    if photo is None or not photo.filename:
        abort(400)
    folder = _photo_root() / f"{date.today():%Y/%m}" / str(work_order)
    folder.mkdir(parents=True, exist_ok=True)
    name = stored_name(photo.filename)
    photo.save(folder / name)
    current_app.logger.info("badge %s stored %s for WO %s", current_user.badge_id, name, work_order)
    return jsonify({"work_order": work_order, "stored_as": name, "original": photo.filename}), 201
