"""Rendering helpers for student reviews on public course pages.

Students who finished a course can leave a short review. The course page
template calls these helpers to render the review cards.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from markupsafe import Markup, escape

STAR_FULL = "\u2605"
STAR_EMPTY = "\u2606"


@dataclass
class CourseReview:
    author_first_name: str
    course_title: str
    rating: int
    body: str
    posted_on: date


def _stars(rating: int) -> str:
    rating = max(0, min(rating, 5))
    return STAR_FULL * rating + STAR_EMPTY * (5 - rating)


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    return "".join(f"<p>{block}</p>" for block in blocks)


def render_review(review: CourseReview) -> Markup:
    header = (
        f'<header><span class="stars">{_stars(review.rating)}</span> '
        f"<strong>{escape(review.author_first_name)}</strong> "
        f"<time>{review.posted_on:%d %b %Y}</time></header>"
    )
    return Markup(f'<article class="review">{header}{_paragraphs(review.body)}</article>')


def render_review_list(reviews: Iterable[CourseReview], limit: int = 10) -> Markup:
    cards = [render_review(r) for r in list(reviews)[:limit]]
    if not cards:
        return Markup('<p class="empty">No reviews yet.</p>')
    return Markup('<section class="reviews">') + Markup("").join(cards) + Markup("</section>")


def register(app) -> None:
    app.jinja_env.globals["render_review_list"] = render_review_list
