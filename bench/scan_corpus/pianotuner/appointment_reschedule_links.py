"""Self-service reschedule links emailed to customers before a tuning visit.

Anyone holding the link can move or cancel the appointment without logging in,
so each link carries a one-off token stored against the appointment.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import current_app, render_template
from flask_mail import Message

from pianotuner.extensions import db, mail
from pianotuner.models import Appointment, RescheduleToken

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 24
LINK_TTL = timedelta(days=5)


def _new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def issue_link(appointment: Appointment) -> str:
    token = _new_token()
    db.session.add(
        RescheduleToken(
            appointment_id=appointment.id,
            token=token,
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
    )
    db.session.commit()
    base = current_app.config["PORTAL_BASE_URL"].rstrip("/")
    return f"{base}/appointments/reschedule/{token}"


def send_reminder(appointment: Appointment) -> None:
    link = issue_link(appointment)
    msg = Message(
        subject=f"Your piano tuning on {appointment.starts_at:%A %d %B}",
        recipients=[appointment.customer.email],
        html=render_template(
            "email/reschedule_reminder.html",
            appointment=appointment,
            reschedule_url=link,
        ),
    )
    mail.send(msg)


def resolve(token: str):
    row = RescheduleToken.query.filter_by(token=token, used=False).first()
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return None
    return row.appointment
