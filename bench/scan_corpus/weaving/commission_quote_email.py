"""Builds the HTML quote e-mail sent to clients who request a woven commission."""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage

from jinja2 import Environment, FileSystemLoader

TEMPLATE_DIR = "templates/email"
_ENV_OPTIONS = {
    "loader": FileSystemLoader(TEMPLATE_DIR),
    "autoescape": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
}
env = Environment(**_ENV_OPTIONS)


@dataclass
class CommissionRequest:
    client_name: str
    client_email: str
    piece: str
    description: str
    width_cm: int
    length_cm: int


@dataclass
class Quote:
    request: CommissionRequest
    materials: Decimal
    labour_hours: Decimal
    hourly_rate: Decimal

    @property
    def total(self) -> Decimal:
        return self.materials + self.labour_hours * self.hourly_rate


def render_quote(quote: Quote) -> str:
    template = env.get_template("commission_quote.html")
    return template.render(
        client_name=quote.request.client_name,
        piece=quote.request.piece,
        description=quote.request.description,
        size=f"{quote.request.width_cm} x {quote.request.length_cm} cm",
        materials=quote.materials,
        labour=quote.labour_hours * quote.hourly_rate,
        total=quote.total,
    )


def send_quote(quote: Quote, smtp_host: str, sender: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Your commission quote: {quote.request.piece}"
    msg["From"] = sender
    msg["To"] = quote.request.client_email
    msg.set_content(f"Total: {quote.total} GBP. Please view this message in HTML.")
    msg.add_alternative(render_quote(quote), subtype="html")
    with smtplib.SMTP(smtp_host, 587, timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.send_message(msg)
