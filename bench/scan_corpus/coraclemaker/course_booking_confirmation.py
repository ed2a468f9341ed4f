"""Confirm paddling course bookings and email the "manage your booking" link.

The link lets a customer change the number of paddlers or cancel without
logging in, so the token in it is the only thing that identifies them.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, render_template, request, url_for
from flask_mail import Message

from .extensions import db, mail
from .models import CourseBooking, CourseSession

bp = Blueprint("course_bookings", __name__)

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=60)


def _manage_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def _send_confirmation(booking: CourseBooking) -> None:
    link = url_for("course_bookings.manage", token=booking.manage_token, _external=True)
    msg = Message(
        subject=f"Your coracle course on {booking.session.starts_at:%d %B}",
        recipients=[booking.email],
        html=render_template("emails/course_confirmed.html", booking=booking, link=link),
    )
    mail.send(msg)


@bp.post("/courses/<int:session_id>/book")
def book(session_id: int):
    course = db.session.get(CourseSession, session_id) or abort(404)
    data = request.get_json(force=True)
    paddlers = int(data.get("paddlers", 1))
    if paddlers < 1 or paddlers > course.places_left:
        abort(409, "not enough places left on this course")
    booking = CourseBooking(
        session=course,
        email=data["email"].strip().lower(),
        lead_name=data["name"],
        paddlers=paddlers,
        manage_token=_manage_token(),
        token_expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    course.places_left -= paddlers
    db.session.add(booking)
    db.session.commit()
    _send_confirmation(booking)
    return jsonify({"booking_id": booking.id}), 201


@bp.get("/bookings/manage/<token>")
def manage(token: str):
    booking = CourseBooking.query.filter_by(manage_token=token).first_or_404()
    if booking.token_expires_at < datetime.now(timezone.utc):
        abort(410)
    return render_template("bookings/manage.html", booking=booking)
