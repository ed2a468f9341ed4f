"""Guest sessions for workshop bookings.

People booking a workshop without a member account confirm their email with a
one-time link; the link signs them in to the booking portal for the day so
they can choose seats, add pillow hire and pay.
"""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, make_response, redirect, request, url_for

from lacemaker.workshops.guests import consume_magic_link, load_guest_session, store_guest_session

bp = Blueprint("guest_booking", __name__, url_prefix="/book")

COOKIE_NAME = "lm_guest_session"
SESSION_HOURS = 24


def cookie_options(expires: datetime) -> dict:
    return {
        "expires": expires,
        "path": "/book",
        "samesite": "Lax",
    }


@bp.get("/confirm/<link_token>")
def confirm_email(link_token: str):
    guest = consume_magic_link(link_token)
    if guest is None:
        abort(410)
    session_token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(hours=SESSION_HOURS)
    store_guest_session(guest.id, session_token, expires)
    response = make_response(redirect(url_for("guest_booking.basket")))
    response.set_cookie(COOKIE_NAME, session_token, **cookie_options(expires))
    return response


@bp.get("/basket")
def basket():
    token = request.cookies.get(COOKIE_NAME)
    guest = load_guest_session(token) if token else None
    if guest is None:
        abort(401)
    return {
        "guest": guest.email,
        "bookings": [booking.as_dict() for booking in guest.pending_bookings],
    }
