"""Optimistic concurrency for booking edits made from the office calendar."""

from __future__ import annotations

import hashlib
import json

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from .db import db
from .models import Booking

bp = Blueprint("booking_edit", __name__, url_prefix="/office/bookings")

EDITABLE_FIELDS = ("visit_date", "slot", "technician_id", "access_notes", "appliance_type")


def booking_etag(booking: Booking) -> str:
    state = {name: str(getattr(booking, name)) for name in EDITABLE_FIELDS}
    state["version"] = booking.version
    blob = json.dumps(state, sort_keys=True).encode("utf-8")
    return '"' + hashlib.sha256(blob).hexdigest()[:32] + '"'


@bp.get("/<int:booking_id>")
@login_required
def get_booking(booking_id: int):
    booking = db.get_or_404(Booking, booking_id)
    body = {name: getattr(booking, name) for name in EDITABLE_FIELDS}
    body["id"] = booking.id
    response = jsonify(body)
    response.headers["ETag"] = booking_etag(booking)
    return response


@bp.patch("/<int:booking_id>")
@login_required
def update_booking(booking_id: int):
    booking = db.get_or_404(Booking, booking_id)
    if_match = request.headers.get("If-Match")
    if if_match is None:
        abort(428)
    if if_match != booking_etag(booking):
        abort(412)

    changes = request.get_json(silent=True) or {}
    for name in EDITABLE_FIELDS:
        if name in changes:
            setattr(booking, name, changes[name])
    booking.version += 1
    db.session.commit()

    response = jsonify({"id": booking.id, "version": booking.version})
    response.headers["ETag"] = booking_etag(booking)
    return response
