"""Self-service links for rescheduling a clock collection.

When a repair is finished the customer is emailed a link that lets them
pick, move or cancel the collection slot without signing in.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request

from clockmaker.db import db
from clockmaker.models import CollectionBooking
from clockmaker.notifications import send_collection_email

bp = Blueprint("collection_links", __name__, url_prefix="/collection")

LINK_TTL = timedelta(days=14)
_ALPHABET = string.ascii_letters + string.digits


def _make_reference(length: int = 24, alphabet: str = _ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


def issue_manage_link(booking: CollectionBooking) -> str:
    booking.manage_token = _make_reference()
    booking.manage_token_expires = datetime.now(timezone.utc) + LINK_TTL
    db.session.commit()
    return f"https://portal.example-clockworks.co.uk/collection/{booking.manage_token}"


@bp.post("/<int:booking_id>/notify")
def notify_customer(booking_id: int):
    booking = CollectionBooking.query.get_or_404(booking_id)
    link = issue_manage_link(booking)
    send_collection_email(booking.customer.email, link=link, ticket=booking.ticket_number)
    return jsonify({"sent": True})


@bp.post("/<token>/reschedule")
def reschedule(token: str):
    booking = CollectionBooking.query.filter_by(manage_token=token).first()
    if booking is None or booking.manage_token_expires < datetime.now(timezone.utc):
        abort(404)
    slot = request.get_json(force=True).get("slot")
    booking.slot_start = datetime.fromisoformat(slot)
    db.session.commit()
    return jsonify({"ticket": booking.ticket_number, "slot": booking.slot_start.isoformat()})
