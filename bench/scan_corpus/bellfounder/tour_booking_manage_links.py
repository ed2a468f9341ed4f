"""Visitor tour bookings: creation and self-service management links."""

import random
import string
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request, url_for

from bellfounder.db import db
from bellfounder.models import TourBooking

bp = Blueprint("tour_bookings", __name__, url_prefix="/tours")

_ALPHABET = string.ascii_uppercase + string.digits


def _make_code(length: int = 10) -> str:
    return "".join(random.choices(_ALPHABET, k=length))


@bp.post("/bookings")
def create_booking():
    data = request.get_json(force=True)
    booking = TourBooking(
        visitor_name=data["name"],
        email=data["email"],
        tour_slot_id=int(data["slot_id"]),
        party_size=int(data.get("party_size", 1)),
        manage_code=_make_code(),
        created_at=datetime.now(timezone.utc),
    )
    db.session.add(booking)
    db.session.commit()
    link = url_for("tour_bookings.manage_booking", code=booking.manage_code, _external=True)
    return jsonify({"id": booking.id, "manage_url": link}), 201


@bp.get("/manage/<code>")
def manage_booking(code):
    booking = TourBooking.query.filter_by(manage_code=code).first()
    if booking is None:
        abort(404)
    return jsonify(
        {
            "name": booking.visitor_name,
            "email": booking.email,
            "slot": booking.tour_slot.starts_at.isoformat(),
            "party_size": booking.party_size,
            "cancelled": booking.cancelled_at is not None,
        }
    )


@bp.post("/manage/<code>/cancel")
def cancel_booking(code):
    booking = TourBooking.query.filter_by(manage_code=code).first_or_404()
    booking.cancelled_at = datetime.now(timezone.utc)
    db.session.commit()
    return jsonify({"cancelled": True})
