"""One-click drop-off links emailed to owners the evening before a stay."""
import string
from datetime import datetime, timedelta, timezone
from random import choices as pick

from flask import Blueprint, abort, current_app, redirect, url_for

from .db import get_db
from .mailer import send_template

bp = Blueprint("dropoff", __name__, url_prefix="/dropoff")

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 32
LINK_TTL = timedelta(hours=36)


def _new_link_token(length: int = LINK_LENGTH) -> str:
    return "".join(pick(LINK_ALPHABET, k=length))


def issue_dropoff_link(booking_id: int) -> str:
    db = get_db()
    booking = db.execute(
        "SELECT id, owner_email, pet_name FROM bookings WHERE id = ?",
        (booking_id,),
    ).fetchone()
    if booking is None:
        raise LookupError(booking_id)

    token = _new_link_token()
    expires = datetime.now(timezone.utc) + LINK_TTL
    db.execute(
        "INSERT INTO dropoff_links (token, booking_id, expires_at) VALUES (?, ?, ?)",
        (token, booking_id, expires.isoformat()),
    )
    db.commit()

    link = url_for("dropoff.confirm", token=token, _external=True)
    send_template(
        booking["owner_email"],
        "dropoff_link.html",
        pet_name=booking["pet_name"],
        link=link,
    )
    return token


@bp.get("/<token>")
def confirm(token: str):
    db = get_db()
    row = db.execute(
        "SELECT booking_id, expires_at, used FROM dropoff_links WHERE token = ?",
        (token,),
    ).fetchone()
    if row is None or row["used"]:
        abort(404)
    if datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(410)

    db.execute("UPDATE dropoff_links SET used = 1 WHERE token = ?", (token,))
    db.execute(
        "UPDATE bookings SET status = 'checked_in', checked_in_at = ? WHERE id = ?",
        (datetime.now(timezone.utc).isoformat(), row["booking_id"]),
    )
    db.commit()
    current_app.logger.info("Booking %s checked in via link", row["booking_id"])
    return redirect(url_for("portal.booking_detail", booking_id=row["booking_id"]))
