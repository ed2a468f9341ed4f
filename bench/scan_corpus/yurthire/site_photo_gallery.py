"""Gallery of set-up photos that crews take when a yurt village is finished on site."""

import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("setup_gallery", __name__, url_prefix="/bookings")

IMAGE_TYPES = {".jpg", ".jpeg", ".png", ".webp"}


def _booking_folder(booking_id: int) -> str:
    return os.path.join(current_app.config["SETUP_PHOTO_ROOT"], f"{booking_id:08d}")


def _allowed(booking_id: int) -> bool:
    return current_user.is_staff or booking_id in current_user.booking_ids


@bp.get("/<int:booking_id>/gallery")
@login_required
def gallery_index(booking_id: int):
    if not _allowed(booking_id):
        abort(403)
    folder = _booking_folder(booking_id)
    try:
        entries = os.listdir(folder)
    except FileNotFoundError:
        entries = []
    photos = sorted(e for e in entries if os.path.splitext(e)[1].lower() in IMAGE_TYPES)
    return jsonify({"booking_id": booking_id, "photos": photos})


@bp.get("/<int:booking_id>/gallery/<path:filename>")
@login_required
def gallery_photo(booking_id: int, filename: str):
    if not _allowed(booking_id):
        abort(403)
    if os.path.splitext(filename)[1].lower() not in IMAGE_TYPES:
        abort(404)
    return send_from_directory(_booking_folder(booking_id), filename, max_age=3600)
