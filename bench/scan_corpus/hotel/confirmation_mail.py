"""Build the HTML booking-confirmation e-mail sent after a direct booking."""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("hotelsite", "templates/mail"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class Booking:
    confirmation_no: str
    guest_first_name: str
    hotel_name: str
    arrival: date
    departure: date
    room_type: str
    total: Decimal
    currency: str
    special_requests: str = ""


def _format_requests(text: str) -> Markup:
    # keep the guest's line breaks in the mail body
    return Markup(text.strip().replace("\n", "<br>\n"))


def render_confirmation(booking: Booking) -> tuple[str, str]:
    """Return (subject, html) for the confirmation e-mail."""
    template = env.get_template("confirmation.html")
    html = template.render(
        b=booking,
        nights=(booking.departure - booking.arrival).days,
        requests_html=_format_requests(booking.special_requests) if booking.special_requests else None,
    )
    subject = f"Your stay at {booking.hotel_name} - confirmation {booking.confirmation_no}"
    return subject, html
