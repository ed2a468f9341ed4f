"""Remembers which toys a visitor looked at so the shop can show a 'recently viewed' strip."""

import json

from flask import Blueprint, make_response, render_template, request

from workshop.catalogue.models import Product

bp = Blueprint("recently_viewed", __name__)

COOKIE_NAME = "recently_viewed"
MAX_ITEMS = 12
MAX_AGE = 60 * 60 * 24 * 30


def _read_skus() -> list[str]:
    raw = request.cookies.get(COOKIE_NAME, "[]")
    try:
        skus = json.loads(raw)
    except ValueError:
        return []
    return [s for s in skus if isinstance(s, str)][:MAX_ITEMS]


def _remember(skus: list[str], sku: str) -> list[str]:
    updated = [sku] + [s for s in skus if s != sku]
    return updated[:MAX_ITEMS]


@bp.get("/toys/<sku>")
def product_page(sku: str):
    product = Product.query.filter_by(sku=sku, is_published=True).first_or_404()
    skus = _remember(_read_skus(), product.sku)
    response = make_response(render_template("catalogue/product.html", product=product))
    response.set_cookie(
        COOKIE_NAME,
        json.dumps(skus),
        max_age=MAX_AGE,
        secure=True,
        httponly=False,
        samesite="Lax",
    )
    return response
