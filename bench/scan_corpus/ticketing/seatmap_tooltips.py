"""Jinja filters for the seat map tooltips on the storefront.

Section names and notes are promoter-entered text; the filters wrap them
in the small bits of markup the seat map JavaScript expects.
"""
from flask import Flask
from markupsafe import Markup, escape

_AVAILABILITY_CLASSES = {"free": "seat--free", "held": "seat--held", "sold": "seat--sold"}


def section_label(section) -> Markup:
    return Markup('<span class="sec-label" data-section="{}">{}</span>').format(
        section.code, section.display_name
    )


def seat_tooltip(seat, section) -> Markup:
    css = _AVAILABILITY_CLASSES.get(seat.status, "seat--unknown")
    parts = [
        Markup('<div class="seat-tip {}">').format(css),
        section_label(section),
        Markup("<strong>Row {} &middot; Seat {}</strong>").format(seat.row_label, seat.number),
    ]
    if section.note:
        parts.append(Markup("<p class='seat-note'>{}</p>").format(section.note))
    parts.append(Markup("</div>"))
    return Markup("").join(parts)


def plain_note(text: str | None) -> Markup:
    """Render a multi-line promoter note with line breaks preserved."""
    if not text:
        return Markup("")
    return Markup("<br>").join(escape(line) for line in text.splitlines())


def register(app: Flask) -> None:
    app.add_template_filter(section_label, "section_label")
    app.add_template_filter(plain_note, "plain_note")
    app.add_template_global(seat_tooltip, "seat_tooltip")
