"""Composes booking confirmation emails (HTML and plain text parts)."""
from email.message import EmailMessage
from email.utils import formataddr

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

_env = Environment(
    loader=PackageLoader("notifications", "templates/email"),
    autoescape=select_autoescape(["html"]),
)


def _multiline(text: str | None) -> Markup:
    if not text:
        return Markup("")
    return Markup("<br>\n").join(escape(line) for line in text.splitlines())


def confirmation_context(booking) -> dict:
    return {
        "locator": booking.record_locator,
        "lead_name": booking.lead_passenger_name,
        "segments": booking.segments,
        "total": booking.total_price,
        "currency": booking.currency,
        "special_requests": _multiline(booking.special_requests),
        "manage_url": booking.manage_url,
    }


def compose(booking, sender: str, brand: str) -> EmailMessage:
    ctx = confirmation_context(booking)
    msg = EmailMessage()
    msg["Subject"] = f"Your {brand} booking {booking.record_locator} is confirmed"
    msg["From"] = formataddr((brand, sender))
    msg["To"] = booking.contact_email
    msg.set_content(_env.get_template("confirmation.txt").render(**ctx))
    msg.add_alternative(_env.get_template("confirmation.html").render(**ctx), subtype="html")
    return msg
