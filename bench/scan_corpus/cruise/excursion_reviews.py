"""Renders guest reviews of shore excursions on the excursion detail page."""

from flask import Blueprint, abort, render_template
from markupsafe import Markup as _Html

from .models import Excursion, Review

bp = Blueprint("excursion_reviews", __name__)

STARS = "\u2605"


def _review_html(review: Review):
    stars = STARS * review.rating
    return _Html(
        f'<blockquote class="review"><span class="stars">{stars}</span>'
        f"<p>{review.body}</p><cite>{review.display_name}</cite></blockquote>"
    )


@bp.get("/excursions/<int:excursion_id>/reviews")
def excursion_reviews(excursion_id: int):
    excursion = Excursion.query.get(excursion_id)
    if excursion is None:
        abort(404)
    reviews = (
        Review.query.filter_by(excursion_id=excursion_id, published=True)
        .order_by(Review.created_at.desc())
        .limit(50)
        .all()
    )
    return render_template(
        "excursions/reviews.html",
        excursion=excursion,
        review_blocks=[_review_html(r) for r in reviews],
    )
