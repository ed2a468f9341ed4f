"""Jinja filters for product tiles: promo badges, colour swatches, Q&A answers."""
from flask import Flask
from markupsafe import Markup, escape

BADGE_CLASSES = {
    "new": "badge--new",
    "sale": "badge--sale",
    "low_stock": "badge--warning",
    "sustainable": "badge--eco",
}


def promo_badge(kind: str, text: str) -> Markup:
    """``text`` comes from the merchandiser's campaign form."""
    css = BADGE_CLASSES.get(kind, "badge--default")
    return Markup('<span class="badge {}">{}</span>').format(css, text)


def colour_swatch(name: str, hex_code: str) -> Markup:
    hex_code = hex_code.lstrip("#")
    if len(hex_code) != 6 or any(c not in "0123456789abcdefABCDEF" for c in hex_code):
        hex_code = "cccccc"
    return Markup(
        '<span class="swatch" style="background:#{}" title="{}"></span>'
    ).format(hex_code, name)


def answer_text(text: str) -> Markup:
    """Customer Q&A answers: escape first, then turn newlines into breaks."""
    escaped = escape(text or "")
    return Markup("<br>").join(escaped.split("\n"))


def register(app: Flask) -> None:
    app.add_template_filter(promo_badge)
    app.add_template_filter(colour_swatch)
    app.add_template_filter(answer_text)
