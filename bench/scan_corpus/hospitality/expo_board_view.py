"""Expo pass screen: shows every ticket waiting to go out, with allergy notes."""
from __future__ import annotations

from flask import Blueprint, render_template
from markupsafe import Markup, escape

from .tickets import tickets_at_pass

bp = Blueprint("expo", __name__, url_prefix="/expo")

NOTE_TEMPLATE = Markup('<div class="ticket-note">&#9888; {}</div>')


def format_note(note: str) -> Markup:
    return NOTE_TEMPLATE.format(note)


def format_modifiers(mods: list[str]) -> Markup:
    return Markup("<br>").join(escape(m) for m in mods)


@bp.get("/")
def pass_board():
    cards = []
    for ticket in tickets_at_pass():
        cards.append(
            {
                "number": ticket.number,
                "table": ticket.table_label,
                "items": [(i.qty, i.name, format_modifiers(i.modifiers)) for i in ticket.items],
                "note": format_note(ticket.note) if ticket.note else "",
            }
        )
    return render_template("expo/board.html", cards=cards)
