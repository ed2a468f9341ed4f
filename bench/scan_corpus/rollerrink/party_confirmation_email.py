"""Renders party confirmation e-mails sent after a deposit is paid.

Templates live in the package's templates folder; the host's details and
special requests come from the booking form.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATE_ENV = Environment(
    loader=PackageLoader("rink_parties", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"), default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class PartyConfirmation:
    reference: str
    host_name: str
    host_email: str
    child_name: str
    starts_at: datetime
    package: str
    guests: int
    special_requests: str


def requests_html(text: str) -> Markup:
    lines = [escape(line) for line in text.splitlines() if line.strip()]
    return Markup("<br>\n").join(lines)


def render(confirmation: PartyConfirmation) -> tuple[str, str]:
    context = {
        "c": confirmation,
        "requests_html": requests_html(confirmation.special_requests),
        "when": confirmation.starts_at.strftime("%A %d %B %Y, %H:%M"),
    }
    html = TEMPLATE_ENV.get_template("party_confirmation.html").render(**context)
    text = TEMPLATE_ENV.get_template("party_confirmation.txt").render(**context)
    return html, text


def build_message(confirmation: PartyConfirmation, sender: str) -> EmailMessage:
    html, text = render(confirmation)
    msg = EmailMessage()
    msg["Subject"] = f"Your party is booked - {confirmation.reference}"
    msg["From"] = sender
    msg["To"] = confirmation.host_email
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg
