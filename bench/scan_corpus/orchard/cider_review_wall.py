"""Customer review wall on the cider shop website.

Visitors leave short reviews of each cider; reviews are shown on the
product page with line breaks preserved until staff hide them.
"""
from dataclasses import dataclass
from datetime import datetime
from typing import List

from flask import Flask, abort, redirect, render_template, request, url_for
from markupsafe import Markup as _M
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config.from_prefixed_env("CIDERSHOP")
engine = create_engine(app.config.get("DATABASE_URL", "sqlite:///cidershop.db"))

MAX_REVIEW_CHARS = 1200


@dataclass
class Review:
    author: str
    rating: int
    body: str
    created_at: datetime


def _with_breaks(text_value: str):
    return _M(text_value.strip().replace("\r\n", "\n").replace("\n", "<br>\n"))


@app.template_filter("review_body")
def review_body_filter(value: str):
    return _with_breaks(value)


def approved_reviews(product_slug: str) -> List[Review]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT author, rating, body, created_at FROM cider_reviews "
                "WHERE product_slug = :slug AND approved ORDER BY created_at DESC LIMIT 50"
            ),
            {"slug": product_slug},
        ).all()
    return [Review(*row) for row in rows]


@app.get("/ciders/<slug>")
def product_page(slug: str):
    with engine.connect() as conn:
        product = conn.execute(
            text("SELECT slug, name, style, abv, description FROM ciders WHERE slug = :slug"),
            {"slug": slug},
        ).first()
    if product is None:
        abort(404)
    return render_template("cider.html", product=product, reviews=approved_reviews(slug))


@app.post("/ciders/<slug>/reviews")
def submit_review(slug: str):
    author = request.form.get("author", "").strip()[:60]
    body = request.form.get("body", "").strip()
    try:
        rating = int(request.form.get("rating", "0"))
    except ValueError:
        abort(400)
    if not author or not body or len(body) > MAX_REVIEW_CHARS or not 1 <= rating <= 5:
        abort(400)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cider_reviews (product_slug, author, rating, body, approved, created_at) "
                "VALUES (:slug, :author, :rating, :body, true, now())"
            ),
            {"slug": slug, "author": author, "rating": rating, "body": body},
        )
    return redirect(url_for("product_page", slug=slug))
