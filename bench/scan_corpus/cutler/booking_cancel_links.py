"""Confirmation e-mails for sharpening-service bookings, with a one-click cancel link."""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, redirect, url_for

bp = Blueprint("booking_links", __name__, url_prefix="/bookings")

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_TTL = timedelta(days=14)


@dataclass
class BookingLink:
    booking_id: int
    token: str
    expires_at: datetime


def new_cancel_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def issue_cancel_link(db, booking_id: int) -> BookingLink:
    link = BookingLink(
        booking_id=booking_id,
        token=new_cancel_token(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.execute(
        "INSERT INTO booking_links (booking_id, token, expires_at) VALUES (?, ?, ?)",
        (link.booking_id, link.token, link.expires_at.isoformat()),
    )
    db.commit()
    return link


@bp.get("/cancel/<token>")
def cancel_booking(token: str):
    db = current_app.extensions["booking_db"]
    row = db.execute(
        "SELECT booking_id, expires_at FROM booking_links WHERE token = ?", (token,)
    ).fetchone()
    if row is None:
        abort(404)
    if datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
        abort(410)
    db.execute("UPDATE bookings SET status = 'cancelled' WHERE id = ?", (row[0],))
    db.execute("DELETE FROM booking_links WHERE booking_id = ?", (row[0],))
    db.commit()
    return redirect(url_for("bookings.cancelled", booking_id=row[0]))
