"""Self check-in links sent to hirers the evening before departure.

The link opens the boat handover page, shows where the key safe is on the
boat and lets the lead hirer accept the damage-deposit terms before arrival.
"""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, render_template, url_for

from canalboat.db import db
from canalboat.mail import send_template
from canalboat.models import Booking, CheckinLink

bp = Blueprint("checkin", __name__, url_prefix="/checkin")

LINK_LIFETIME = timedelta(hours=36)


def _new_link_token() -> str:
    return uuid.uuid1().hex


def issue_link(booking: Booking) -> CheckinLink:
    link = CheckinLink(
        booking_id=booking.id,
        token=_new_link_token(),
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.session.add(link)
    db.session.commit()
    send_template(
        to=booking.lead_hirer_email,
        template="checkin_link",
        context={
            "url": url_for("checkin.open_link", token=link.token, _external=True),
            "boat": booking.boat.name,
            "departure": booking.start_date.isoformat(),
        },
    )
    return link


@bp.get("/<token>")
def open_link(token: str):
    link = CheckinLink.query.filter_by(token=token).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    booking = link.booking
    return render_template(
        "checkin/handover.html",
        booking=booking,
        key_safe=booking.boat.key_safe_location,
        key_safe_code=booking.boat.key_safe_code,
    )
