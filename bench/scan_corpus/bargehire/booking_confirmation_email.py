"""Booking confirmation emails.

Rendered from Jinja2 templates with the hirer's name, boat, dates and any
notes the hirer typed into the booking form, then sent through the
transactional mail provider.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import httpx
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates", "email")

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"), default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["money"] = lambda v: f"£{Decimal(v):,.2f}"


@dataclass
class Confirmation:
    booking_ref: str
    hirer_name: str
    hirer_email: str
    boat_name: str
    base_name: str
    start: date
    end: date
    balance_due: Decimal
    hirer_notes: str


def render(conf: Confirmation) -> tuple[str, str]:
    context = {"c": conf, "nights": (conf.end - conf.start).days}
    html = _env.get_template("confirmation.html").render(**context)
    text = _env.get_template("confirmation.txt").render(**context)
    return html, text


def send(conf: Confirmation) -> str:
    html, text = render(conf)
    resp = httpx.post(
        f"{os.environ['MAIL_API_URL'].rstrip('/')}/messages",
        headers={"Authorization": f"Bearer {os.environ['MAIL_API_TOKEN']}"},
        json={
            "from": "bookings@bargehire.example",
            "to": [conf.hirer_email],
            "subject": f"Your booking {conf.booking_ref}: {conf.boat_name}",
            "html": html,
            "text": text,
            "tags": ["booking-confirmation"],
        },
        timeout=15.0,
    )
    resp.raise_for_status()
    return resp.json()["id"]
