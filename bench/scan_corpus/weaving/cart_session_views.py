"""Shopping cart views; the cart is tied to the browser by a signed cookie id."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SHOP_SECRET_KEY"]

CART_COOKIE = "ww_cart"
CART_TTL = timedelta(days=14)
CARTS: dict[str, dict[str, int]] = {}
CATALOGUE = {"linen-kit": 38, "wool-warp": 95, "shuttle-boat": 42, "reed-12dent": 65}


def _cart_id() -> str | None:
    cid = request.cookies.get(CART_COOKIE)
    return cid if cid in CARTS else None


def _with_cart_cookie(resp, cart_id: str):
    resp.set_cookie(
        CART_COOKIE,
        cart_id,
        max_age=int(CART_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


@app.post("/cart/items")
def add_item():
    body = request.get_json(silent=True) or {}
    sku = str(body.get("sku", ""))
    qty = int(body.get("qty", 1))
    if sku not in CATALOGUE or not 1 <= qty <= 20:
        return jsonify(error="invalid item"), 400
    cart_id = _cart_id() or secrets.token_urlsafe(24)
    cart = CARTS.setdefault(cart_id, {})
    cart[sku] = min(cart.get(sku, 0) + qty, 20)
    return _with_cart_cookie(make_response(jsonify(cart=cart)), cart_id)


@app.get("/cart")
def view_cart():
    cart_id = _cart_id()
    cart = CARTS.get(cart_id, {}) if cart_id else {}
    total = sum(CATALOGUE[s] * q for s, q in cart.items())
    return jsonify(cart=cart, total=total)


@app.delete("/cart")
def clear_cart():
    cart_id = _cart_id()
    if cart_id:
        CARTS.pop(cart_id, None)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(CART_COOKIE)
    return resp
