"""Render the HTML quote emails sent to customers.

Job descriptions and site notes are typed by customers in the enquiry form,
so they are always escaped by the template engine.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "email"


@dataclass
class QuoteLine:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class QuoteEmail:
    customer_name: str
    quote_ref: str
    site_notes: str
    lines: list[QuoteLine]
    accept_url: str

    @property
    def subtotal(self) -> Decimal:
        return sum((l.total for l in self.lines), Decimal("0"))


def _money(value: Decimal) -> str:
    return f"\u00a3{value:,.2f}"


class QuoteEmailRenderer:
    def __init__(self, template_dir: Path = TEMPLATE_DIR) -> None:
        self.env = Environment(
            loader=FileSystemLoader(str(template_dir)),
            autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["money"] = _money

    def render(self, quote: QuoteEmail, vat_rate: Decimal = Decimal("0.20")) -> str:
        template = self.env.get_template("quote.html")
        vat = (quote.subtotal * vat_rate).quantize(Decimal("0.01"))
        return template.render(
            quote=quote,
            vat=vat,
            total=quote.subtotal + vat,
        )
