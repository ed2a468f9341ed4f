"""Manage-my-booking links emailed to showmen after a pitch is reserved.

The token in the link is the only thing needed to view, amend or cancel a
pitch booking, so it is stored alongside the booking row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request, url_for
from flask_mail import Message
from sqlalchemy import select

from .db import db_session
from .extensions import mail
from .models import PitchBooking

bp = Blueprint("pitch_bookings", __name__, url_prefix="/pitches")


@dataclass
class BookingRequest:
    ground_id: int
    pitch_ref: str
    showman_email: str
    arrive_on: date
    depart_on: date
    manage_token: str = field(default_factory=lambda: uuid.uuid1().hex)


def _booking_for(token: str) -> PitchBooking:
    booking = db_session.scalars(
        select(PitchBooking).where(PitchBooking.manage_token == token)
    ).one_or_none()
    if booking is None:
        abort(404)
    return booking


@bp.post("/book")
def book_pitch():
    payload = request.get_json(force=True)
    req = BookingRequest(
        ground_id=int(payload["ground_id"]),
        pitch_ref=str(payload["pitch_ref"]),
        showman_email=str(payload["email"]),
        arrive_on=date.fromisoformat(payload["arrive_on"]),
        depart_on=date.fromisoformat(payload["depart_on"]),
    )
    if req.depart_on < req.arrive_on:
        abort(400, "departure before arrival")
    booking = PitchBooking(
        ground_id=req.ground_id,
        pitch_ref=req.pitch_ref,
        email=req.showman_email,
        arrive_on=req.arrive_on,
        depart_on=req.depart_on,
        manage_token=req.manage_token,
        created_at=datetime.now(timezone.utc),
    )
    db_session.add(booking)
    db_session.commit()
    link = url_for("pitch_bookings.manage", token=req.manage_token, _external=True)
    mail.send(
        Message(
            subject="Your pitch booking",
            recipients=[req.showman_email],
            body=f"Manage your booking for pitch {req.pitch_ref} here: {link}",
            sender=current_app.config["MAIL_DEFAULT_SENDER"],
        )
    )
    return jsonify({"booking_id": booking.id}), 201


@bp.get("/manage/<token>")
def manage(token: str):
    booking = _booking_for(token)
    return jsonify(
        {
            "pitch": booking.pitch_ref,
            "arrive_on": booking.arrive_on.isoformat(),
            "depart_on": booking.depart_on.isoformat(),
            "status": booking.status,
        }
    )


@bp.post("/manage/<token>/cancel")
def cancel(token: str):
    booking = _booking_for(token)
    booking.status = "cancelled"
    db_session.commit()
    return jsonify({"status": booking.status})
