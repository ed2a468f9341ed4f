"""Renders and sends the HTML quotation email to shippers."""

from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from freight.mail import send_message

TEMPLATE_DIR = Path(__file__).parent / "templates" / "email"

env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=False, trim_blocks=True)


@dataclass
class QuoteLine:
    description: str
    quantity: int
    unit_price: Decimal
    currency: str


@dataclass
class Quote:
    number: str
    shipper_name: str
    contact_email: str
    origin: str
    destination: str
    cargo_description: str
    remarks: str
    lines: list[QuoteLine]

    @property
    def total(self) -> Decimal:
        return sum((l.quantity * l.unit_price for l in self.lines), Decimal("0"))


def render_quote(quote: Quote) -> str:
    return env.get_template("quote.html").render(quote=quote)


def send_quote(quote: Quote, sender: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Quotation {quote.number}: {quote.origin} to {quote.destination}"
    msg["From"] = sender
    msg["To"] = quote.contact_email
    msg.set_content(f"Please find quotation {quote.number} attached as HTML.")
    msg.add_alternative(render_quote(quote), subtype="html")
    send_message(msg)
