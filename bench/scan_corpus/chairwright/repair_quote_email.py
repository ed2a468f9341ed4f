"""Render and send the repair quote e-mail (HTML + text) once the bench has assessed a chair."""
import os
import smtplib
from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "email"

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(enabled_extensions=("html", "htm"), default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class QuoteLine:
    description: str
    amount: Decimal


@dataclass
class RepairQuote:
    ticket_id: int
    customer_name: str
    customer_email: str
    chair_description: str
    customer_notes: str
    lines: list[QuoteLine]

    @property
    def total(self) -> Decimal:
        return sum((l.amount for l in self.lines), Decimal("0"))


def render(quote: RepairQuote) -> tuple[str, str]:
    ctx = {"q": quote, "accept_url": f"https://www.chairwright.co.uk/repairs/{quote.ticket_id}/accept"}
    html = _env.get_template("repair_quote.html").render(**ctx)
    text = _env.get_template("repair_quote.txt").render(**ctx)
    return html, text


def send_quote(quote: RepairQuote) -> None:
    html, text = render(quote)
    msg = EmailMessage()
    msg["Subject"] = f"Your repair quote #{quote.ticket_id} - {quote.chair_description}"
    msg["From"] = "Chairwright Repairs <repairs@chairwright.co.uk>"
    msg["To"] = quote.customer_email
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost"), 587, timeout=30) as smtp:
        smtp.starttls()
        user = os.environ.get("SMTP_USER")
        if user:
            smtp.login(user, os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
