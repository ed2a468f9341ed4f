"""Mood-board photo uploads that clients attach to their event booking."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, session

bp = Blueprint("moodboard", __name__, url_prefix="/portal/bookings")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic"}
MAX_PHOTOS_PER_BOOKING = 40


def _booking_dir(booking_id: int) -> Path:
    root = Path(current_app.config["MOODBOARD_ROOT"])
    folder = root / f"booking-{booking_id}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _destination(booking_id: int, original_name: str) -> Path:
    return _booking_dir(booking_id) / original_name


def _client_owns(booking_id: int) -> bool:
    return booking_id in session.get("booking_ids", [])


@bp.post("/<int:booking_id>/photos")
def upload_photo(booking_id: int):
    if not _client_owns(booking_id):
        abort(403)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        return jsonify(error="only image files can be added to the mood board"), 415
    existing = [p for p in _booking_dir(booking_id).iterdir() if p.is_file()]
    if len(existing) >= MAX_PHOTOS_PER_BOOKING:
        return jsonify(error="photo limit reached for this booking"), 409

    target = _destination(booking_id, upload.filename)
    upload.save(target)
    return jsonify(stored=target.name, size=os.path.getsize(target)), 201


@bp.get("/<int:booking_id>/photos")
def list_photos(booking_id: int):
    if not _client_owns(booking_id):
        abort(403)
    photos = sorted(p.name for p in _booking_dir(booking_id).iterdir() if p.is_file())
    return jsonify(booking_id=booking_id, photos=photos)
