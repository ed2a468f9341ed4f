"""Sends class and youth squad booking confirmations through the chain's SMTP relay."""
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from jinja2 import Environment, PackageLoader, select_autoescape

RELAY = {
    "host": os.environ.get("BOOKING_SMTP_HOST", "smtp.mailgun.org"),
    "port": int(os.environ.get("BOOKING_SMTP_PORT", "465")),
    "user_env": "BOOKING_SMTP_USER",
    "password_env": "BOOKING_SMTP_PASSWORD",
    "min_tls": ssl.TLSVersion.TLSv1_2,
    "sender": ("Summit Walls Bookings", "bookings@summitwalls.example"),
}

templates = Environment(
    loader=PackageLoader("climbing", "templates/email"),
    autoescape=select_autoescape(["html"]),
)


def _tls_context(relay: dict = RELAY) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = relay["min_tls"]
    return ctx


def confirmation(to_addr: str, booking: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr(RELAY["sender"])
    msg["To"] = to_addr
    msg["Subject"] = f"Booking confirmed: {booking['class_name']} on {booking['starts_at']:%a %d %b}"
    msg["Message-ID"] = make_msgid(domain="summitwalls.example")
    msg.set_content(templates.get_template("booking_confirmed.txt").render(booking=booking))
    msg.add_alternative(
        templates.get_template("booking_confirmed.html").render(booking=booking), subtype="html"
    )
    return msg


class BookingRelay:
    def __init__(self, relay: dict = RELAY) -> None:
        self.relay = relay

    def send_all(self, messages: list[EmailMessage]) -> int:
        r = self.relay
        with smtplib.SMTP_SSL(r["host"], r["port"], context=_tls_context(r), timeout=30) as smtp:
            smtp.login(os.environ[r["user_env"]], os.environ[r["password_env"]])
            for msg in messages:
                smtp.send_message(msg)
        return len(messages)

    def confirm_bookings(self, bookings: list[dict]) -> int:
        return self.send_all([confirmation(b["email"], b) for b in bookings])
