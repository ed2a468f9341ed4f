"""Renders retail shop product pages (shoes, chalk, harnesses) with customer reviews."""
from __future__ import annotations

from flask import Blueprint, abort, render_template_string
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from climbing.shop.models import Product, Review

bp = Blueprint("shop_products", __name__, url_prefix="/shop")

jinja_env = Environment(
    loader=PackageLoader("climbing.shop", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

STAR_FULL = "\u2605"
STAR_EMPTY = "\u2606"


def stars(rating: int) -> Markup:
    rating = max(0, min(5, int(rating)))
    return Markup('<span class="stars" aria-label="{} of 5">{}</span>').format(
        rating, STAR_FULL * rating + STAR_EMPTY * (5 - rating)
    )


def review_html(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("").join(Markup("<p>{}</p>").format(escape(p)) for p in paragraphs)


jinja_env.filters["stars"] = stars
jinja_env.filters["review_html"] = review_html


@bp.get("/product/<slug>")
def product_page(slug: str):
    product = Product.query.filter_by(slug=slug, published=True).first()
    if product is None:
        abort(404)
    reviews = (
        Review.query.filter_by(product_id=product.id, approved=True)
        .order_by(Review.created_at.desc())
        .limit(20)
        .all()
    )
    template = jinja_env.get_template("product.html")
    return template.render(product=product, reviews=reviews)


@bp.get("/product/<slug>/size-guide")
def size_guide(slug: str):
    product = Product.query.filter_by(slug=slug, published=True).first()
    if product is None or not product.size_chart:
        abort(404)
    return render_template_string(
        "<h2>{{ name }} sizing</h2><table>{% for row in chart %}<tr><td>{{ row.eu }}</td>"
        "<td>{{ row.uk }}</td><td>{{ row.cm }} cm</td></tr>{% endfor %}</table>",
        name=product.name,
        chart=product.size_chart,
    )


@bp.get("/reviews/latest")
def latest_reviews():
    reviews = Review.query.filter_by(approved=True).order_by(Review.created_at.desc()).limit(10).all()
    rows = [
        {"product": r.product.name, "stars": stars(r.rating), "body": review_html(r.body)}
        for r in reviews
    ]
    return jinja_env.get_template("latest_reviews.html").render(rows=rows)
