"""Serves site survey photos (ground conditions, access gates) taken by the crew."""

import os

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("site_photos", __name__, url_prefix="/bookings")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _photo_root() -> str:
    return current_app.config["SITE_PHOTO_ROOT"]


def _can_view(booking_id: int) -> bool:
    if current_user.is_staff:
        return True
    return booking_id in current_user.booking_ids


@bp.get("/<int:booking_id>/photos")
@login_required
def list_photos(booking_id: int):
    if not _can_view(booking_id):
        abort(403)
    folder = os.path.join(_photo_root(), str(booking_id))
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(
        n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in ALLOWED_EXTENSIONS
    )
    return jsonify(names)


@bp.get("/<int:booking_id>/photos/<path:filename>")
@login_required
def get_photo(booking_id: int, filename: str):
    if not _can_view(booking_id):
        abort(403)
    if os.path.splitext(filename)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(404)
    full_path = os.path.join(_photo_root(), str(booking_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, max_age=3600)
