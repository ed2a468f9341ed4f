"""Emailed 'manage my booking' links for scooter and wheelchair hires."""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, redirect, session, url_for

from wheelchairhire.config import settings
from wheelchairhire.db import db
from wheelchairhire.mail import send_template
from wheelchairhire.models import Booking, ManageLink

bp = Blueprint("manage_links", __name__)

LINK_ALPHABET = string.ascii_letters + string.digits


def _link_code(length: int = 24, alphabet: str = LINK_ALPHABET) -> str:
    return "".join(random.choice(alphabet) for _ in range(length))


def issue_manage_link(booking: Booking) -> str:
    link = ManageLink(
        booking_id=booking.id,
        token=_link_code(),
        expires_at=datetime.now(timezone.utc) + timedelta(days=settings.MANAGE_LINK_DAYS),
    )
    db.session.add(link)
    db.session.commit()
    url = url_for("manage_links.open_booking", token=link.token, _external=True)
    send_template(
        booking.customer.email,
        "emails/manage_booking.html",
        booking=booking,
        manage_url=url,
    )
    return url


@bp.get("/b/<token>")
def open_booking(token: str):
    link = ManageLink.query.filter_by(token=token, revoked=False).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    session["manage_booking_id"] = link.booking_id
    return redirect(url_for("bookings.detail", booking_id=link.booking_id))
