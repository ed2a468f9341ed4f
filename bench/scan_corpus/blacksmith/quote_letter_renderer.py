"""Renders HTML quote letters for gate and railing commissions."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import List

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

LETTERHEAD_HTML = (
    '<header class="letterhead"><img src="/static/forge-logo.svg" alt="Ironbridge Forge">'
    "<p>Unit 4, Coalbrook Yard &middot; Telford</p></header>"
)

TEMPLATES = {
    "quote.html": (
        "{{ letterhead }}<h1>Quotation {{ quote.number }}</h1>"
        "<p>Dear {{ quote.customer_name }},</p>"
        "<p>{{ quote.site_notes }}</p>"
        "<table>{% for line in quote.lines %}"
        "<tr><td>{{ line.description }}</td><td>&pound;{{ line.price }}</td></tr>"
        "{% endfor %}</table><p>Total &pound;{{ quote.total }}</p>"
    )
}


@dataclass
class QuoteLine:
    description: str
    price: Decimal


@dataclass
class Quote:
    number: str
    customer_name: str
    site_notes: str
    lines: List[QuoteLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((l.price for l in self.lines), Decimal("0"))


class QuoteRenderer:
    def __init__(self) -> None:
        self._env = Environment(
            loader=DictLoader(TEMPLATES),
            autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        )
        self._letterhead = Markup(LETTERHEAD_HTML)

    def render(self, quote: Quote) -> str:
        template = self._env.get_template("quote.html")
        return template.render(quote=quote, letterhead=self._letterhead)
