"""Renders customer reviews on equipment product pages of the public site.

Reviews are plain text; line breaks typed by the customer are kept.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List

from flask import Blueprint, abort, render_template
from markupsafe import Markup, escape

bp = Blueprint("reviews", __name__)


@dataclass
class Review:
    author: str
    rating: int
    body: str
    posted: date
    verified_hire: bool


def paragraphs(text: str) -> Markup:
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    rendered = [
        Markup("<p>{}</p>").format(Markup("<br>").join(escape(line) for line in block.split("\n")))
        for block in blocks
    ]
    return Markup("").join(rendered)


def stars(rating: int) -> Markup:
    rating = max(0, min(5, int(rating)))
    return Markup('<span class="stars" aria-label="{} out of 5">{}</span>').format(
        rating, "\u2605" * rating + "\u2606" * (5 - rating)
    )


@bp.app_template_filter("review_body")
def review_body_filter(text: str) -> Markup:
    return paragraphs(text)


@bp.route("/equipment/<slug>/reviews")
def product_reviews(slug: str):
    from toolhire.catalogue import find_product, reviews_for

    product = find_product(slug)
    if product is None:
        abort(404)
    reviews: List[Review] = reviews_for(product.id, published_only=True)
    return render_template(
        "equipment/reviews.html",
        product=product,
        reviews=reviews,
        stars=stars,
    )
