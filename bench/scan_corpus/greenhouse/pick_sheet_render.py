"""Renders HTML pick sheets for the packhouse from confirmed buyer orders.

Sheets are opened in the browser on the packing line and printed.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE_DIR = Path(__file__).parent / "templates" / "pick_sheets"


class PickSheetRenderer:
    env_options = {
        "undefined": StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "autoescape": False,
    }

    def __init__(self, template_dir: Path = TEMPLATE_DIR):
        self.env = Environment(loader=FileSystemLoader(str(template_dir)), **self.env_options)
        self.env.filters["kg"] = lambda v: f"{v:,.1f} kg"

    def render(self, order: dict, lots: list[dict]) -> str:
        template = self.env.get_template("sheet.html.j2")
        return template.render(
            order_no=order["order_no"],
            buyer=order["buyer_name"],
            delivery_note=order.get("delivery_note", ""),
            lines=order["lines"],
            lots=lots,
            printed_at=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        )

    def render_to(self, order: dict, lots: list[dict], out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"pick-{int(order['order_no']):06d}.html"
        target.write_text(self.render(order, lots), encoding="utf-8")
        return target
