"""Renders confirmation emails for pick-your-own bookings.

The email repeats the visitor's booking details and any notes they left
for the farm team, keeping their paragraph breaks.
"""
from dataclasses import dataclass
from datetime import date, time

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup as _M, escape

EMAIL_ENV_OPTIONS = {
    "loader": PackageLoader("pyo", "templates/email"),
    "autoescape": select_autoescape(["html", "xml"]),
    "trim_blocks": True,
    "lstrip_blocks": True,
}

env = Environment(**EMAIL_ENV_OPTIONS)

LINE_BREAK = _M("<br>\n")


def with_breaks(value: str):
    lines = value.strip().replace("\r\n", "\n").split("\n")
    return LINE_BREAK.join(escape(line) for line in lines)


env.filters["with_breaks"] = with_breaks


@dataclass
class Booking:
    reference: str
    visitor_name: str
    email: str
    visit_date: date
    arrival: time
    party_size: int
    crop: str
    notes: str = ""


def render_confirmation(booking: Booking) -> tuple[str, str]:
    subject = f"Your {booking.crop} picking visit on {booking.visit_date:%A %d %B}"
    html = env.get_template("booking_confirmation.html").render(
        booking=booking,
        notes=with_breaks(booking.notes) if booking.notes else None,
        arrival=booking.arrival.strftime("%H:%M"),
    )
    return subject, html


def render_reminder(booking: Booking, weather_summary: str) -> tuple[str, str]:
    subject = f"Reminder: picking tomorrow at {booking.arrival:%H:%M}"
    html = env.get_template("booking_reminder.html").render(
        booking=booking,
        weather=weather_summary,
    )
    return subject, html


if __name__ == "__main__":
    demo = Booking(
        reference="PYO-24-0911",
        visitor_name="Sam Rowe",
        email="sam@example.org",
        visit_date=date(2024, 9, 14),
        arrival=time(10, 30),
        party_size=4,
        crop="apple",
        notes="We have a pushchair.\nCan we park near the gate?",
    )
    print(render_confirmation(demo)[0])
