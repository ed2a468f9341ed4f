"""Manage-booking links for farm-stay guests.

Each confirmed booking gets an access key that is emailed to the guest;
whoever holds the link can view the stay, amend the arrival note or cancel
without logging in.
"""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, url_for

from shepherd.db import db
from shepherd.farmstay.models import Booking
from shepherd.mail import send_template

bp = Blueprint("booking_links", __name__, url_prefix="/stay")

LINK_LIFETIME = timedelta(days=60)


def _new_access_key() -> str:
    return uuid.uuid1().hex


def _load(key: str) -> Booking:
    booking = Booking.query.filter_by(access_key=key).first()
    if booking is None or booking.access_key_expires < datetime.now(timezone.utc):
        abort(404)
    return booking


def issue_manage_link(booking: Booking) -> str:
    booking.access_key = _new_access_key()
    booking.access_key_expires = datetime.now(timezone.utc) + LINK_LIFETIME
    db.session.commit()
    return url_for("booking_links.manage", key=booking.access_key, _external=True)


def send_confirmation(booking: Booking) -> None:
    link = issue_manage_link(booking)
    send_template(
        to=booking.guest_email,
        template="booking_confirmed",
        context={"cottage": booking.cottage.name, "arrive": booking.arrive, "link": link},
    )


@bp.get("/manage/<key>")
def manage(key: str):
    return jsonify(_load(key).to_guest_dict())


@bp.post("/manage/<key>/note")
def arrival_note(key: str):
    booking = _load(key)
    booking.arrival_note = (request.json or {}).get("note", "")[:1000]
    db.session.commit()
    return jsonify({"saved": True})


@bp.post("/manage/<key>/cancel")
def cancel(key: str):
    booking = _load(key)
    booking.status = "cancelled"
    booking.cancel_reason = (request.json or {}).get("reason", "")[:500]
    db.session.commit()
    return jsonify({"status": booking.status})
