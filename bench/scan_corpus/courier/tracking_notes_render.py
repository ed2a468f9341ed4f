"""Rendering helpers for notes shown on the public tracking page.

Recipients can leave free-text notes for the driver ("leave with no. 12",
"gate code is on the intercom"). They are shown back to the recipient and
to anyone with a share link, keeping the recipient's line breaks.
"""
from __future__ import annotations

from flask import Flask
from markupsafe import Markup, escape

MAX_NOTE_LINES = 6


def note_html(text: str | None) -> Markup:
    if not text:
        return Markup("")
    lines = [escape(line) for line in text.strip().splitlines()[:MAX_NOTE_LINES]]
    return Markup("<br>\n").join(lines)


def driver_note_block(text: str | None, author: str) -> Markup:
    body = note_html(text)
    if not body:
        return Markup("")
    return Markup('<blockquote class="driver-note">{}<footer>{}</footer></blockquote>').format(
        body, author
    )


def register(app: Flask) -> None:
    app.add_template_filter(note_html, "note_html")
    app.add_template_global(driver_note_block, "driver_note_block")
