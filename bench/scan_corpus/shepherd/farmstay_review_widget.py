"""Renders guest reviews on the cottage pages of the farm-stay site.

Reviews are written by guests after checkout and shown on the public
listing, newest first, with line breaks kept as they typed them.
"""
from markupsafe import Markup, escape
from flask import Blueprint, render_template

from shepherd.farmstay.models import Cottage, Review

bp = Blueprint("reviews", __name__)

MAX_REVIEWS = 20


def _stars(rating: int) -> str:
    rating = max(0, min(5, int(rating)))
    return "\u2605" * rating + "\u2606" * (5 - rating)


def format_review(review: Review) -> dict:
    body = Markup(review.body.replace("\n", "<br>"))
    return {
        "author": escape(review.guest_first_name),
        "stars": _stars(review.rating),
        "stayed": review.stayed_on.strftime("%B %Y"),
        "body": body,
    }


def average_rating(reviews: list[Review]) -> float:
    if not reviews:
        return 0.0
    return round(sum(r.rating for r in reviews) / len(reviews), 1)


@bp.get("/cottages/<slug>/reviews")
def cottage_reviews(slug: str):
    cottage = Cottage.query.filter_by(slug=slug, listed=True).first_or_404()
    reviews = (
        Review.query.filter_by(cottage_id=cottage.id, approved=True)
        .order_by(Review.created_at.desc())
        .limit(MAX_REVIEWS)
        .all()
    )
    return render_template(
        "farmstay/reviews.html",
        cottage=cottage,
        average=average_rating(reviews),
        reviews=[format_review(r) for r in reviews],
    )
