"""Public tour page with rider reviews."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, current_app, render_template, request
from flask_login import current_user, login_required
from markupsafe import Markup

bp = Blueprint("tour_pages", __name__)

MAX_REVIEW_CHARS = 4000


@dataclass
class ReviewView:
    author: str
    rode_on: date
    stars: int
    body: Markup


def _paragraphs(text: str) -> Markup:
    """Keeps the rider's line breaks when showing the review."""
    return Markup("<p>" + text.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")


def _review_views(tour_code: str) -> list[ReviewView]:
    reviews = current_app.extensions["review_store"].published_for(tour_code)
    return [
        ReviewView(
            author=r.author_first_name,
            rode_on=r.departure_date,
            stars=r.stars,
            body=_paragraphs(r.text),
        )
        for r in reviews
    ]


@bp.get("/tours/<tour_code>")
def tour_page(tour_code: str):
    tour = current_app.extensions["catalogue"].get(tour_code)
    if tour is None:
        abort(404)
    reviews = _review_views(tour_code)
    average = round(sum(r.stars for r in reviews) / len(reviews), 1) if reviews else None
    return render_template("tour.html", tour=tour, reviews=reviews, average=average)


@bp.post("/tours/<tour_code>/reviews")
@login_required
def submit_review(tour_code: str):
    text = request.form.get("text", "").strip()
    stars = request.form.get("stars", type=int)
    if not text or len(text) > MAX_REVIEW_CHARS or stars not in range(1, 6):
        abort(422)
    bookings = current_app.extensions["booking_store"]
    departure = bookings.completed_departure(current_user.id, tour_code)
    if departure is None:
        abort(403)
    current_app.extensions["review_store"].submit(
        tour_code=tour_code, rider_id=current_user.id, departure=departure, stars=stars, text=text
    )
    return render_template("review_thanks.html", tour_code=tour_code), 201
