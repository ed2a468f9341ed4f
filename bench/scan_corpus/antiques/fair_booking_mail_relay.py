"""Sends stand booking confirmations to dealers exhibiting at antiques fairs."""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage


class RelaySettings:
    host = os.environ.get("MAIL_RELAY_HOST", "")
    port = int(os.environ.get("MAIL_RELAY_PORT", "587"))
    user_env = "MAIL_RELAY_USER"
    password_env = "MAIL_RELAY_PASSWORD"
    tls_floor = ssl.TLSVersion.TLSv1
    sender = "bookings@fairs.example"


def build_context(floor: ssl.TLSVersion) -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = floor
    return context


@dataclass
class StandBooking:
    dealer_name: str
    dealer_email: str
    fair_name: str
    stand_code: str
    days: int
    total_pence: int

    def summary(self) -> str:
        pounds = self.total_pence / 100
        return (
            f"Dear {self.dealer_name},\n\n"
            f"Your stand {self.stand_code} at {self.fair_name} is confirmed "
            f"for {self.days} day(s). Total charged: GBP {pounds:,.2f}.\n"
        )


class BookingMailer:
    def __init__(self, settings: type[RelaySettings] = RelaySettings) -> None:
        self.settings = settings

    def _message(self, booking: StandBooking) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = booking.dealer_email
        msg["Subject"] = f"Stand confirmation - {booking.fair_name}"
        msg.set_content(booking.summary())
        return msg

    def send(self, booking: StandBooking) -> None:
        context = build_context(self.settings.tls_floor)
        with smtplib.SMTP(self.settings.host, self.settings.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(os.environ[self.settings.user_env], os.environ[self.settings.password_env])
            smtp.send_message(self._message(booking))
