"""Jinja filters used by the public obituary templates.

Obituary bodies and guestbook messages are plain text typed by staff or
visitors; these filters turn blank lines into paragraphs for display.
"""
import re

from flask import Flask
from markupsafe import Markup, escape

_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n")


def paragraphs(text: str | None) -> Markup:
    if not text:
        return Markup("")
    blocks = [b.strip() for b in _PARAGRAPH_SPLIT.split(text.replace("\r\n", "\n")) if b.strip()]
    rendered = []
    for block in blocks:
        lines = Markup("<br>\n").join(escape(line) for line in block.split("\n"))
        rendered.append(Markup("<p>{}</p>").format(lines))
    return Markup("\n").join(rendered)


def initials(name: str | None) -> str:
    return "".join(part[0].upper() for part in (name or "").split() if part)


def register_filters(app: Flask) -> None:
    app.jinja_env.filters["paragraphs"] = paragraphs
    app.jinja_env.filters["initials"] = initials
