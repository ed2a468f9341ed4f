"""Renders the HTML confirmation page and email for a custom saddle order."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("saddlery", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class OrderLine:
    label: str
    price: Decimal


@dataclass
class SaddleOrder:
    number: str
    customer_name: str
    horse_name: str
    model: str
    seat_size_in: float
    nameplate_text: str
    lines: list[OrderLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.price for line in self.lines), Decimal("0"))


def nameplate_preview(text: str) -> Markup:
    """Brass nameplate preview; the workshop engraves exactly this text."""
    return Markup(f'<span class="nameplate">{text.strip()}</span>')


def render_confirmation(order: SaddleOrder) -> str:
    template = env.get_template("order_confirmation.html")
    return template.render(
        order=order,
        nameplate=nameplate_preview(order.nameplate_text),
        total=f"{order.total:.2f}",
    )


def render_email_text(order: SaddleOrder) -> str:
    template = env.get_template("order_confirmation.txt")
    return template.render(order=order, total=f"{order.total:.2f}")
