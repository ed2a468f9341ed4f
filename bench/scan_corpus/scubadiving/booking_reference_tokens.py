"""Manage-my-booking links sent in confirmation e-mails.

Each booking gets a reference token; anyone holding the link can view,
reschedule or cancel the booking without logging in.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Booking, engine

bp = Blueprint("manage_booking", __name__, url_prefix="/manage")

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 24
LINK_LIFETIME = timedelta(days=30)


def new_manage_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def attach_manage_link(session: Session, booking: Booking) -> str:
    booking.manage_token = new_manage_token()
    booking.manage_token_expires = datetime.now(timezone.utc) + LINK_LIFETIME
    session.add(booking)
    session.commit()
    return f"https://bookings.bluereefdivers.example/manage/{booking.manage_token}"


def _load(session: Session, token: str) -> Booking:
    booking = session.scalars(
        select(Booking).where(Booking.manage_token == token)
    ).first()
    if booking is None or booking.manage_token_expires < datetime.now(timezone.utc):
        abort(404)
    return booking


@bp.get("/<token>")
def show_booking(token: str):
    with Session(engine) as session:
        booking = _load(session, token)
        return jsonify(
            reference=booking.reference,
            trip=booking.trip_name,
            departs=booking.departs_at.isoformat(),
            divers=booking.diver_count,
        )


@bp.post("/<token>/cancel")
def cancel_booking(token: str):
    with Session(engine) as session:
        booking = _load(session, token)
        booking.status = "cancelled"
        booking.cancel_reason = (request.get_json(silent=True) or {}).get("reason", "")[:200]
        session.commit()
        return jsonify(status="cancelled", reference=booking.reference)
