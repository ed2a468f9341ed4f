"""Jinja filters for rendering landlord-entered listing text on public listing pages."""
import re

from flask import Flask
from markupsafe import Markup, escape

_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n")


def paragraphs(text: str | None) -> Markup:
    """Turn plain text with blank-line paragraphs into <p> blocks, escaping the content."""
    if not text:
        return Markup("")
    blocks = [b.strip() for b in _PARAGRAPH_SPLIT.split(text) if b.strip()]
    rendered = (
        Markup("<p>{}</p>").format(Markup("<br>").join(escape(line) for line in block.splitlines()))
        for block in blocks
    )
    return Markup("\n").join(rendered)


def amenity_badges(amenities: list[str]) -> Markup:
    return Markup("").join(
        Markup('<span class="badge">{}</span>').format(name) for name in amenities
    )


def register_filters(app: Flask) -> None:
    app.jinja_env.filters["paragraphs"] = paragraphs
    app.jinja_env.filters["amenity_badges"] = amenity_badges
