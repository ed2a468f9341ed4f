"""Signed cookie storage for guest carts.

The cart is serialised to JSON and signed, so the browser can hold it between
visits without the server trusting anything it did not write itself.
"""
import os
from decimal import Decimal

from flask import Response, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

CART_COOKIE = "guest_cart"
CART_MAX_AGE = 60 * 60 * 24 * 30

_serializer = URLSafeTimedSerializer(os.environ["CART_COOKIE_SIGNING_KEY"], salt="guest-cart-v2")


def _to_primitive(cart: dict) -> dict:
    return {
        "lines": [
            {"sku": line["sku"], "qty": int(line["qty"]), "price": str(line["price"])}
            for line in cart.get("lines", [])
        ],
        "coupon": cart.get("coupon"),
    }


def load_guest_cart() -> dict:
    raw = request.cookies.get(CART_COOKIE)
    if not raw:
        return {"lines": [], "coupon": None}
    try:
        data = _serializer.loads(raw, max_age=CART_MAX_AGE)
    except BadSignature:
        return {"lines": [], "coupon": None}
    for line in data.get("lines", []):
        line["price"] = Decimal(line["price"])
    return data


def save_guest_cart(response: Response, cart: dict) -> Response:
    response.set_cookie(
        CART_COOKIE,
        _serializer.dumps(_to_primitive(cart)),
        max_age=CART_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response
