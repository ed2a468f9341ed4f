"""Renders order confirmation emails sent to restaurant buyers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = Path(__file__).parent / "templates" / "email"

FOOTER_HTML = Markup(
    '<p style="color:#6b6b6b;font-size:12px">Grown indoors in our Unit 4 rooms. '
    "Keep refrigerated at 2&ndash;4&deg;C and use within five days.</p>"
)


@dataclass
class ConfirmationLine:
    product: str
    kilograms: Decimal
    price: Decimal


def build_environment(template_dir: Path = TEMPLATE_DIR) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(template_dir)),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
    )
    env.globals["footer"] = FOOTER_HTML
    env.filters["kg"] = lambda v: f"{Decimal(v):.2f} kg"
    return env


class ConfirmationRenderer:
    def __init__(self, env: Environment | None = None) -> None:
        self.env = env or build_environment()

    def render(self, restaurant: str, buyer_note: str, lines: list[ConfirmationLine]) -> str:
        template = self.env.get_template("order_confirmation.html")
        total = sum((line.kilograms * line.price for line in lines), Decimal("0"))
        return template.render(
            restaurant=restaurant,
            buyer_note=buyer_note,
            lines=lines,
            total=total,
        )
