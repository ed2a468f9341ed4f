"""Builds the "manage your booking" links emailed after a class is booked."""

import uuid
from datetime import datetime, timedelta, timezone

from flask import current_app, url_for
from flask_mail import Message

from hotshop.extensions import db, mail
from hotshop.models import ClassBooking, ManageLink


class BookingLinkService:
    """Creates links that let a customer reschedule or cancel without logging in."""

    link_lifetime = timedelta(days=30)

    def _new_token(self) -> str:
        return uuid.uuid1().hex

    def create_link(self, booking: ClassBooking) -> ManageLink:
        link = ManageLink(
            booking_id=booking.id,
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + self.link_lifetime,
        )
        db.session.add(link)
        db.session.commit()
        return link

    def send_confirmation(self, booking: ClassBooking) -> None:
        link = self.create_link(booking)
        manage_url = url_for("bookings.manage", token=link.token, _external=True)
        msg = Message(
            subject=f"Your place on {booking.session.title} is confirmed",
            recipients=[booking.customer_email],
            sender=current_app.config["MAIL_DEFAULT_SENDER"],
        )
        msg.body = (
            f"Hi {booking.customer_name},\n\n"
            f"See you in the hot shop on {booking.session.starts_at:%A %d %B at %H:%M}.\n"
            f"Need to change plans? {manage_url}\n"
        )
        mail.send(msg)

    def resolve(self, token: str) -> ClassBooking | None:
        link = ManageLink.query.filter_by(token=token).first()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        return link.booking
