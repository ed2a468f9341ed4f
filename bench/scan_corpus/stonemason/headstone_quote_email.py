"""Renders quote emails for headstone enquiries.

The enquiry form collects the family's name, the wording they have in
mind and the stone they like; the quote email repeats those back inside
an HTML template rendered with autoescaping on.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("stonemason", "templates/email"),
    autoescape=select_autoescape(["html", "xml"]),
)

SIGNATURE_HTML = Markup(
    "<p>With kind regards,<br><strong>The Memorial Team</strong><br>"
    "Monday&ndash;Friday, 8am&ndash;5pm</p>"
)


@dataclass
class QuoteLine:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class HeadstoneQuote:
    quote_no: str
    customer_name: str
    inscription: str
    stone: str
    lines: list[QuoteLine]

    @property
    def net(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0"))

    @property
    def vat(self) -> Decimal:
        return (self.net * Decimal("0.20")).quantize(Decimal("0.01"))


def render_quote_email(quote: HeadstoneQuote) -> tuple[str, str]:
    template = env.get_template("quote.html")
    html = template.render(
        quote=quote,
        inscription_lines=quote.inscription.splitlines(),
        signature=SIGNATURE_HTML,
    )
    subject = f"Your memorial quote {quote.quote_no}"
    return subject, html
