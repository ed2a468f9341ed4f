"""Transactional email (booking confirmations, telescope-night changes)."""
import os
import smtplib
import ssl
from email.message import EmailMessage


class Notifier:
    def __init__(
        self,
        host: str | None = None,
        port: int = 587,
        username: str | None = None,
        password: str | None = None,
        sender: str | None = None,
    ):
        self.host = host or os.environ["SMTP_HOST"]
        self.port = port
        self.username = username or os.environ["SMTP_USERNAME"]
        self.password = password or os.environ["SMTP_PASSWORD"]
        self.sender = sender or os.environ["SMTP_SENDER"]
        self._tls = ssl.create_default_context()

    def send(self, to_addr: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to_addr
        msg["Subject"] = subject
        msg.set_content(body)
        with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
            smtp.starttls(context=self._tls)
            smtp.login(self.username, self.password)
            smtp.send_message(msg)

    def booking_confirmed(self, to_addr: str, booking_ref: str, show_title: str, starts_at: str) -> None:
        self.send(
            to_addr,
            f"Booking {booking_ref} confirmed",
            f"Your booking for {show_title} at {starts_at} is confirmed.\n"
            "Please arrive 15 minutes early; latecomers cannot enter the dome once the show starts.",
        )
