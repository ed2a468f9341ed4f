"""Render kitchen tickets as HTML fragments for the KDS screens.

Tickets combine POS orders and delivery-platform orders; delivery orders can
carry a free-text note from the customer ("no nuts please, allergy").
"""
from __future__ import annotations

from datetime import datetime, timezone

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("kds", "templates"),
    autoescape=select_autoescape(["html"]),
)

SOURCE_BADGES = {
    "pos": Markup('<span class="badge badge-pos">POS</span>'),
    "delivery": Markup('<span class="badge badge-delivery">DELIVERY</span>'),
    "kiosk": Markup('<span class="badge badge-kiosk">KIOSK</span>'),
}


def _modifiers(mods: list[dict]) -> Markup:
    return Markup("<br>").join(escape(m["name"]) for m in mods)


def _customer_note(note: str) -> Markup:
    return Markup(f'<div class="ticket-note">&#9888; {note}</div>')


def _age_minutes(created_at: datetime) -> int:
    return int((datetime.now(timezone.utc) - created_at).total_seconds() // 60)


def render_ticket(order: dict) -> str:
    lines = [
        {"qty": line["qty"], "name": line["name"], "modifiers": _modifiers(line.get("modifiers", []))}
        for line in order["lines"]
    ]
    template = env.get_template("ticket.html")
    return template.render(
        number=order["number"],
        badge=SOURCE_BADGES.get(order["source"], ""),
        lines=lines,
        note=_customer_note(order["note"]) if order.get("note") else "",
        age=_age_minutes(order["created_at"]),
    )
