"""Passwordless sign-in links e-mailed to clients confirming a booking."""

import uuid
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, redirect, session, url_for
from flask_mail import Mail, Message

from .store import bookings, magic_links

app = Flask(__name__)
app.config.from_prefixed_env()
mail = Mail(app)

LINK_LIFETIME = timedelta(minutes=20)


def create_link(client_email: str, booking_id: int) -> str:
    token = uuid.uuid1().hex
    magic_links.insert(
        token=token,
        email=client_email,
        booking_id=booking_id,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    return url_for("consume_link", token=token, _external=True)


@app.post("/bookings/<int:booking_id>/send-link")
def send_link(booking_id: int):
    booking = bookings.get(booking_id)
    if booking is None:
        abort(404)
    link = create_link(booking.client_email, booking_id)
    msg = Message(
        subject=f"Confirm {booking.pet_name}'s walk on {booking.starts_at:%A %d %B}",
        recipients=[booking.client_email],
        body=f"Open this link to review and confirm the booking:\n{link}\n",
    )
    mail.send(msg)
    return {"sent": True}


@app.get("/login/<token>")
def consume_link(token: str):
    record = magic_links.pop(token)
    if record is None or record.expires_at < datetime.now(timezone.utc):
        abort(410)
    session.clear()
    session["client_email"] = record.email
    return redirect(url_for("booking_detail", booking_id=record.booking_id))


@app.get("/bookings/<int:booking_id>")
def booking_detail(booking_id: int):
    if "client_email" not in session:
        abort(401)
    booking = bookings.get(booking_id)
    if booking is None or booking.client_email != session["client_email"]:
        abort(404)
    return {"booking_id": booking.id, "pet": booking.pet_name, "status": booking.status}
