"""HTML confirmation email sent when a customer books cold storage online."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

TEMPLATES = {
    "confirmation.html": """
<p>Dear {{ customer.first_name }},</p>
<p>Your storage booking <strong>{{ booking.reference }}</strong> is confirmed.</p>
<table>
{% for g in booking.garments %}
  <tr><td>{{ g.tag }}</td><td>{{ g.description }}</td><td>{{ g.note_html }}</td></tr>
{% endfor %}
</table>
<p>Pickup window: {{ booking.pickup_from.strftime('%d %b') }}
   to {{ booking.pickup_to.strftime('%d %b %Y') }}</p>
""",
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


@dataclass
class GarmentLine:
    tag: str
    description: str
    customer_note: str = ""

    @property
    def note_html(self) -> Markup:
        if not self.customer_note:
            return Markup("")
        return Markup("<em>{}</em>").format(self.customer_note)


@dataclass
class Booking:
    reference: str
    garments: list[GarmentLine]
    pickup_from: date
    pickup_to: date


def render_confirmation(customer: dict, booking: Booking) -> str:
    template = env.get_template("confirmation.html")
    return template.render(customer=customer, booking=booking)


def plain_text(customer: dict, booking: Booking) -> str:
    lines = [f"Dear {customer['first_name']},", "",
             f"Your storage booking {booking.reference} is confirmed.", ""]
    lines += [f"- {g.tag}: {g.description}" for g in booking.garments]
    return "\n".join(lines)


def subject_line(booking: Booking) -> str:
    return f"Storage booking {booking.reference} confirmed"
