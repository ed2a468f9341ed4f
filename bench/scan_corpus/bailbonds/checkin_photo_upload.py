"""Selfie upload for the defendant's scheduled check-in.

The app takes a photo at check-in time and uploads it together with the GPS
fix; agents compare it against the booking photo on the bond file.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

from .checkin_auth import require_checkin_session
from .models import CheckIn, db

bp = Blueprint("checkin_photos", __name__, url_prefix="/checkin")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
MAX_BYTES = 8 * 1024 * 1024


@bp.post("/photo")
@require_checkin_session
def upload_checkin_photo(defendant_id: int):
    upload = request.files.get("photo")
    if upload is None or upload.filename == "":
        abort(400, "photo is required")
    if upload.mimetype not in ALLOWED_TYPES:
        abort(415, "unsupported image type")
    try:
        lat = float(request.form["lat"])
        lon = float(request.form["lon"])
    except (KeyError, ValueError):
        abort(400, "lat and lon are required")

    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        abort(413)

    folder = os.path.join(current_app.config["CHECKIN_PHOTO_ROOT"], str(defendant_id))
    os.makedirs(folder, exist_ok=True)
    destination = os.path.join(folder, upload.filename)
    with open(destination, "wb") as fh:
        fh.write(data)

    checkin = CheckIn(
        defendant_id=defendant_id,
        latitude=lat,
        longitude=lon,
        photo_path=destination,
        taken_at=datetime.now(timezone.utc),
    )
    db.session.add(checkin)
    db.session.commit()
    return jsonify({"checkin_id": checkin.id, "received": True}), 201
