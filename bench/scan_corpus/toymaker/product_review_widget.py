"""Renders the customer review block shown under each toy on the product page."""

from dataclasses import dataclass
from datetime import date

from flask import Blueprint, render_template
from markupsafe import Markup, escape

from workshop.catalogue.models import Product, Review

bp = Blueprint("reviews", __name__)

STARS = {1: "&#9733;", 0: "&#9734;"}


@dataclass
class ReviewView:
    author: str
    rating: int
    posted: date
    body_html: Markup


def _stars(rating: int) -> str:
    return "".join(STARS[1] if i < rating else STARS[0] for i in range(5))


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    return "".join(f"<p>{block}</p>" for block in blocks)


def to_view(review: Review) -> ReviewView:
    body = _paragraphs(review.body)
    return ReviewView(
        author=str(escape(review.display_name)),
        rating=review.rating,
        posted=review.created_at.date(),
        body_html=Markup(f'<span class="stars">{_stars(review.rating)}</span>{body}'),
    )


@bp.get("/toys/<sku>/reviews")
def reviews_fragment(sku: str):
    product = Product.query.filter_by(sku=sku).first_or_404()
    reviews = (
        Review.query.filter_by(product_id=product.id, approved=True)
        .order_by(Review.created_at.desc())
        .limit(20)
    )
    return render_template("catalogue/_reviews.html", product=product, reviews=[to_view(r) for r in reviews])
