"""Renders order confirmation emails for bespoke and ready-to-wear hat orders."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

TEMPLATES = {
    "confirmation.html": (
        "<p>Dear {{ order.customer_name }},</p>"
        "<p>Thank you for your order {{ order.reference }}.</p>"
        "<ul>{% for line in order.lines %}<li>{{ line.description }} &times; {{ line.qty }}</li>{% endfor %}</ul>"
        "{% if order.gift_message %}<blockquote>{{ order.gift_message }}</blockquote>{% endif %}"
        "<p>Total: &pound;{{ '%.2f'|format(order.total) }}</p>{{ signature }}"
    ),
}


@dataclass
class EmailLine:
    description: str
    qty: int
    price: Decimal


@dataclass
class OrderSummary:
    reference: str
    customer_name: str
    gift_message: str = ""
    lines: list[EmailLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((l.price * l.qty for l in self.lines), Decimal("0"))


class ConfirmationMailer:
    env_options = {
        "loader": DictLoader(TEMPLATES),
        "autoescape": select_autoescape(enabled_extensions=("html",), default=True),
        "trim_blocks": True,
    }
    signature = Markup(
        "<p>With warm regards,<br>The Brimstone &amp; Bow workshop</p>"
    )

    def __init__(self) -> None:
        self._env = Environment(**self.env_options)

    def render(self, order: OrderSummary) -> str:
        template = self._env.get_template("confirmation.html")
        return template.render(order=order, signature=self.signature)
