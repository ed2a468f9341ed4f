"""Builds the HTML + text confirmation email sent after ticketing."""
from email.message import EmailMessage
from email.utils import formataddr

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

_env = Environment(
    loader=PackageLoader("notifications", "templates/email"),
    autoescape=select_autoescape(["html"]),
)


def _context(booking) -> dict:
    requests_html = Markup(booking.special_requests.replace("\n", "<br>")) if booking.special_requests else ""
    return {
        "locator": booking.record_locator,
        "lead_name": booking.lead_passenger_name,
        "segments": booking.segments,
        "total": booking.total_price,
        "currency": booking.currency,
        "special_requests": requests_html,
        "manage_url": booking.manage_url,
    }


def build_confirmation(booking, sender: str, brand: str) -> EmailMessage:
    ctx = _context(booking)
    msg = EmailMessage()
    msg["Subject"] = f"Your {brand} booking {booking.record_locator} is confirmed"
    msg["From"] = formataddr((brand, sender))
    msg["To"] = booking.contact_email
    msg.set_content(_env.get_template("confirmation.txt").render(**ctx))
    msg.add_alternative(_env.get_template("confirmation.html").render(**ctx), subtype="html")
    return msg
