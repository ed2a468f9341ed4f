"""Jinja filters used by the product review templates."""
import re
from datetime import datetime

from flask import Flask
from markupsafe import Markup, escape

_STAR_FULL = "\u2605"
_STAR_EMPTY = "\u2606"
_URL_RE = re.compile(r"https?://\S+")


def stars(rating: int) -> str:
    rating = max(0, min(5, int(rating)))
    return _STAR_FULL * rating + _STAR_EMPTY * (5 - rating)


def review_date(value: datetime) -> str:
    return value.strftime("%d %b %Y")


def review_body(text: str) -> Markup:
    """Keep the customer's paragraph breaks and drop pasted links."""
    text = _URL_RE.sub("", text or "").strip()
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    html = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return Markup(html)


def fit_badge(fit: str) -> Markup:
    labels = {"small": "Runs small", "true": "True to size", "large": "Runs large"}
    label = labels.get(fit)
    if label is None:
        return Markup("")
    return Markup('<span class="fit-badge fit-badge--{}">{}</span>').format(fit, label)


def reviewer_name(name: str) -> str:
    first, _, last = (name or "Anonymous").partition(" ")
    return escape(f"{first} {last[:1]}." if last else first)


def register(app: Flask) -> None:
    app.add_template_filter(stars)
    app.add_template_filter(review_date)
    app.add_template_filter(review_body)
    app.add_template_filter(fit_badge)
    app.add_template_filter(reviewer_name)
