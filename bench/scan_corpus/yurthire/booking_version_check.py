"""Booking edit API with optimistic concurrency via ETag / If-Match headers."""

from __future__ import annotations

import hashlib
import json

from flask import Blueprint, abort, jsonify, make_response, request
from flask_login import current_user, login_required

from .repository import BookingRepository

bp = Blueprint("booking_edit", __name__, url_prefix="/api/bookings")

EDITABLE_FIELDS = {"yurt_count", "event_date", "venue_postcode", "extras", "notes"}


def _etag(booking: dict) -> str:
    canonical = json.dumps(booking, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:32]


def _load_for_user(booking_id: int) -> dict:
    booking = BookingRepository.get(booking_id)
    if booking is None:
        abort(404)
    if booking["customer_id"] != current_user.id and not current_user.is_staff:
        abort(403)
    return booking


@bp.get("/<int:booking_id>")
@login_required
def get_booking(booking_id: int):
    booking = _load_for_user(booking_id)
    response = make_response(jsonify(booking))
    response.headers["ETag"] = f'"{_etag(booking)}"'
    return response


@bp.patch("/<int:booking_id>")
@login_required
def update_booking(booking_id: int):
    booking = _load_for_user(booking_id)
    if booking["status"] in ("dispatched", "completed", "cancelled"):
        abort(409, description="booking can no longer be edited")
    if_match = request.headers.get("If-Match", "").strip('"')
    if not if_match:
        abort(428, description="If-Match header required")
    if if_match != _etag(booking):
        abort(412, description="booking was changed by someone else; reload and try again")

    changes = request.get_json(silent=True) or {}
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        abort(400, description=f"cannot edit: {', '.join(sorted(unknown))}")
    updated = BookingRepository.update(booking_id, changes, edited_by=current_user.id)
    response = make_response(jsonify(updated))
    response.headers["ETag"] = f'"{_etag(updated)}"'
    return response
