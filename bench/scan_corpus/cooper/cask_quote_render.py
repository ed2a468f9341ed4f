"""Renders HTML quotes for cask orders before they are sent to buyers.

A quote lists each cask line (size, oak origin, toast and char level),
the buyer's own reference text and the delivery terms. The same HTML is
shown in the portal and converted to PDF for email.
"""
from dataclasses import dataclass
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("cooperage", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

CHAR_LABELS = {1: "Light", 2: "Medium", 3: "Heavy", 4: "Alligator"}


@dataclass
class QuoteLine:
    description: str
    oak_origin: str
    char_level: int
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


def char_badge(level: int) -> Markup:
    label = CHAR_LABELS.get(level, "Custom")
    return Markup('<span class="char char-{}">#{} {}</span>').format(level, level, label)


def buyer_reference(text: str) -> Markup:
    lines = [escape(line) for line in text.splitlines() if line.strip()]
    return Markup("<br>").join(lines)


env.filters["char_badge"] = char_badge


def render_quote(customer_name: str, reference: str, lines: list[QuoteLine], terms: str) -> str:
    template = env.get_template("quotes/quote.html")
    return template.render(
        customer_name=customer_name,
        reference=buyer_reference(reference),
        lines=lines,
        grand_total=sum((l.total for l in lines), Decimal("0")),
        terms=terms,
    )
