"""Self-service cancellation for community workshop bookings.

Each booking confirmation email carries a short cancellation code; anyone
holding the code can release the seat without logging in.
"""
import random
import string
from datetime import datetime, timedelta

from flask import Blueprint, abort, jsonify, request

from studio.mail import send_template
from studio.models import Booking, db

bp = Blueprint("bookings", __name__)

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


def new_cancellation_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


@bp.post("/workshops/<int:workshop_id>/book")
def book_seat(workshop_id: int):
    form = request.get_json(force=True)
    booking = Booking(
        workshop_id=workshop_id,
        attendee_name=form["name"],
        attendee_email=form["email"],
        cancel_code=new_cancellation_code(),
        cancel_deadline=datetime.utcnow() + timedelta(days=2),
    )
    db.session.add(booking)
    db.session.commit()
    send_template(
        booking.attendee_email,
        "booking_confirmed.html",
        booking=booking,
    )
    return jsonify(booking_id=booking.id), 201


@bp.post("/bookings/cancel")
def cancel_booking():
    code = request.get_json(force=True).get("code", "").strip().upper()
    booking = Booking.query.filter_by(cancel_code=code, cancelled_at=None).first()
    if booking is None:
        abort(404)
    if datetime.utcnow() > booking.cancel_deadline:
        return jsonify(error="cancellation window closed"), 409
    booking.cancelled_at = datetime.utcnow()
    db.session.commit()
    return jsonify(status="cancelled", workshop_id=booking.workshop_id)
