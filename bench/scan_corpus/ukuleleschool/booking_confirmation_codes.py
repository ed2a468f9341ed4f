"""Lesson booking endpoints: students reserve a slot and get a confirmation code."""
import random
import string
from datetime import datetime

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import LessonSlot, Booking, db

bp = Blueprint("bookings", __name__, url_prefix="/api/bookings")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


def new_confirmation_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


@bp.post("/")
@login_required
def create_booking():
    payload = request.get_json(force=True)
    slot = LessonSlot.query.get_or_404(payload["slot_id"])
    if slot.booked:
        abort(409, description="slot already taken")
    if slot.starts_at <= datetime.utcnow():
        abort(400, description="slot is in the past")

    booking = Booking(
        slot_id=slot.id,
        student_id=current_user.id,
        instrument=payload.get("instrument", "soprano"),
        confirmation_code=new_confirmation_code(),
    )
    slot.booked = True
    db.session.add(booking)
    db.session.commit()
    return jsonify(
        booking_id=booking.id,
        confirmation_code=booking.confirmation_code,
        starts_at=slot.starts_at.isoformat(),
        teacher=slot.teacher.display_name,
    ), 201


@bp.post("/cancel")
def cancel_by_code():
    """Guests and parents can cancel with the code from the confirmation email."""
    payload = request.get_json(force=True)
    booking = Booking.query.filter_by(
        id=payload.get("booking_id"),
        confirmation_code=payload.get("code", ""),
    ).first()
    if booking is None:
        abort(404)
    booking.slot.booked = False
    booking.cancelled_at = datetime.utcnow()
    db.session.commit()
    return jsonify(status="cancelled")
