"""Render product descriptions for the online shop.

Descriptions are written by staff in a small markup (blank line = new
paragraph, *word* = emphasis) and customers' own engraving text is shown
in the preview panel.
"""
import re
from typing import List

from markupsafe import Markup, escape

EMPHASIS = re.compile(r"\*([^*\n]+)\*")


def _paragraphs(text: str) -> List[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _emphasise(escaped: str) -> str:
    return EMPHASIS.sub(r"<em>\1</em>", escaped)


def render_description(text: str) -> Markup:
    """Turn staff-written description text into HTML paragraphs."""
    parts = []
    for para in _paragraphs(text):
        body = _emphasise(str(escape(para)))
        parts.append(Markup("<p>{}</p>").format(Markup(body)))
    return Markup("\n").join(parts)


def engraving_preview(customer_text: str, font: str = "serif") -> Markup:
    """Preview of the text a customer wants engraved on a brass lamp base."""
    font_class = {"serif": "engrave-serif", "script": "engrave-script"}.get(font, "engrave-serif")
    return Markup('<span class="engraving {}">{}</span>').format(font_class, customer_text)


def product_card(name: str, price_pence: int, description: str) -> Markup:
    return Markup(
        '<div class="product-card"><h2>{}</h2><p class="price">&pound;{:.2f}</p>{}</div>'
    ).format(name, price_pence / 100, render_description(description))
