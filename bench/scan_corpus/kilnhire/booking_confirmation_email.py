"""Builds the HTML confirmation email sent when a member books a firing slot."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

_env = Environment(
    loader=PackageLoader("kilnhire", "templates/email"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class Booking:
    reference: str
    member_name: str
    member_email: str
    kiln_name: str
    firing_type: str
    shelf_count: int
    load_by: datetime
    notes: str


def notes_as_html(notes: str) -> Markup:
    lines = [escape(line) for line in notes.strip().splitlines()]
    return Markup("<br>\n").join(lines)


def render_confirmation(booking: Booking) -> tuple[str, str]:
    context = {
        "reference": booking.reference,
        "name": booking.member_name,
        "kiln": booking.kiln_name,
        "firing_type": booking.firing_type,
        "shelves": booking.shelf_count,
        "load_by": booking.load_by.strftime("%A %d %B, %H:%M"),
        "notes": notes_as_html(booking.notes),
    }
    html = _env.get_template("booking_confirmation.html").render(**context)
    text = _env.get_template("booking_confirmation.txt").render(**context)
    return html, text


def build_message(booking: Booking, sender: str) -> EmailMessage:
    html, text = render_confirmation(booking)
    msg = EmailMessage()
    msg["Subject"] = f"Firing booked: {booking.kiln_name} ({booking.reference})"
    msg["From"] = sender
    msg["To"] = booking.member_email
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def send_confirmation(booking: Booking, smtp, sender: str = "bookings@kilnhire.example.com") -> None:
    smtp.send_message(build_message(booking, sender))
