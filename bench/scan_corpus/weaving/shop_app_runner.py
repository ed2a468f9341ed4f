"""Entry point for the workshop's online shop (yarn, kits, finished pieces)."""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, render_template


class ShopConfig:
    SECRET_KEY = os.environ.get("SHOP_SECRET_KEY")
    DATABASE_URL = os.environ.get("SHOP_DATABASE_URL", "sqlite:///shop.db")
    DEBUG = True
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    ITEMS_PER_PAGE = 24


PRODUCTS = [
    {"slug": "linen-tea-towel-kit", "name": "Linen tea towel kit", "price": "38.00"},
    {"slug": "wool-blanket-warp", "name": "Pre-wound wool blanket warp", "price": "95.00"},
    {"slug": "handwoven-scarf-indigo", "name": "Handwoven scarf, indigo", "price": "120.00"},
]


def create_app(config: type = ShopConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("SHOP_SECRET_KEY must be set")

    @app.get("/")
    def index():
        return render_template("shop/index.html", products=PRODUCTS)

    @app.get("/products/<slug>")
    def product(slug: str):
        for item in PRODUCTS:
            if item["slug"] == slug:
                return render_template("shop/product.html", product=item)
        abort(404)

    @app.get("/api/products")
    def api_products():
        return jsonify(products=PRODUCTS[: app.config["ITEMS_PER_PAGE"]])

    return app


app = create_app()

if __name__ == "__main__":
    app.run(
        host=os.environ.get("SHOP_HOST", "127.0.0.1"),
        port=int(os.environ.get("SHOP_PORT", "8000")),
        debug=app.config["DEBUG"],
    )
