"""Renders the concession menu boards shown on concourse screens.

Menu items and promotional blurbs are entered by catering staff in the POS
back office and pushed to the screens as HTML pages.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "menu_boards"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(enabled_extensions=("html", "j2"), default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class MenuItem:
    name: str
    price: Decimal
    blurb: str = ""
    vegetarian: bool = False
    sold_out: bool = False


def price_tag(value: Decimal) -> Markup:
    pounds, pence = f"{value:.2f}".split(".")
    return Markup("&pound;{}<small>.{}</small>").format(escape(pounds), escape(pence))


env.filters["price_tag"] = price_tag


def render_board(kiosk_name: str, items: list[MenuItem], template: str = "board.html.j2") -> str:
    available = [item for item in items if not item.sold_out]
    return env.get_template(template).render(
        kiosk=kiosk_name,
        items=available,
        sold_out=[item.name for item in items if item.sold_out],
    )


def write_board(out_dir: Path, kiosk_name: str, items: list[MenuItem]) -> Path:
    target = out_dir / f"{kiosk_name.lower().replace(' ', '_')}.html"
    target.write_text(render_board(kiosk_name, items), encoding="utf-8")
    return target
