"""Jinja helpers for showing customer reviews on salon and stylist pages."""
from __future__ import annotations

from datetime import datetime

from flask import Flask
from markupsafe import Markup as _M
from markupsafe import escape

STAR_FULL = "\u2605"
STAR_EMPTY = "\u2606"


def stars(rating: int) -> str:
    rating = max(0, min(5, int(rating)))
    return STAR_FULL * rating + STAR_EMPTY * (5 - rating)


def _reviewer_label(review) -> str:
    first = review.customer.first_name or "A customer"
    initial = (review.customer.last_name or " ")[0]
    return f"{first} {initial}.".strip()


def _posted(review) -> str:
    return datetime.strftime(review.created_at, "%d %b %Y")


def render_review(review):
    label = escape(_reviewer_label(review))
    return _M(
        f'<blockquote class="review" data-rating="{review.rating}">'
        f'<p class="stars" aria-label="{review.rating} out of 5">{stars(review.rating)}</p>'
        f"<p>{review.body}</p>"
        f"<footer>{label}, {_posted(review)}</footer>"
        "</blockquote>"
    )


def register(app: Flask) -> None:
    app.jinja_env.filters["stars"] = stars
    app.add_template_global(render_review, "render_review")
