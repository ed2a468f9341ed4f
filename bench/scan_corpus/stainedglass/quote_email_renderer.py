"""Renders the HTML quote e-mail sent to prospective commission clients."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

TEMPLATES = {
    "quote.html": (
        "<p>Dear {{ quote.client_name }},</p>"
        "<p>Thank you for your enquiry about <em>{{ quote.window_title }}</em>.</p>"
        "<p>{{ quote.notes }}</p>"
        "<p>Our estimate is <strong>{{ quote.total | money }}</strong>.</p>"
        "{{ signature }}"
    )
}

STUDIO_SIGNATURE = Markup(
    "<p>Warm regards,<br>Harrow &amp; Vane Stained Glass<br>"
    "<a href=\"https://harrowvane.example\">harrowvane.example</a></p>"
)


@dataclass
class QuoteView:
    client_name: str
    window_title: str
    notes: str
    total: Decimal


class QuoteMailer:
    def __init__(self) -> None:
        self.env = Environment(
            loader=DictLoader(TEMPLATES),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        )
        self.env.filters["money"] = self.money

    @staticmethod
    def money(value: Decimal) -> str:
        return f"\u00a3{value:,.2f}"

    def render(self, quote: QuoteView) -> str:
        template = self.env.get_template("quote.html")
        return template.render(quote=quote, signature=STUDIO_SIGNATURE)


if __name__ == "__main__":
    html = QuoteMailer().render(
        QuoteView(
            client_name="Dr. A. Whitcombe",
            window_title="Stairwell landing window",
            notes="Includes two hand-painted roundels & bevelled border.",
            total=Decimal("4875.00"),
        )
    )
    print(html)
