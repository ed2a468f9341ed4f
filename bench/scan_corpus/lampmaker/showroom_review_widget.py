"""Customer reviews shown on product pages and on the showroom screen."""
from dataclasses import dataclass
from datetime import date
from typing import List

from flask import Blueprint, render_template_string, request, redirect, url_for
from markupsafe import Markup, escape

from lampshop.db import fetch_reviews, save_review

bp = Blueprint("reviews", __name__)

REVIEW_BLOCK = """
<section class="reviews">
  <h3>What customers say about {{ product }}</h3>
  {% for r in reviews %}
    <article class="review">
      <header>{{ r.author }} &middot; {{ r.stars }} / 5 &middot; {{ r.posted }}</header>
      <div class="review-body">{{ r.body_html }}</div>
    </article>
  {% endfor %}
</section>
"""


@dataclass
class ReviewView:
    author: str
    stars: int
    posted: date
    body_html: Markup


def _format_body(text: str) -> Markup:
    # keep the customer's line breaks and simple emphasis
    return Markup(text.replace("\n", "<br>"))


def to_views(rows: List[dict]) -> List[ReviewView]:
    return [
        ReviewView(
            author=escape(row["author"]),
            stars=int(row["stars"]),
            posted=row["posted"],
            body_html=_format_body(row["body"]),
        )
        for row in rows
    ]


@bp.get("/products/<sku>/reviews")
def product_reviews(sku: str):
    rows = fetch_reviews(sku, approved_only=True)
    return render_template_string(REVIEW_BLOCK, product=sku, reviews=to_views(rows))


@bp.post("/products/<sku>/reviews")
def add_review(sku: str):
    stars = min(max(request.form.get("stars", 5, type=int), 1), 5)
    save_review(sku, request.form["author"], stars, request.form["body"])
    return redirect(url_for("reviews.product_reviews", sku=sku))
