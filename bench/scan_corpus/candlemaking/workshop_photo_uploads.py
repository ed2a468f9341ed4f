"""Attendees can upload photos of the candles they made in a workshop.

Photos go to a per-booking folder and are shown in the attendee's
account and, with consent, in the public gallery.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("workshop_photos", __name__, url_prefix="/bookings")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
MAX_BYTES = 8 * 1024 * 1024


def _booking_for(booking_id: int):
    bookings = current_app.extensions["bookings"]
    booking = bookings.get(booking_id)
    if booking is None or booking.customer_id != current_user.id:
        abort(404)
    return booking


def _target_path(booking_id: int, filename: str) -> Path:
    folder = Path(current_app.config["PHOTO_ROOT"]) / str(booking_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / filename


@bp.post("/<int:booking_id>/photos")
@login_required
def upload_photo(booking_id: int):
    booking = _booking_for(booking_id)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        return jsonify(error="no photo attached"), 400
    if Path(upload.filename).suffix.lower() not in ALLOWED_SUFFIXES:
        return jsonify(error="photos must be jpg, png or webp"), 400

    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return jsonify(error="photo is larger than 8 MB"), 413

    target = _target_path(booking.id, upload.filename)
    target.write_bytes(data)
    current_app.extensions["bookings"].add_photo(
        booking.id, target.name, public=request.form.get("consent") == "yes"
    )
    return jsonify(status="uploaded", file=target.name), 201


@bp.get("/<int:booking_id>/photos")
@login_required
def list_photos(booking_id: int):
    booking = _booking_for(booking_id)
    return jsonify(photos=current_app.extensions["bookings"].photos(booking.id))
