"""Rendering of booking confirmation e-mails for day tickets and cabanas.

Templates live in the package; guest names and notes come from the booking
form and are rendered into HTML mails.
"""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

FOOTER_HTML = (
    '<p style="font-size:11px">Aquapark Sunvalley &middot; Lagoon Road 4 &middot; '
    '<a href="https://www.aquapark-example.com/privacy">Privacy</a></p>'
)


@dataclass
class BookingMail:
    guest_name: str
    booking_ref: str
    visit_date: str
    items: list[str]
    guest_note: str = ""


class MailRenderer:
    def __init__(self) -> None:
        self.env = Environment(
            loader=PackageLoader("aquapark_mail", "templates"),
            autoescape=select_autoescape(["html", "xml"]),
            trim_blocks=True,
        )
        self.env.globals["footer"] = Markup(FOOTER_HTML)

    def render(self, mail: BookingMail) -> str:
        template = self.env.get_template("booking_confirmation.html")
        return template.render(
            guest_name=mail.guest_name,
            booking_ref=mail.booking_ref,
            visit_date=mail.visit_date,
            items=mail.items,
            guest_note=mail.guest_note,
        )

    def subject(self, mail: BookingMail) -> str:
        return f"Your Aquapark booking {mail.booking_ref} on {mail.visit_date}"
