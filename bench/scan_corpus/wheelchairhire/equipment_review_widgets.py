"""Template helpers that render customer reviews on equipment product pages."""
from flask import Flask
from markupsafe import Markup, escape

from wheelchairhire.models import EquipmentReview

MAX_STARS = 5


def _stars(rating: int) -> str:
    rating = max(0, min(rating, MAX_STARS))
    return "\u2605" * rating + "\u2606" * (MAX_STARS - rating)


def review_card(review: EquipmentReview) -> Markup:
    author = escape(review.author_display_name)
    body = review.body.strip().replace("\n", "<br>")
    return Markup(
        f'<article class="review" data-rating="{int(review.rating)}">'
        f'<span class="stars">{_stars(review.rating)}</span>'
        f"<p>{body}</p><footer>{author}, {review.created_at:%B %Y}</footer></article>"
    )


def review_summary(reviews: list[EquipmentReview]) -> Markup:
    if not reviews:
        return Markup('<p class="reviews-empty">No reviews yet.</p>')
    average = sum(r.rating for r in reviews) / len(reviews)
    return Markup('<p class="reviews-summary">{} from {} reviews</p>').format(
        f"{average:.1f}", len(reviews)
    )


def register(app: Flask) -> None:
    app.add_template_filter(review_card, "review_card")
    app.add_template_global(review_summary, "review_summary")
