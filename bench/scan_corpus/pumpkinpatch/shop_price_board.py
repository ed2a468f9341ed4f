"""Renders the farm shop price board shown on the TV above the till.

Product names and notes are edited by shop staff in the back office;
the board is regenerated as static HTML whenever a price changes.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

TEMPLATES = {
    "board.html": """<!doctype html>
<meta charset="utf-8"><title>Today's prices</title>
<h1>{{ heading }}</h1>
<table>
{% for item in items %}
<tr><td>{{ item.name }}</td><td>{{ item.note }}</td><td>{{ item.price_label }}</td></tr>
{% endfor %}
</table>
<footer>{{ footer }}</footer>
""",
}

env = Environment(
    loader=DictLoader(TEMPLATES),
    autoescape=select_autoescape(["html"], default_for_string=True),
)
FOOTER = Markup("Card &amp; contactless welcome &middot; <strong>No dogs in the pumpkin field</strong>")


@dataclass
class BoardItem:
    name: str
    note: str
    price: Decimal
    per_kg: bool

    @property
    def price_label(self) -> str:
        return f"£{self.price:.2f}" + ("/kg" if self.per_kg else " each")


def load_items(db_path: str) -> list[BoardItem]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT name, note, price, per_kg FROM products WHERE on_board = 1 ORDER BY sort_order"
        ).fetchall()
    return [BoardItem(n, n2 or "", Decimal(str(p)), bool(k)) for n, n2, p, k in rows]


def render_board(items: list[BoardItem], heading: str = "Hollow Lane Farm Shop") -> str:
    return env.get_template("board.html").render(heading=heading, items=items, footer=FOOTER)


def publish(db_path: str, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "board.html"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(render_board(load_items(db_path)), encoding="utf-8")
    tmp.replace(target)
    return target


if __name__ == "__main__":
    print(publish("/srv/pumpkinpatch/shop.sqlite3", Path("/srv/pumpkinpatch/board")))
