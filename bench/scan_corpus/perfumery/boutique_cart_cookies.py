"""Cart and consultation cookies for the boutique e-commerce front (Flask)."""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, Response, jsonify, request, session
from itsdangerous import BadSignature, URLSafeTimedSerializer

CART_COOKIE = "maison_cart"
CART_MAX_AGE = timedelta(days=14)

COOKIE_FLAGS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
    )
    return app


app = create_app()
_cart_signer = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="cart")


def _read_cart() -> dict[str, int]:
    raw = request.cookies.get(CART_COOKIE)
    if not raw:
        return {}
    try:
        return _cart_signer.loads(raw, max_age=int(CART_MAX_AGE.total_seconds()))
    except BadSignature:
        return {}


def _write_cart(resp: Response, cart: dict[str, int]) -> Response:
    resp.set_cookie(
        CART_COOKIE,
        _cart_signer.dumps(cart),
        max_age=int(CART_MAX_AGE.total_seconds()),
        **COOKIE_FLAGS,
    )
    return resp


@app.post("/cart/items")
def add_item():
    payload = request.get_json(force=True)
    cart = _read_cart()
    sku = str(payload["sku"])
    cart[sku] = cart.get(sku, 0) + max(1, int(payload.get("quantity", 1)))
    session["last_sku"] = sku
    return _write_cart(jsonify(items=cart), cart)


@app.get("/cart")
def view_cart():
    return jsonify(items=_read_cart())
