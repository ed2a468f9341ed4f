"""Guest review widget shown on each resort's booking page."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, render_template, request
from markupsafe import Markup
from sqlalchemy import create_engine, text

reviews = Blueprint("reviews", __name__, template_folder="templates")
engine = create_engine(os.environ["BOOKING_DATABASE_URL"])

PAGE_SIZE = 10


@dataclass
class Review:
    author: str
    stars: int
    stayed: datetime
    body: Markup


def _render_body(text_value: str) -> Markup:
    paragraphs = [p.strip() for p in text_value.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def _load_reviews(resort_code: str, page: int) -> list[Review]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT author_display, stars, stayed_on, body FROM resort_reviews "
                "WHERE resort_code = :resort AND published "
                "ORDER BY stayed_on DESC LIMIT :limit OFFSET :offset"
            ),
            {"resort": resort_code, "limit": PAGE_SIZE, "offset": page * PAGE_SIZE},
        ).all()
    return [Review(r.author_display, r.stars, r.stayed_on, _render_body(r.body)) for r in rows]


@reviews.get("/resorts/<resort_code>/reviews")
def review_widget(resort_code: str):
    page = request.args.get("page", default=0, type=int)
    if page < 0:
        abort(400)
    items = _load_reviews(resort_code.upper(), page)
    average = round(sum(r.stars for r in items) / len(items), 1) if items else None
    return render_template(
        "reviews/widget.html",
        resort_code=resort_code.upper(),
        reviews=items,
        average=average,
        page=page,
    )
