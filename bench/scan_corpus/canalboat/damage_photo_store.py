"""Storage and retrieval of damage photos taken when a boat is returned.

Yard staff photograph scrapes, dents and broken fittings at handover; the
photos back up any deduction from the hirer's damage deposit.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from canalboat.settings import settings

bp = Blueprint("damage_photos", __name__, url_prefix="/damage")

PHOTO_ROOT = Path(settings.DAMAGE_PHOTO_DIR).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _photo_path(booking_ref: str, filename: str) -> Path:
    candidate = (PHOTO_ROOT / booking_ref / filename).resolve()
    if not candidate.is_relative_to(PHOTO_ROOT):
        abort(404)
    return candidate


@bp.post("/<booking_ref>/photos")
@login_required
def upload_photo(booking_ref: str):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    target = _photo_path(booking_ref, name)
    os.makedirs(target.parent, exist_ok=True)
    upload.save(target)
    return {"stored": name, "by": current_user.username}, 201


@bp.get("/<booking_ref>/photos/<path:filename>")
@login_required
def get_photo(booking_ref: str, filename: str):
    target = _photo_path(booking_ref, filename)
    if not target.is_file():
        abort(404)
    return send_file(target, max_age=3600)
