"""Sends booking confirmations through the company's SMTP relay."""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage


@dataclass
class RelaySettings:
    host: str = field(default_factory=lambda: os.environ["SMTP_RELAY_HOST"])
    port: int = 587
    username: str = os.environ.get("SMTP_RELAY_USER", "bookings")
    password: str = field(default_factory=lambda: os.environ.get("SMTP_RELAY_PASSWORD", ""))
    sender: str = "Aurora Trails Dog Sledding <bookings@auroratrails.no>"
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1


class ConfirmationMailer:
    def __init__(self, settings: RelaySettings) -> None:
        self._settings = settings

    def _tls_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        ctx.minimum_version = self._settings.min_tls
        return ctx

    def _compose(self, to_addr: str, booking_ref: str, tour: str, start: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self._settings.sender
        msg["To"] = to_addr
        msg["Subject"] = f"Your dog-sled tour {booking_ref} is confirmed"
        msg.set_content(
            f"Hello!\n\nYour booking {booking_ref} for '{tour}' starting {start} is confirmed.\n"
            "Please bring warm boots; we provide expedition suits at the kennel.\n"
        )
        return msg

    def send(self, to_addr: str, booking_ref: str, tour: str, start: str) -> None:
        msg = self._compose(to_addr, booking_ref, tour, start)
        with smtplib.SMTP(self._settings.host, self._settings.port, timeout=30) as smtp:
            smtp.starttls(context=self._tls_context())
            smtp.login(self._settings.username, self._settings.password)
            smtp.send_message(msg)


if __name__ == "__main__":
    ConfirmationMailer(RelaySettings()).send(
        "guest@example.com", "AT-2291", "Midnight Aurora Run", "2025-01-14 21:00"
    )
