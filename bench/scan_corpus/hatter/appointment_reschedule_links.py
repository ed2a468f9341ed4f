"""Emailed links that let a client move or cancel a fitting appointment without logging in."""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, redirect, url_for
from flask_mail import Message

from hatter.extensions import db, mail
from hatter.models import Appointment, RescheduleLink

bp = Blueprint("reschedule", __name__)

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 24
LINK_TTL = timedelta(days=3)


def _link_code(length: int = LINK_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


def issue_link(appointment: Appointment) -> RescheduleLink:
    link = RescheduleLink(
        appointment_id=appointment.id,
        code=_link_code(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.session.add(link)
    db.session.commit()
    return link


def send_reschedule_email(appointment: Appointment) -> None:
    link = issue_link(appointment)
    url = url_for("reschedule.open_link", code=link.code, _external=True)
    msg = Message(
        subject="Your hat fitting appointment",
        recipients=[appointment.client.email],
        body=f"Need to move your fitting on {appointment.starts_at:%d %B}? {url}",
    )
    mail.send(msg)


@bp.get("/r/<code>")
def open_link(code: str):
    link = RescheduleLink.query.filter_by(code=code).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    return redirect(url_for("appointments.edit", appointment_id=link.appointment_id))
