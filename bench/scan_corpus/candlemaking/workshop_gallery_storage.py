"""Stores attendee photos from workshops under server-generated names."""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("workshop_gallery", __name__, url_prefix="/bookings")

CONTENT_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
MAX_BYTES = 8 * 1024 * 1024


class GalleryStorage:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def save(self, booking_id: int, data: bytes, suffix: str) -> str:
        stored_name = f"{uuid.uuid4().hex}{suffix}"
        folder = self.root / str(booking_id)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / stored_name).write_bytes(data)
        return stored_name


def _storage() -> GalleryStorage:
    return GalleryStorage(current_app.config["PHOTO_ROOT"])


def _owned_booking(booking_id: int):
    booking = current_app.extensions["bookings"].get(booking_id)
    if booking is None or booking.customer_id != current_user.id:
        abort(404)
    return booking


@bp.post("/<int:booking_id>/gallery")
@login_required
def add_photo(booking_id: int):
    booking = _owned_booking(booking_id)
    upload = request.files.get("photo")
    if upload is None:
        return jsonify(error="no photo attached"), 400
    suffix = CONTENT_TYPES.get(upload.mimetype)
    if suffix is None:
        return jsonify(error="photos must be jpg, png or webp"), 400
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return jsonify(error="photo is larger than 8 MB"), 413

    stored_name = _storage().save(booking.id, data, suffix)
    current_app.extensions["bookings"].add_photo(
        booking.id,
        stored_name,
        original_name=(upload.filename or "")[:120],
        public=request.form.get("consent") == "yes",
    )
    return jsonify(status="uploaded", photo=stored_name), 201
