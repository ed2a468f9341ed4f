"""Renders the HTML page shown on meeting-room display tablets.

Booking titles and organiser names are entered by members, so the templates are
rendered with autoescaping enabled.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "display"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(enabled_extensions=("html", "j2"), default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class DisplayBooking:
    title: str
    organiser: str
    start: datetime
    end: datetime


def _format_slot(booking: DisplayBooking) -> str:
    return f"{booking.start:%H:%M} - {booking.end:%H:%M}"


env.filters["slot"] = _format_slot


def current_and_next(bookings: list[DisplayBooking], now: datetime) -> tuple[DisplayBooking | None, list[DisplayBooking]]:
    ordered = sorted(bookings, key=lambda b: b.start)
    current = next((b for b in ordered if b.start <= now < b.end), None)
    upcoming = [b for b in ordered if b.start > now][:3]
    return current, upcoming


def render_room_page(room_name: str, bookings: list[DisplayBooking], now: datetime | None = None) -> str:
    now = now or datetime.now()
    current, upcoming = current_and_next(bookings, now)
    template = env.get_template("room.html.j2")
    return template.render(
        room_name=room_name,
        current=current,
        upcoming=upcoming,
        now=now,
        status="busy" if current else "free",
    )
