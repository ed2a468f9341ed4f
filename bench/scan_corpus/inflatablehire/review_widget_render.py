"""Renders the embeddable "What our customers say" reviews widget for partner venue sites."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, Response
from jinja2 import Environment, DictLoader
from sqlalchemy import create_engine, text

bp = Blueprint("review_widget", __name__)

WIDGET_TEMPLATE = """
<div class="bh-reviews">
  {% for r in reviews %}
  <blockquote class="bh-review" data-stars="{{ r.stars }}">
    <p class="bh-title">{{ r.title }}</p>
    <p class="bh-body">{{ r.body }}</p>
    <footer>{{ r.author }} &middot; {{ r.created.strftime('%d %b %Y') }}</footer>
  </blockquote>
  {% endfor %}
</div>
"""


@dataclass
class PublishedReview:
    stars: int
    title: str
    body: str
    author: str
    created: datetime


def build_environment() -> Environment:
    return Environment(
        loader=DictLoader({"widget.html": WIDGET_TEMPLATE}),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


_env = build_environment()
_engine = None


def engine():
    global _engine
    if _engine is None:
        _engine = create_engine(os.environ["DATABASE_URL"])
    return _engine


def latest_reviews(limit: int = 6) -> list[PublishedReview]:
    with engine().connect() as conn:
        rows = conn.execute(
            text(
                "SELECT stars, title, body, author, created_at FROM reviews "
                "WHERE published AND stars >= 4 ORDER BY created_at DESC LIMIT :n"
            ),
            {"n": limit},
        ).all()
    return [PublishedReview(*row) for row in rows]


@bp.get("/widget/reviews.html")
def reviews_widget() -> Response:
    html = _env.get_template("widget.html").render(reviews=latest_reviews())
    resp = Response(html, mimetype="text/html")
    resp.headers["Cache-Control"] = "public, max-age=600"
    return resp
